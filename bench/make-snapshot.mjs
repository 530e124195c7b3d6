// Builds a knowledge-base snapshot for the brief benchmark: generated press items about ~30 partnerships
// between 6 Chinese and 6 Russian universities in English, Chinese and Russian, read by accord's extractor.
import { emptyKnowledgeBase, FIELDS, KnowledgeBase, mergeKnowledgeBases } from "@accord/domain";
import { documentId, extractDocument, readGazetteer } from "@accord/ingest";
import { prng } from "./generate-corpus.mjs";

const CN = [
  "peking-university",
  "tsinghua-university",
  "harbin-institute-of-technology",
  "fudan-university",
  "zhejiang-university",
  "jilin-university",
];
const RU = [
  "lomonosov-moscow-state-university",
  "saint-petersburg-state-university",
  "bauman-moscow-state-technical-university",
  "tomsk-polytechnic-university",
  "novosibirsk-state-university",
  "kazan-federal-university",
];
const FIELDS_EN = [
  "materials science",
  "artificial intelligence",
  "Arctic research",
  "aerospace engineering",
  "mathematics",
  "biomedicine",
];
const PEOPLE = ["Wang Wei", "Li Jianguo", "Zhang Haiyan", "Alexei Volkov", "Irina Smirnova", "Sergei Orlov"];

function texts(a, b, year, month, rnd) {
  const field = FIELDS_EN[Math.floor(rnd() * FIELDS_EN.length)];
  const person = PEOPLE[Math.floor(rnd() * PEOPLE.length)];
  const m = String(month).padStart(2, "0");
  const items = [
    {
      language: "en",
      published: `${year}-${m}-15`,
      text: `${a.name} and ${b.name} signed a memorandum of understanding on cooperation in ${field} on ${month}/12/${year}. The two universities will launch a joint master's programme in ${field} in September ${year + 1}. Professor ${person} of ${a.name} attended the signing ceremony.\n\nA delegation of ${b.name} visited ${a.name} on ${month}/14/${year} to discuss student exchange.`,
    },
  ];
  if (a.zh?.[0] && b.zh?.[0] && rnd() < 0.6)
    items.push({
      language: "zh",
      published: `${year}-${m}-20`,
      text: `${year}年${month}月18日，${a.zh[0]}与${b.zh[0]}签署合作协议，双方将共建联合实验室并开展联合培养项目。`,
    });
  if (a.ru?.[0] && b.ru?.[0] && rnd() < 0.5)
    items.push({
      language: "ru",
      published: `${year}-${m}-21`,
      text: `${month < 10 ? "1" : "2"}${month % 9} ${["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"][month - 1]} ${year} года ${b.ru[0]} и ${a.ru[0]} подписали соглашение о сотрудничестве и открыли совместную лабораторию.`,
    });
  return items;
}

/** A snapshot with its counts, deterministic for a seed. */
export function makeSnapshot(seed = 42) {
  const rnd = prng(seed);
  const g = readGazetteer();
  const org = (id) => {
    const o = g.organizations.get(`org:${id}`);
    if (!o) throw new Error(`not in the gazetteer: ${id}`);
    return o.entry ?? o;
  };
  // Every university takes part: each Chinese one with two Russian ones.
  const chosen = CN.flatMap((c, i) => [
    [c, RU[i]],
    [c, RU[(i + 1) % RU.length]],
  ]);
  let kb = { ...emptyKnowledgeBase(), fields: FIELDS };
  let n = 0;
  for (const [c, r] of chosen) {
    const year = 2015 + Math.floor(rnd() * 10);
    const month = 1 + Math.floor(rnd() * 12);
    for (const t of texts(org(c), org(r), year, month, rnd)) {
      const document = {
        id: documentId(t.text),
        origin: `https://news.example.org/${n++}.html`,
        alsoAt: [],
        title: t.text.slice(0, 60),
        publisher: "news.example.org",
        published: { precision: "day", value: t.published },
        language: t.language,
        text: t.text,
        storyId: null,
      };
      const f = extractDocument(g, { document });
      kb = mergeKnowledgeBases(kb, {
        ...emptyKnowledgeBase(),
        documents: [f.document],
        organizations: f.organizations,
        people: f.people,
        partnerships: f.partnerships,
        events: f.events,
      });
    }
  }
  return KnowledgeBase.parse(kb);
}
