// Writes a generated corpus to a folder as files: news items as .txt with a header and as .html pages with
// furniture, on several sites, with syndicated near-copies (the same story on a second site, slightly edited).
// Usage: node bench/generate-files.mjs DIR COUNT [SEED]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpusGenerator, FILLER, prng } from "./generate-corpus.mjs";

const SITES = [
  { host: "news.hit.edu.cn", name: "HIT News", lang: "en" },
  { host: "english.spbu.ru", name: "SPbU News", lang: "en" },
  { host: "www.chinadaily.com.cn", name: "China Daily", lang: "en" },
  { host: "tass.com", name: "TASS", lang: "en" },
  { host: "ria.ru", name: "РИА Новости", lang: "ru" },
  { host: "www.xinhuanet.com", name: "新华网", lang: "zh" },
  { host: "en.people.cn", name: "People's Daily Online", lang: "en" },
  { host: "www.universityworldnews.com", name: "University World News", lang: "en" },
];
const SYNDICATED_SHARE = 0.1;

// Different stories rarely share whole sentences; the templates' stock paragraphs are replaced by sentences
// built from slots every few words, so unrelated items overlap in few word 5-shingles, as real news does.
const EN = {
  who: [
    "The delegation",
    "Faculty members",
    "Students of both universities",
    "The visiting professors",
    "Representatives of the ministry",
    "The rector's office",
    "Young researchers",
    "Graduate students",
  ],
  did: ["toured", "visited", "presented", "discussed", "reviewed", "opened", "inspected", "praised"],
  what: [
    "the new laboratory of",
    "a joint course on",
    "the results of research in",
    "plans for a summer school on",
    "the library collection on",
    "a pilot programme in",
    "recent publications on",
    "the teaching centre for",
  ],
  when: [
    "on the second day",
    "during the morning session",
    "later that week",
    "before the closing ceremony",
    "in the afternoon",
    "after the plenary talk",
    "on Friday",
    "at the end of the visit",
  ],
  extra: [
    "with {n} participants",
    "in front of {n} guests",
    "for {n} students",
    "with a budget of {n} million yuan",
    "involving {n} laboratories",
    "for the {n}th time",
    "with {n} new courses",
    "across {n} departments",
  ],
};
const RU = {
  who: [
    "Делегация",
    "Преподаватели",
    "Студенты обоих вузов",
    "Гости",
    "Представители министерства",
    "Молодые учёные",
    "Аспиранты",
    "Руководство университета",
  ],
  did: ["посетили", "обсудили", "представили", "осмотрели", "открыли", "оценили", "изучили", "отметили"],
  what: [
    "новую лабораторию",
    "совместный курс",
    "итоги исследований",
    "планы летней школы",
    "фонды библиотеки",
    "пилотную программу",
    "последние публикации",
    "учебный центр",
  ],
  field: [
    "по химии",
    "по физике",
    "по экономике",
    "по лингвистике",
    "по робототехнике",
    "по материаловедению",
    "по биологии",
    "по энергетике",
  ],
  extra: [
    "с участием {n} человек",
    "для {n} студентов",
    "в {n} аудиториях",
    "на {n} факультетах",
    "в течение {n} дней",
    "при поддержке {n} партнёров",
  ],
};
const ZH = {
  who: ["代表团", "师生代表", "两校学生", "来访教授", "教育部代表", "青年学者", "研究生", "学校领导"],
  did: ["参观了", "讨论了", "介绍了", "考察了", "启动了", "交流了", "回顾了", "展示了"],
  what: ["新建实验室", "联合课程", "科研成果", "暑期学校计划", "图书馆馆藏", "试点项目", "最新论文", "教学中心"],
  field: ["化学", "物理", "经济学", "语言学", "机器人", "材料科学", "生物学", "能源"],
  extra: ["共有{n}人参加", "惠及{n}名学生", "涉及{n}个实验室", "历时{n}天", "新增{n}门课程", "覆盖{n}个院系"],
};
const FIELDS_EN = [
  "chemistry",
  "physics",
  "economics",
  "linguistics",
  "robotics",
  "materials science",
  "biology",
  "energy",
  "medicine",
  "mathematics",
  "geology",
  "Arctic studies",
];
const FILES_PER_FOLDER = 500;

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function asText(item, site, url) {
  return `title: ${item.title}\npublished: ${item.published}\nlanguage: ${item.language}\npublisher: ${site.name}\nurl: ${url}\n\n${item.text}\n`;
}

function asHtml(item, site, url) {
  const paras = item.text
    .split("\n\n")
    .map((p) => `      <p>${escapeHtml(p)}</p>`)
    .join("\n");
  return `<!doctype html>
<html lang="${item.language}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(item.title)} | ${escapeHtml(site.name)}</title>
  <link rel="canonical" href="${url}">
  <meta property="og:site_name" content="${escapeHtml(site.name)}">
  <meta property="article:published_time" content="${item.published}T09:00:00+08:00">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(item.title)}</h1>
      <p class="meta">${item.published} · ${escapeHtml(site.name)}</p>
${paras}
    </article>
  </main>
  <aside><h2>Related</h2><ul><li><a href="/news/1">Campus news</a></li><li><a href="/news/2">Admissions open</a></li></ul></aside>
  <footer><p>© ${escapeHtml(site.name)}. All rights reserved.</p></footer>
</body>
</html>
`;
}

// A syndicated copy: another site, another title, a changed opening word or two and a credit line.
function syndicate(item, rnd, from) {
  const credit =
    item.language === "ru"
      ? `Источник: ${from.name}.`
      : item.language === "zh"
        ? `来源：${from.name}`
        : `Source: ${from.name}.`;
  const paras = item.text.split("\n\n");
  if (item.language === "en" && paras.length > 2 && rnd() < 0.5) paras.splice(paras.length - 1, 1);
  return {
    ...item,
    title: `${item.title}${item.language === "en" ? " (update)" : ""}`,
    text: [...paras, credit].join("\n\n"),
  };
}

function varied(item, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const n = () => String(2 + Math.floor(rnd() * 300));
  const sentence = () => {
    if (item.language === "ru")
      return `${pick(RU.who)} ${pick(RU.did)} ${pick(RU.what)} ${pick(RU.field)} ${pick(RU.extra).replace("{n}", n())}.`;
    if (item.language === "zh")
      return `${pick(ZH.who)}${pick(ZH.did)}${pick(ZH.field)}${pick(ZH.what)}，${pick(ZH.extra).replace("{n}", n())}。`;
    return `${pick(EN.who)} ${pick(EN.did)} ${pick(EN.what)} ${pick(FIELDS_EN)} ${pick(EN.when)}, ${pick(EN.extra).replace("{n}", n())}.`;
  };
  const paragraph = () =>
    Array.from({ length: 2 + Math.floor(rnd() * 3) }, sentence).join(item.language === "zh" ? "" : " ");
  const paras = item.text.split("\n\n");
  // The leads name who did what and when; the rest, stock text in the templates, becomes varied.
  const keep =
    item.language === "en" ? paras.filter((p, i) => i < 2 || !FILLER.some((f) => p.startsWith(f))) : paras.slice(0, 2);
  const extra =
    item.language === "en" ? (keep.length < paras.length ? paras.length - keep.length : 1) : 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < extra; i++) keep.push(paragraph());
  return { ...item, text: keep.join("\n\n") };
}

/** Writes `count` documents under `dir`; returns how many files and bytes were written. */
export function writeCorpusFiles(dir, count, seed = 20240501) {
  const gen = corpusGenerator(seed);
  const rnd = prng(seed ^ 0x5bd1e995);
  const recent = [];
  const made = new Set();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let item;
    let site;
    const original = recent.length > 0 && rnd() < SYNDICATED_SHARE ? recent[Math.floor(rnd() * recent.length)] : null;
    if (original) {
      const others = SITES.filter((s) => s !== original.site && (s.lang === original.item.language || s.lang === "en"));
      site = others[Math.floor(rnd() * others.length)];
      item = syndicate(original.item, rnd, original.site);
    } else {
      item = varied(gen.next(), rnd);
      const fitting = SITES.filter((s) => s.lang === item.language || (s.lang === "en" && rnd() < 0.2));
      site = fitting[Math.floor(rnd() * fitting.length)] ?? SITES[0];
      recent.push({ item, site });
      if (recent.length > 200) recent.shift();
    }
    const ext = rnd() < 0.5 ? "html" : "txt";
    const folder = join(dir, site.host, String(Math.floor(i / FILES_PER_FOLDER)).padStart(4, "0"));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const name = `${item.published}-${String(i).padStart(6, "0")}.${ext}`;
    const url = `https://${site.host}/news/${item.published.replace(/-/g, "/")}/${i}.html`;
    const content = ext === "html" ? asHtml(item, site, url) : asText(item, site, url);
    writeFileSync(join(folder, name), content);
    bytes += Buffer.byteLength(content, "utf8");
  }
  return { files: count, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    process.stderr.write("usage: node bench/generate-files.mjs DIR COUNT [SEED]\n");
    process.exit(2);
  }
  const { files, bytes } = writeCorpusFiles(dir, Number(count), seed ? Number(seed) : undefined);
  process.stderr.write(`wrote ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, to ${dir}\n`);
}
