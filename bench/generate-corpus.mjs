// Generates news items about university cooperation from templates, with a seeded PRNG.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const GAZETTEER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "packages", "ingest", "data", "gazetteer");

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readEntries(file) {
  return JSON.parse(readFileSync(join(GAZETTEER_DIR, file), "utf8")).entries;
}

/** The university names of the built-in gazetteer, by country, in English, Chinese and Russian. */
export function universityNames() {
  const pick = (entries) => ({
    en: entries.map((e) => e.name),
    zh: entries.flatMap((e) => (e.zh?.length ? [e.zh[0]] : [])),
    ru: entries.flatMap((e) => (e.ru?.length ? [e.ru[0]] : [])),
  });
  return { CN: pick(readEntries("cn-universities.json")), RU: pick(readEntries("ru-universities.json")) };
}

const CN_SURNAMES = [
  "Wang",
  "Li",
  "Zhang",
  "Liu",
  "Chen",
  "Yang",
  "Huang",
  "Zhao",
  "Zhou",
  "Wu",
  "Xu",
  "Sun",
  "Ma",
  "Gao",
];
const CN_GIVEN = [
  "Wei",
  "Jianguo",
  "Xiaoming",
  "Haiyan",
  "Lihua",
  "Zhiqiang",
  "Yufei",
  "Mingyu",
  "Qiang",
  "Lan",
  "Jun",
];
const RU_FIRST = [
  "Alexei",
  "Dmitry",
  "Irina",
  "Sergei",
  "Olga",
  "Nikolai",
  "Elena",
  "Pavel",
  "Tatiana",
  "Mikhail",
  "Yulia",
];
const RU_LAST = [
  "Volkov",
  "Smirnov",
  "Kuznetsova",
  "Orlov",
  "Belova",
  "Sokolov",
  "Morozov",
  "Lebedeva",
  "Kozlov",
  "Pavlova",
];
const ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"];
const ZH_GIVEN = ["伟", "建国", "晓明", "海燕", "丽华", "志强", "宇飞"];
const RU_CYR = [
  "Алексей Волков",
  "Ирина Смирнова",
  "Сергей Орлов",
  "Ольга Белова",
  "Николай Соколов",
  "Елена Морозова",
];
const CN_ROLES = ["President", "Vice President", "Party Secretary", "Dean of the School of Materials Science"];
const RU_ROLES = [
  "Rector",
  "Vice-Rector for International Affairs",
  "First Vice-Rector",
  "Director of the Institute of Physics",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const RU_MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const FIELDS = [
  "artificial intelligence",
  "materials science",
  "Arctic research",
  "aerospace engineering",
  "petroleum engineering",
  "Russian language teaching",
  "mathematics",
  "biomedicine",
  "economics",
  "laser physics",
];
const CITIES = [
  "Beijing",
  "Harbin",
  "Moscow",
  "Saint Petersburg",
  "Shanghai",
  "Novosibirsk",
  "Kazan",
  "Wuhan",
  "Tomsk",
  "Xi'an",
];

export const FILLER = [
  "The two sides reviewed the results of their cooperation in recent years and discussed plans for the coming academic year.",
  "Participants toured the laboratories, the library and the new student centre, and met with faculty members and students.",
  "The ceremony was attended by representatives of the ministries of education of both countries, as well as students and teachers.",
  "According to the organisers, more than two hundred students have already taken part in exchange programmes between the institutions.",
  "The delegation also visited the museum of the university's history and the engineering school.",
  "Both parties expressed their readiness to expand academic mobility, to hold joint conferences and to publish joint research papers.",
  "In his speech, the guest noted the long tradition of friendship between the two universities and thanked the hosts for their hospitality.",
  "The event concluded with a round-table discussion on the challenges of training engineers for the digital economy.",
  "Students presented their projects on robotics, new materials and energy efficiency to the visiting delegation.",
  "Further details of the programme will be published on the university's website later this year.",
];

/** Builds a text generator for the given seed; `next()` returns `{ language, published, text }`. */
export function corpusGenerator(seed = 20240427) {
  const rnd = prng(seed);
  const names = universityNames();
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const cnPerson = () => `${pick(CN_SURNAMES)} ${pick(CN_GIVEN)}`;
  const ruPerson = () => `${pick(RU_FIRST)} ${pick(RU_LAST)}`;

  const english = (year, month, day) => {
    const cn = pick(names.CN.en);
    const ru = pick(names.RU.en);
    const cn2 = pick(names.CN.en);
    const date = `${MONTHS[month - 1]} ${day}, ${year}`;
    const field = pick(FIELDS);
    const lead = pick([
      `On ${date}, ${cn} and ${ru} signed a memorandum of understanding on cooperation in ${field}.`,
      `${ru} and ${cn} signed an agreement on a joint master's programme in ${field} on ${date}.`,
      `A delegation from ${ru} led by ${pick(RU_ROLES)} ${ruPerson()} visited ${cn} on ${date}.`,
      `${cn} hosted the opening of the Sino-Russian joint institute with ${ru} in ${pick(CITIES)} on ${date}.`,
    ]);
    const paras = [lead];
    paras.push(
      `${pick(CN_ROLES)} ${cnPerson()} of ${cn} and ${pick(RU_ROLES)} ${ruPerson()} of ${ru} signed the document on behalf of the two universities.`,
    );
    const n = int(3, 9);
    for (let i = 0; i < n; i++) {
      const k = rnd();
      if (k < 0.15)
        paras.push(
          `The partners agreed to launch a joint doctoral programme in ${pick(FIELDS)} in September ${year + 1}.`,
        );
      else if (k < 0.25)
        paras.push(
          `${cn2} and ${pick(names.RU.en)} have cooperated since ${int(1995, year - 1)}, when they signed their first exchange agreement.`,
        );
      else if (k < 0.32)
        paras.push(
          `Professor ${cnPerson()}, ${pick(CN_ROLES)} of ${cn2}, said the joint laboratory would open in ${MONTHS[int(0, 11)]} ${year + 1}.`,
        );
      else {
        const m = int(2, 4);
        const s = [];
        for (let j = 0; j < m; j++) s.push(pick(FILLER));
        paras.push(s.join(" "));
      }
    }
    return { language: "en", title: `${cn} and ${ru} deepen cooperation`, text: paras.join("\n\n") };
  };

  const russian = (year, month, day) => {
    const cn = pick(names.CN.ru);
    const ru = pick(names.RU.ru);
    const paras = [
      `${day} ${RU_MONTHS[month - 1]} ${year} года ${ru} и ${cn} подписали соглашение о сотрудничестве в области образования и науки.`,
      `Документ подписали ректор ${pick(RU_CYR)} и делегация китайского университета.`,
      "Стороны договорились о запуске совместной магистерской программы, академической мобильности студентов и преподавателей, а также о проведении совместных научных конференций.",
      "В ходе визита гости посетили лаборатории, библиотеку и музей истории университета, а также встретились со студентами.",
    ];
    return { language: "ru", title: `${ru} и ${cn}`, text: paras.join("\n\n") };
  };

  const chinese = (year, month, day) => {
    const cn = pick(names.CN.zh);
    const ru = pick(names.RU.zh);
    const person = `${pick(ZH_SURNAMES)}${pick(ZH_GIVEN)}`;
    const paras = [
      `${year}年${month}月${day}日，${cn}与${ru}签署合作谅解备忘录。`,
      `${cn}校长${person}出席签约仪式并致辞，双方将在人才培养、联合科研和学生交流等领域开展合作。`,
      "双方表示，将进一步加强在人工智能、新材料和航空航天等领域的合作，共同举办国际学术会议，推动两校关系发展。",
      "签约仪式后，代表团参观了学校实验室和校史馆，并与师生代表进行了座谈交流。",
    ];
    return { language: "zh", title: `${cn}与${ru}签署合作协议`, text: paras.join("\n\n") };
  };

  return {
    next() {
      const year = int(2012, 2024);
      const month = int(1, 12);
      const day = int(1, 28);
      const k = rnd();
      const item =
        k < 0.8 ? english(year, month, day) : k < 0.9 ? russian(year, month, day) : chinese(year, month, day);
      const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      return { ...item, published: iso };
    },
  };
}

/** Generates items until their texts together hold at least `bytes` UTF-8 bytes. */
export function generateCorpus(bytes, seed) {
  const gen = corpusGenerator(seed);
  const items = [];
  let total = 0;
  while (total < bytes) {
    const item = gen.next();
    item.bytes = Buffer.byteLength(item.text, "utf8");
    total += item.bytes;
    items.push(item);
  }
  return { items, bytes: total };
}
