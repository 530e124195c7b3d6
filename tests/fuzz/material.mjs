// Synthetic news sentences about made-up and well-known universities, in English, Russian and Chinese.

const EN_ORGS = [
  "Harbin Institute of Technology",
  "Bauman Moscow State Technical University",
  "Tomsk Polytechnic University",
  "Tsinghua University",
  "Saint Petersburg State University",
  "Volga Polytechnic University",
  "Amur River University",
  "HIT",
  "BMSTU",
];
const RU_ORGS = ["Томский политехнический университет", "МГТУ им. Н. Э. Баумана", "Казанский федеральный университет"];
const ZH_ORGS = ["哈尔滨工业大学", "清华大学", "北京大学", "莫斯科国立大学"];
const EN_VERBS = ["signed an agreement with", "launched a joint programme with", "opened a joint laboratory with"];
const MONTHS = ["January", "March", "May", "September", "November"];

/** One sentence in `language` (en, ru or zh) built from `random`. */
export function sentence(random, language = random.pick(["en", "en", "en", "ru", "zh"])) {
  if (language === "ru")
    return `${random.pick(RU_ORGS)} и ${random.pick(RU_ORGS)} подписали соглашение о сотрудничестве ${random.int(1, 28)} марта ${random.int(2005, 2025)} года.`;
  if (language === "zh")
    return `${random.int(2005, 2025)}年${random.int(1, 12)}月${random.int(1, 28)}日，${random.pick(ZH_ORGS)}与${random.pick(ZH_ORGS)}签署合作协议。`;
  return `${random.pick(EN_ORGS)} ${random.pick(EN_VERBS)} ${random.pick(EN_ORGS)} on ${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(2005, 2025)}.`;
}

/** Paragraphs of a short article. */
export function paragraphs(random, count = random.int(1, 8), language) {
  return Array.from({ length: count }, () =>
    Array.from({ length: random.int(1, 4) }, () => sentence(random, language)).join(" "),
  );
}

/** A page with furniture around the article. */
export function htmlPage(random, { charset = "utf-8", body = paragraphs(random) } = {}) {
  const title = sentence(random, "en").slice(0, 60);
  return `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title>
<meta property="og:site_name" content="Example News"><meta name="pubdate" content="2021-05-0${random.int(1, 9)}"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>${title}</h1>
${body.map((p) => `<p>${p}</p>`).join("\n")}</article><footer>© Example News</footer></body></html>`;
}
