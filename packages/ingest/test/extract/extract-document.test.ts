import type { SourceDocument } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { documentId } from "../../src/document-id.ts";
import { extractDocument } from "../../src/extract/extract-document.ts";
import { toGoldFormat } from "../../src/extract/to-gold-format.ts";
import { readGazetteer } from "../../src/gazetteer/read-gazetteer.ts";

const gazetteer = readGazetteer();

function extract(text: string, options: { language?: "en" | "ru" | "zh"; published?: string; url?: string } = {}) {
  const document: SourceDocument = {
    id: documentId(text),
    origin: "sample.txt",
    alsoAt: [],
    title: null,
    publisher: null,
    published: options.published ? { precision: "day", value: options.published } : null,
    language: options.language ?? "en",
    text,
    storyId: null,
  };
  const facts = extractDocument(gazetteer, { document, url: options.url ?? null });
  return { facts, line: toGoldFormat("sample.txt", facts) };
}

// Sample texts written for these tests.
describe("extractDocument", () => {
  test("an acronym defined in the text, a possessive unit, a misspelt name, one entity each", () => {
    const { line } = extract(
      "Harbin Institute of Technology (HIT) and Moscow Borman State Technical University signed an agreement on 3 March 2022. Prof. Anna Petrova, Dean of HIT's School of Astronautics, attended.",
      { published: "2022-03-05" },
    );
    const names = line.institutions.map((o) => o.name);
    expect(names).toContain("Harbin Institute of Technology");
    expect(names).toContain("Bauman Moscow State Technical University");
    const unit = line.institutions.find((o) => o.kind === "unit");
    expect(unit).toMatchObject({
      name: "School of Astronautics",
      country: "CN",
      parent: "org:harbin-institute-of-technology",
    });
    expect(line.partnerships).toEqual([
      expect.objectContaining({
        parties: ["Bauman Moscow State Technical University", "Harbin Institute of Technology"],
        kind: "agreement",
        status: "signed",
        date: "2022-03-03",
      }),
    ]);
    expect(line.people).toEqual([
      expect.objectContaining({ name: "Anna Petrova", institution: "Harbin Institute of Technology" }),
    ]);
  });

  test("every fact carries the sentence it was read from, by offsets into the text", () => {
    const { facts } = extract("Tsinghua University and ITMO University will open a joint laboratory of photonics.");
    const [p] = facts.partnerships;
    expect(p).toMatchObject({ kind: "joint-lab", status: "planned", fields: ["optics"] });
    const e = p?.evidence[0];
    expect(e && facts.document.text.slice(e.start, e.end)).toBe(e?.sentence);
  });

  test("bylines are not people; the two universities are the story's pair", () => {
    const { line } = extract(
      "Peking University and Lomonosov Moscow State University met in Beijing.\nThe two universities will launch a double degree programme.\nWritten by Zhang Wei\nEdited by: Li Na",
    );
    expect(line.people).toEqual([]);
    expect(line.partnerships.map((p) => p.kind)).toContain("joint-program");
  });

  test("Russian text: names through the gazetteer in any case, a signed agreement, a person romanised", () => {
    const { line } = extract(
      "Делегация Томского политехнического университета подписала соглашение с Харбинским политехническим университетом. Проректор Иван Петров отметил успех.",
      { language: "ru" },
    );
    expect(line.institutions.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Tomsk Polytechnic University", "Harbin Institute of Technology"]),
    );
    expect(line.partnerships[0]).toMatchObject({ kind: "agreement", status: "signed" });
    expect(line.people).toEqual([expect.objectContaining({ name: "Ivan Petrov", aliases: ["Иван Петров"] })]);
  });

  test("Chinese text: traditional characters fold to simplified, people in pinyin, 我校 is the publisher", () => {
    const { line } = extract(
      "哈爾濱工業大學與聖彼得堡國立大學簽署合作協議。院长彭文钊出席。我校将与对方开展学生交流。",
      {
        language: "zh",
        url: "https://news.hit.edu.cn/2024/0101/page.htm",
      },
    );
    expect(line.institutions.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Harbin Institute of Technology", "Saint Petersburg State University"]),
    );
    expect(line.partnerships[0]).toMatchObject({ kind: "agreement", status: "signed" });
    expect(line.people).toEqual([expect.objectContaining({ name: "Peng Wenzhao", aliases: ["彭文钊"] })]);
  });

  test("Chinese names in Russian text: a university through its Palladius name, a person in pinyin", () => {
    const { line } = extract(
      "Цзилиньский университет и Уральский федеральный университет подписали соглашение. Ректор Цзилиньского университета Чжан Сижун выступил с речью.",
      { language: "ru" },
    );
    expect(line.institutions.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Jilin University", "Ural Federal University"]),
    );
    expect(line.people).toEqual([expect.objectContaining({ name: "Zhang Xirong", institution: "Jilin University" })]);
  });

  test("what is made 'under an agreement signed in 2023' is launched now; the agreement is signed then", () => {
    const facts = (text: string, language: "en" | "ru") =>
      extract(text, { language, published: "2024-06-20" }).line.partnerships.map(
        (p) => `${p.kind} ${p.status} ${p.date ?? "-"}`,
      );
    expect(
      facts(
        "18 июня открылась лаборатория морской биологии. Лаборатория создана Дальневосточным федеральным университетом и Океанским университетом Китая в рамках соглашения, подписанного в 2023 году.",
        "ru",
      ),
    ).toEqual(["joint-lab launched 2024-06-18", "agreement signed 2023"]);
    expect(
      facts(
        "The laboratory was set up by Far Eastern Federal University and Ocean University of China under an agreement signed in 2023.",
        "en",
      ),
    ).toEqual(["joint-lab launched -", "agreement signed 2023"]);
  });

  test("degree programmes by their level or their '2+2' shape are joint programmes; what an agreement provides for is to come", () => {
    const kinds = (text: string, language: "en" | "ru" | "zh", published = "2024-11-21") =>
      extract(text, { language, published }).line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date ?? "-"}`);
    expect(
      kinds(
        "Belarusian State University and Zhejiang University signed a cooperation agreement on Wednesday. The agreement provides for joint research in artificial intelligence and the launch of a master's programme in international relations.",
        "en",
      ),
    ).toEqual(["agreement signed 2024-11-20", "joint-program planned -", "research-project planned -"]);
    expect(
      kinds(
        "Стороны обсудили с Северо-Восточным университетом и НИТУ МИСИС запуск программы «2+2» для бакалавров по металлургии.",
        "ru",
      ),
    ).toEqual(["joint-program discussed -"]);
    expect(kinds("哈尔滨工程大学与圣彼得堡国立海洋技术大学将开展“3+1”本科项目。", "zh")).toEqual([
      "joint-program planned -",
    ]);
    // 商定: agreed on, so to come.
    expect(kinds("西北工业大学与萨马拉国立大学商定2025年起互派学生交流。", "zh", "2024-04-18")).toEqual([
      "exchange planned 2025",
    ]);
  });

  test("co-supervised doctoral students are a joint programme; 'на основании соглашения, подписанного в 2019 году' frames", () => {
    const en = extract(
      "Shanghai Jiao Tong University and the Skolkovo Institute of Science and Technology will co-supervise PhD students.",
      { published: "2025-03-05" },
    );
    expect(en.line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-program planned"]);
    const ru = extract(
      "Обмен студентами между Томским государственным университетом и Пекинским университетом иностранных языков проводится на основании соглашения, подписанного в 2019 году.",
      { language: "ru", published: "2025-01-22" },
    );
    expect(ru.line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date ?? "-"}`)).toEqual([
      "exchange ongoing -",
      "agreement signed 2019",
    ]);
  });

  test("a centre 'создан совместно с' one of the story's pair is the pair's; a delegation's visit is no unit's name", () => {
    const ru = extract(
      "10 сентября в Казанском национальном исследовательском техническом университете им. А. Н. Туполева — КАИ открылся центр робототехники. Центр создан совместно с Харбинским инженерным университетом.",
      { language: "ru", published: "2024-09-12" },
    );
    expect(ru.line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date ?? "-"} ${p.parties.length}`)).toEqual([
      "joint-institute launched 2024-09-10 2",
    ]);
    const zh = extract("俄罗斯科学院西伯利亚分院代表团访问中国科学院大连化学物理研究所，所长刘中民会见了代表团。", {
      language: "zh",
      published: "2025-05-14",
    });
    expect(zh.line.institutions.map((o) => o.name).filter((n) => n.includes("代表团"))).toEqual([]);
  });

  test("universities of another country at the opening of a body a university hosts took part in it with the host", () => {
    const pairs = (r: ReturnType<typeof extract>) =>
      r.line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date ?? "-"} ${[...p.parties].sort().join(" + ")}`);
    const ru = extract(
      "В Харбине на базе Харбинского политехнического университета открылся Центр изучения России. На церемонии присутствовали представители Томского государственного университета и Новосибирского государственного университета, а также студенты Харбинского инженерного университета.",
      { language: "ru", published: "2024-05-20" },
    );
    expect(pairs(ru)).toEqual([
      "other launched - Harbin Institute of Technology + Tomsk State University",
      "other launched - Harbin Institute of Technology + Novosibirsk State University",
    ]);
    const en = extract(
      "A Center for Kazakh Studies opened on the basis of Lanzhou University on May 12. Representatives of Al-Farabi Kazakh National University and Peking University attended the ceremony.",
      { published: "2024-05-14" },
    );
    expect(pairs(en)).toEqual(["other launched 2024-05-12 Al-Farabi Kazakh National University + Lanzhou University"]);
    // Without a host, people attending are no partnership.
    const none = extract(
      "A conference on Arctic research opened in Tomsk on May 12. Representatives of Lanzhou University attended it.",
      { published: "2024-05-14" },
    );
    expect(pairs(none)).toEqual([]);
  });

  test("a centre of research the text alone names is a research institute; a joint one is what its partners made", () => {
    const { line } = extract(
      "The National Centre for Polar Sciences signed an agreement with Tomsk State University. Lanzhou University and Tomsk State University opened the China-Russia Joint Research Center for Glaciology.",
      { published: "2024-05-14" },
    );
    const kinds = Object.fromEntries(line.institutions.map((o) => [o.name, o.kind]));
    expect(kinds["National Centre for Polar Sciences"]).toBe("institute");
    expect(kinds["China-Russia Joint Research Center for Glaciology"]).toBe("other");
  });

  test("on the publisher's site, a delegation led to visit several universities is the publisher's, visiting each", () => {
    const { line } = extract(
      "From May 3 to 9, Vice-Rector Ivan Petrov led a delegation to visit universities including Fudan University and Zhejiang University in China and Al-Farabi Kazakh National University in Kazakhstan. He said that SPbU would expand its cooperation in Asia.",
      { published: "2024-05-14", url: "https://english.spbu.ru/news/2024-05-14-visit" },
    );
    expect(line.partnerships.map((p) => [...p.parties].sort().join(" + ")).sort()).toEqual([
      "Al-Farabi Kazakh National University + Saint Petersburg State University",
      "Fudan University + Saint Petersburg State University",
      "Saint Petersburg State University + Zhejiang University",
    ]);
  });

  test("a date a relationship began ('since 2015', 'с 2015 года') dates no later sentence's news", () => {
    const dates = (r: ReturnType<typeof extract>) => r.line.partnerships.map((p) => `${p.kind} ${p.date ?? "-"}`);
    const en = extract(
      "On March 12, Tomsk Polytechnic University and Harbin Institute of Technology signed an agreement. Their rectors said the universities have cooperated since 2015. During the visit, a delegation of Ural Federal University visited Jilin University and discussed a joint laboratory.",
      { published: "2024-03-15" },
    );
    expect(dates(en)).toContain("joint-lab 2024-03-12");
    const ru = extract(
      "12 марта Томский политехнический университет и Харбинский политехнический университет подписали соглашение. Ректоры отметили, что вузы сотрудничают с 2015 года. В ходе визита делегация Уральского федерального университета посетила Цзилиньский университет и обсудила создание совместной лаборатории.",
      { language: "ru", published: "2024-03-15" },
    );
    expect(dates(ru)).toContain("joint-lab 2024-03-12");
  });

  test("what Chinese parties agree to set up (同意建立) is planned; talks take no later date told before them", () => {
    const zh = extract("北京大学与莫斯科国立大学同意建立联合实验室。", { language: "zh", published: "2022-11-20" });
    expect(zh.line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-lab planned"]);
    const ru = extract(
      "Томский государственный университет и Цзилиньский университет откроют совместный институт в 2023 году. Новосибирский государственный университет провел переговоры с Сычуаньским университетом о запуске программы двойных дипломов.",
      { language: "ru", published: "2022-11-20" },
    );
    expect(ru.line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date ?? "-"}`)).toEqual([
      "joint-institute planned 2023",
      "joint-program discussed -",
    ]);
  });

  test("a kind in an instrument's own words is signed with it; what a later clause talks of making is discussed", () => {
    const zh = extract(
      "新西伯利亚国立大学代表团访问哈尔滨工业大学。9月12日，双方签署了学生交流协议，并就共建联合研究中心进行了深入交流。",
      { language: "zh", published: "2023-09-15" },
    );
    expect(zh.line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "agreement signed",
      "exchange signed",
      "joint-lab discussed",
    ]);
  });

  test("a road map signed is an agreement signed, beside what the sides agreed to hold", () => {
    const kinds = (r: ReturnType<typeof extract>) => r.line.partnerships.map((p) => `${p.kind} ${p.status}`).sort();
    const ru = extract(
      "Делегация Северо-Восточного университета посетила Уральский федеральный университет. Стороны подписали дорожную карту сотрудничества на 2024–2026 годы и договорились о проведении летней школы.",
      { language: "ru", published: "2023-10-05" },
    );
    expect(kinds(ru)).toEqual(["agreement signed", "joint-program planned"]);
    const en = extract(
      "Ural Federal University and Northeastern University signed a road map for 2024–2026, and will hold a summer school.",
      { published: "2023-10-05" },
    );
    expect(kinds(en)).toEqual(["agreement signed", "joint-program planned"]);
  });

  test("a body the text alone names is in the country of the university it is at", () => {
    const country = (r: ReturnType<typeof extract>, name: string) =>
      r.line.institutions.find((o) => o.name === name)?.country;
    const zh = extract("2月8日，中俄联合研究院在华南理工大学揭牌成立。", { language: "zh", published: "2024-02-10" });
    expect(country(zh, "中俄联合研究院")).toBe("CN");
    const ru = extract("Китайско-российский научный центр открылся в Томском государственном университете.", {
      language: "ru",
      published: "2024-02-10",
    });
    expect(ru.line.institutions.filter((o) => o.name !== "Tomsk State University").map((o) => o.country)).toEqual([
      "RU",
    ]);
  });

  test("a middle initial that spells a word ('Irina A. Balova') stays in the name; 'would launch' is planned", () => {
    const { line } = extract(
      "On April 27, Prof. Irina A. Balova, Dean of the Faculty of Chemistry of Tomsk State University, met Rector Li Luming of Tsinghua University. Balova said the two universities would launch a joint master's programme in chemistry in September 2022.",
      { published: "2022-05-03" },
    );
    expect(line.people.map((p) => p.name)).toEqual(["Irina A. Balova", "Li Luming"]);
    expect(line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`)).toContain("joint-program planned 2022-09");
  });

  test("a Russian surname with its initials after a role is printed with the initials first", () => {
    const { line } = extract(
      "В переговорах с Цзилиньским университетом участвовал проректор Томского государственного университета по международной деятельности Петров А. В.",
      { language: "ru", published: "2024-04-02" },
    );
    expect(line.people.map((p) => [p.name, p.institution])).toEqual([["A. V. Petrov", "Tomsk State University"]]);
  });

  test("'the sides' right after a sentence naming two ministries are the ministries, not the story's universities", () => {
    const { line } = extract(
      "6月28日，中国教育部部长怀进鹏与俄罗斯联邦科学和高等教育部部长在莫斯科举行会谈。双方签署了《中俄高等教育合作路线图》，并同意支持两国高校开展联合办学。北京师范大学与莫斯科国立师范大学当天还签署了合作协议。",
      { language: "zh", published: "2024-07-02" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${[...p.parties].sort().join(" + ")}`)).toEqual([
      "agreement Ministry of Education of the People's Republic of China + Ministry of Science and Higher Education of the Russian Federation",
      "agreement Beijing Normal University + Moscow Pedagogical State University",
    ]);
  });

  test("hosting a delegation is cooperation talked of; 'Китайский университет Жэньминь' is Renmin University", () => {
    const en = extract("Lanzhou University hosted a delegation from Tomsk State University on February 26.", {
      published: "2024-03-01",
    });
    expect(en.line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`)).toEqual(["other discussed 2024-02-26"]);
    const ru = extract("Делегация ДВФУ посетила Китайский университет Жэньминь.", {
      language: "ru",
      published: "2024-03-01",
    });
    expect(ru.line.institutions.map((o) => o.name)).toContain("Renmin University of China");
  });

  test("the short Chinese name in use for the Tupolev university (喀山国立技术大学) is that university", () => {
    const { line } = extract("西北工业大学代表团访问了喀山国立技术大学，双方续签了校际合作协议。", {
      language: "zh",
      published: "2024-04-18",
    });
    expect(line.institutions.map((o) => o.name)).toContain(
      "Kazan National Research Technical University named after A. N. Tupolev",
    );
  });

  test("an agreement 'on the creation of the joint institute was signed' is signed, in a sentence that names no party", () => {
    const { line } = extract(
      "Belarusian State University will open a branch at Dalian Maritime University in 2024. The agreement on the creation of the joint institute was signed in Minsk in October.",
      { published: "2023-12-08" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date ?? "-"}`)).toEqual([
      "joint-institute planned 2024",
      "agreement signed 2023-10",
    ]);
  });

  test("a memorandum signed to establish a centre: the memorandum is signed, the centre planned; what it provides is no new memorandum", () => {
    const { line } = extract(
      "Ocean University of China and Far Eastern Federal University signed a memorandum of understanding to establish a joint research center. Under the memorandum, the two universities will exchange students.",
      { published: "2024-03-12" },
    );
    expect(line.partnerships.map((p) => [p.kind, p.status])).toEqual([
      ["mou", "signed"],
      ["joint-lab", "planned"],
      ["exchange", "planned"],
    ]);
  });

  test("Chinese names in Russian oblique cases are read back to their nominative", () => {
    const { line } = extract(
      "Ректор Томского политехнического университета встретился с делегацией Харбинского политехнического университета во главе с проректором Ли Вэем.",
      { language: "ru", published: "2024-03-15" },
    );
    expect(line.people.map((p) => p.name)).toContain("Li Wei");
    // The text's form is kept as an alias, and so is the nominative.
    expect(line.people.find((p) => p.name === "Li Wei")?.aliases).toEqual(["Ли Вэем", "Ли Вэй"]);
  });

  test("meetings and visits in Russian and Chinese are cooperation talked of; Russian perfective futures are planned", () => {
    const ru = extract(
      "Томский политехнический университет встретился с делегацией Харбинского политехнического университета. НИУ ВШЭ и Фуданьский университет проведут совместную летнюю школу.",
      { language: "ru", published: "2024-03-15" },
    );
    expect(ru.line.partnerships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "other", status: "discussed" }),
        expect.objectContaining({ kind: "joint-program", status: "planned" }),
      ]),
    );
    const zh = extract("清华大学校长会见了圣彼得堡国立大学代表团。", { language: "zh", published: "2024-05-20" });
    expect(zh.line.partnerships).toEqual([
      expect.objectContaining({
        parties: ["Saint Petersburg State University", "Tsinghua University"],
        kind: "other",
        status: "discussed",
      }),
    ]);
  });

  test("what Russian parties agree on doing (договорились об обмене, о проведении, о совместной подготовке) is planned", () => {
    for (const [said, kind] of [
      ["договорились об обмене студентами", "exchange"],
      ["договорились о проведении совместной летней школы", "joint-program"],
      ["договорились о совместной подготовке магистров", "joint-program"],
    ] as const) {
      const { line } = extract(`Уральский федеральный университет и Цзилиньский университет ${said}.`, {
        language: "ru",
        published: "2024-09-10",
      });
      expect(line.partnerships).toEqual([expect.objectContaining({ kind, status: "planned" })]);
    }
  });

  test("what Russian parties agree or decide to do (условились подготовить, решили создать) is planned", () => {
    for (const [said, kind] of [
      ["условились подготовить проект соглашения о сотрудничестве до конца года", "agreement"],
      ["решили создать совместную лабораторию", "joint-lab"],
      ["договорились в ближайшее время подписать меморандум", "mou"],
    ] as const) {
      const { line } = extract(`Томский политехнический университет и Университет Цинхуа ${said}.`, {
        language: "ru",
        published: "2022-04-12",
      });
      expect(line.partnerships).toEqual([expect.objectContaining({ kind, status: "planned" })]);
    }
  });

  test("what a sentence says happened lately (近日, recently, недавно) takes no date from the sentences after it", () => {
    for (const [text, language] of [
      ["近日，北京理工大学与莫斯科国立鲍曼技术大学续签了合作协议。\n\n12月5日，两校代表出席了揭牌仪式。", "zh"],
      [
        "Recently, Beijing Institute of Technology and Bauman Moscow State Technical University renewed their agreement.\n\nOn December 5, the two universities held a ceremony.",
        "en",
      ],
      [
        "Недавно Пекинский политехнический институт и МГТУ им. Н. Э. Баумана продлили соглашение.\n\n5 декабря представители двух вузов провели церемонию.",
        "ru",
      ],
    ] as const) {
      const { line } = extract(text, { language, published: "2023-12-08" });
      expect(
        line.partnerships.find((p) => p.kind === "agreement"),
        language,
      ).toEqual(expect.objectContaining({ status: "signed", date: null }));
    }
  });

  test("a body 由 A 与 B 共同建设 (built by both) is their joint institute or lab", () => {
    for (const [body, kind] of [
      ["该研究院", "joint-institute"],
      ["该中心", "joint-institute"],
      ["该实验室", "joint-lab"],
    ] as const) {
      const { line } = extract(`${body}由浙江大学与喀山联邦大学共同建设。`, {
        language: "zh",
        published: "2024-05-10",
      });
      expect(line.partnerships, body).toEqual([
        expect.objectContaining({ parties: ["Kazan Federal University", "Zhejiang University"], kind }),
      ]);
    }
  });

  test("in a story of two countries, a university the gazetteer lacks that partners one country's is of the other", () => {
    const country = (text: string) =>
      extract(text, { language: "en", published: "2024-09-18" }).line.institutions.find(
        (o) => o.name === "Abai Technical University",
      )?.country;
    const partners = "Abai Technical University and Zhejiang University signed a memorandum on a joint laboratory.";
    expect(country(`Al-Farabi Kazakh National University hosted a forum. ${partners}`)).toBe("KZ");
    // With no other country in the story, it is where the organizations beside it are.
    expect(country(partners)).toBe("CN");
  });

  test("what Chinese parties agree on (双方同意) is planned", () => {
    const { line } = extract("西安交通大学与圣彼得堡国立大学签署合作协议。双方同意每年互派20名学生。", {
      language: "zh",
      published: "2024-06-05",
    });
    expect(line.partnerships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "agreement", status: "signed" }),
        expect.objectContaining({ kind: "exchange", status: "planned" }),
      ]),
    );
  });

  test("a deal sealed is an agreement signed; 签约 signs one, and what the sides will build after it is planned", () => {
    const en = extract(
      "The Russian Ministry of Science and Higher Education and the Chinese Ministry of Education sealed a deal on mutual recognition of degrees in 2023.",
      { published: "2024-05-20" },
    );
    expect(en.line.partnerships).toEqual([
      expect.objectContaining({ kind: "agreement", status: "signed", date: "2023" }),
    ]);
    const zh = extract("5月18日，哈尔滨工程大学与圣彼得堡国立大学签约，双方将共建联合实验室。", {
      language: "zh",
      published: "2024-05-20",
    });
    expect(zh.line.partnerships).toEqual([
      expect.objectContaining({ kind: "agreement", status: "signed", date: "2024-05-18" }),
      expect.objectContaining({ kind: "joint-lab", status: "planned" }),
    ]);
  });

  test("a school founded together (联合创办了) was launched", () => {
    const { line } = extract("2018年，中山大学与远东联邦大学联合创办了中俄联合研究生院。", {
      language: "zh",
      published: "2024-05-20",
    });
    expect(line.partnerships).toEqual([expect.objectContaining({ kind: "joint-institute", status: "launched" })]);
  });

  test("a Russian name ends before a person's names, and a role of the organization before the name is the person's", () => {
    const { line } = extract(
      "Директор Института востоковедения КФУ Рамиль Хайрутдинов и декан Пекинского университета иностранных языков Иван Петров обсудили подготовку совместной программы. Декан Пекинского университета иностранных языков Ли Цзяньган посетил Казань.",
      { language: "ru", published: "2024-05-20" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Beijing Foreign Studies University",
      "Kazan Federal University",
    ]);
    const person = (name: string) => line.people.find((p) => p.name === name);
    expect(person("Ramil Khayrutdinov")).toMatchObject({ role: "Director", institution: "Kazan Federal University" });
    expect(person("Ivan Petrov")).toMatchObject({ role: "Dean", institution: "Beijing Foreign Studies University" });
    expect(person("Li Jiangang")).toMatchObject({ role: "Dean", institution: "Beijing Foreign Studies University" });
  });

  test("a Chinese name ends where a word of what the person did begins, not at a character inside the name", () => {
    const { line } = extract("浙江大学副校长王志强率团访问喀山联邦大学。校长李晓明表示欢迎。", {
      language: "zh",
      published: "2024-05-20",
    });
    expect(line.people.map((p) => p.name).sort()).toEqual(["Li Xiaoming", "Wang Zhiqiang"]);
  });

  test("a role with what it is for, between an organization and a name: 'X Vice-Rector for International Relations Name'", () => {
    const { line } = extract(
      "The forum was opened by the Tomsk State University Vice-Rector for International Relations Elena Orlova and Rector Li Ming.",
      { published: "2024-05-20" },
    );
    expect(line.people).toEqual([
      expect.objectContaining({
        name: "Elena Orlova",
        role: "Vice Rector for International Relations",
        institution: "Tomsk State University",
      }),
      expect.objectContaining({ name: "Li Ming", role: "Rector" }),
    ]);
  });

  test("a minister's title with the country's word names the ministry; without it, nobody's ministry is guessed", () => {
    const { line } = extract(
      "The forum was supported by Chinese Minister of Education Huai Jinpeng and Russian Deputy Minister of Science and Higher Education Konstantin Mogilevsky. Minister of Education Ivan Petrov spoke last.",
      { published: "2024-05-20" },
    );
    expect(line.people.map((p) => [p.name, p.institution])).toEqual([
      ["Huai Jinpeng", "Ministry of Education of the People's Republic of China"],
      ["Konstantin Mogilevsky", "Ministry of Science and Higher Education of the Russian Federation"],
      ["Ivan Petrov", null],
    ]);
    expect(line.institutions.map((o) => o.country)).toEqual(["CN", "RU"]);
  });

  test("a delegation's leader is of the delegation's organization: 'a delegation from X, led by Rector Name'", () => {
    const { line } = extract(
      "A delegation from Kazan Federal University, led by Rector Lenar Safin, visited Wuhan University on May 14.",
      { published: "2024-05-20" },
    );
    expect(line.people).toEqual([
      expect.objectContaining({ name: "Lenar Safin", role: "Rector", institution: "Kazan Federal University" }),
    ]);
  });

  test("a role between two people that runs into an honorific is the second person's, not the first's", () => {
    const { line } = extract(
      "Mayor Wang Qiang, Vice-Rector of Tomsk State University Professor Ivan Smirnov and others signed the agreement.",
      { published: "2024-05-20" },
    );
    expect(line.people.find((p) => p.name === "Wang Qiang")).toMatchObject({ role: "Mayor", institution: null });
  });

  test("a role after a name ends at a word of what the person did, or where the next person's name begins", () => {
    const { line } = extract(
      "Ivan Petrov, rector of Tomsk State University attended the talks. FEFU President Oleg Ivanov, FEFU Vice-President for International Relations Victoria Panova took part in the ceremony.",
      { published: "2024-05-20" },
    );
    expect(line.people.map((p) => [p.name, p.role, p.institution])).toEqual([
      ["Ivan Petrov", "Rector", "Tomsk State University"],
      ["Oleg Ivanov", "President", "Far Eastern Federal University"],
      ["Victoria Panova", "Vice President for International Relations", "Far Eastern Federal University"],
    ]);
  });

  test("a role after a name leaves out the organization it names, which is the person's, and keeps a unit", () => {
    const { line } = extract(
      "Irina Balova, Dean of SPbU's Faculty of Chemistry, and Wang Bo, Vice President of Peking University, signed the agreement. Han Xiaojun, Director of the Department of Chemistry of Harbin Institute of Technology, attended.",
      { published: "2024-05-20" },
    );
    expect(line.people.map((p) => [p.name, p.role, p.institution])).toEqual([
      ["Irina Balova", "Dean of the Faculty of Chemistry", "Saint Petersburg State University"],
      ["Wang Bo", "Vice President", "Peking University"],
      [
        "Han Xiaojun",
        "Director of the Department of Chemistry of Harbin Institute of Technology",
        "Harbin Institute of Technology",
      ],
    ]);
  });

  test("on a university's own site, 'our university' is the publisher: a party and a person's organization", () => {
    const text =
      "Our university signed a cooperation agreement with Kazan Federal University on May 14. Wang Lei, vice president of our university, attended the ceremony.";
    const own = extract(text, { published: "2024-05-20", url: "https://news.hit.edu.cn/2024/0520/page.htm" }).line;
    expect(own.partnerships.map((p) => [...p.parties].sort())).toEqual([
      ["Harbin Institute of Technology", "Kazan Federal University"],
    ]);
    expect(own.people).toEqual([
      expect.objectContaining({ name: "Wang Lei", institution: "Harbin Institute of Technology" }),
    ]);
    // Elsewhere nobody is "our university".
    const other = extract(text, { published: "2024-05-20", url: "https://example.com/news/1.html" }).line;
    expect(other.partnerships).toEqual([]);
    expect(other.people).toEqual([expect.objectContaining({ name: "Wang Lei", institution: null })]);
  });

  test("a Chinese name followed by what is said of the person (就, 对, 热情, 参观 ...) is found", () => {
    const { line } = extract(
      "代表团与院长陈子娇就学生交流进行了会谈。副校长刘海涛对来宾表示欢迎。处长赵敏热情接待了代表团。主任孙立军参观了实验室。",
      { language: "zh", published: "2024-05-20" },
    );
    expect(line.people.map((p) => p.name).sort()).toEqual(["Chen Zijiao", "Liu Haitao", "Sun Lijun", "Zhao Min"]);
  });

  test("Russians named in Chinese transcription: after a role at a Russian organization, and with a middle dot", () => {
    const { line } = extract(
      "圣彼得堡国立大学副校长科罗廖夫表示，两校将扩大学生交流。代表团成员叶卡捷琳娜·伊万诺娃教授和米哈伊尔·斯米尔诺夫出席了仪式。来自俄罗斯伊万·彼得罗夫也参加了活动。",
      { language: "zh", published: "2024-05-20" },
    );
    expect(line.people.map((p) => p.name).sort()).toEqual([
      "Ekaterina Ivanova",
      "Ivan Petrov",
      "Korolev",
      "Mikhail Smirnov",
    ]);
    expect(line.people.find((p) => p.name === "Korolev")).toMatchObject({
      institution: "Saint Petersburg State University",
      aliases: ["科罗廖夫"],
    });
  });

  test("a transcribed name with the surname first prints the given name first; an initial joins the full name", () => {
    const { line } = extract("彼得罗娃·玛丽娜教授作了报告。随后，玛·彼得罗娃回答了提问。", { language: "zh" });
    expect(line.people).toEqual([expect.objectContaining({ name: "Marina Petrova" })]);
  });

  test("at a Chinese organization, a name after a role is read in pinyin even in the table's characters", () => {
    const { line } = extract("清华大学副校长马克表示欢迎。", { language: "zh" });
    expect(line.people.map((p) => p.name)).toEqual(["Ma Ke"]);
  });

  test("a name from the bulk list inside a longer name, and an eponym after 'named after', resolve to the whole name", () => {
    const { line } = extract(
      "Kazakh National University named after al-Farabi and Lanzhou University will launch a double-degree programme.",
      { published: "2024-05-16" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Al-Farabi Kazakh National University",
      "Lanzhou University",
    ]);
  });

  test("a known name but its two-word city is that organization", () => {
    const { line } = extract("Peter the Great Polytechnic University hosted the forum.", { published: "2024-05-16" });
    expect(line.institutions).toEqual([
      expect.objectContaining({ name: "Peter the Great St. Petersburg Polytechnic University", country: "RU" }),
    ]);
  });

  test("'the two universities' right after a sentence naming two are those two; an appositive names a role", () => {
    const { line } = extract(
      [
        "Fudan University and the University of Tartu signed a memorandum. Fudan University will host Tartu students.",
        "The rector of Kazan Federal University, Lenar Safin, received a delegation from Xi'an Jiaotong University.",
        "The two universities agreed to set up a joint laboratory.",
      ].join("\n\n"),
      { published: "2024-05-16" },
    );
    expect(line.partnerships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          parties: ["Kazan Federal University", "Xi'an Jiaotong University"],
          kind: "joint-lab",
        }),
      ]),
    );
    expect(line.people).toEqual([
      expect.objectContaining({ name: "Lenar Safin", role: "Rector", institution: "Kazan Federal University" }),
    ]);
  });

  test("Russian: fields by the longest stem of each word, a signed document is an agreement, roles before names in English", () => {
    const { line } = extract(
      [
        "Новосибирский государственный университет и Шанхайский университет обсудили сотрудничество в сфере искусственного интеллекта и химии по направлению «Информатика».",
        "Документ подписали ректор ДВФУ Борис Коробец и президент Даляньского политехнического университета Гун Цихуан.",
      ].join("\n\n"),
      { language: "ru", published: "2023-04-12" },
    );
    const talks = line.partnerships.find((p) => p.parties.includes("Shanghai University"));
    expect(talks?.fields.sort()).toEqual(["artificial intelligence", "chemistry", "computer science and it"]);
    expect(line.partnerships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          parties: ["Dalian Polytechnic University", "Far Eastern Federal University"],
          kind: "agreement",
          status: "signed",
        }),
      ]),
    );
    expect(line.people).toEqual([
      expect.objectContaining({
        name: "Boris Korobets",
        role: "Rector",
        institution: "Far Eastern Federal University",
      }),
      expect.objectContaining({
        name: "Gong Qihuang",
        role: "President",
        institution: "Dalian Polytechnic University",
      }),
    ]);
  });

  test("Chinese: less common surnames are read too", () => {
    const { line } = extract("吉林大学党委书记姜治莹会见了莫斯科国立大学代表团。", {
      language: "zh",
      published: "2023-10-08",
    });
    expect(line.people).toEqual([expect.objectContaining({ name: "Jiang Zhiying", institution: "Jilin University" })]);
  });

  test("a wire dateline is no person; 'the two institutes' are the story's pair; an academic year is its first year", () => {
    const { line } = extract(
      [
        "NEW DELHI, Nov 3 (PTI) - The Indian Institute of Science and Skolkovo Institute of Science and Technology signed an agreement.",
        "Under the pact, the two institutes will exchange students.",
        "Xinjiang University and Lanzhou University will launch a joint master's programme from the 2023 academic year.",
      ].join("\n\n"),
      { published: "2022-11-03" },
    );
    expect(line.people).toEqual([]);
    expect(line.partnerships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          parties: ["Indian Institute of Science", "Skolkovo Institute of Science and Technology"],
          kind: "exchange",
        }),
        expect.objectContaining({
          parties: ["Lanzhou University", "Xinjiang University"],
          kind: "joint-program",
          date: "2023",
        }),
      ]),
    );
  });

  test("a person named right after a unit's name is not part of it; a given name inside a name stays", () => {
    const { line } = extract(
      [
        "A delegation of Ural Mining University led by Director of the Institute of Geophysics Pavel Orlov visited Qinghai Normal University.",
        "Students of the College of William and Mary and the University of Victoria joined them.",
      ].join("\n\n"),
      { published: "2023-05-02" },
    );
    const names = line.institutions.map((o) => o.name);
    expect(names).toContain("Institute of Geophysics");
    expect(names).not.toContain("Institute of Geophysics Pavel Orlov");
    expect(names).toEqual(expect.arrayContaining(["College of William and Mary", "University of Victoria"]));
    expect(line.people).toEqual([
      expect.objectContaining({ name: "Pavel Orlov", role: expect.stringMatching(/Director/) }),
    ]);
  });
});

describe("extractDocument: a unit named after 'the university's'", () => {
  test("is a unit of the organization named last before it, not of the visitors", () => {
    const { line } = extract(
      "Ural Federal University and Jilin University agreed to launch a joint programme. The UrFU delegation also visited the university's College of Chemistry, where they met Dean Yu Jihong.",
      { published: "2024-10-17" },
    );
    expect(line.institutions.find((o) => o.name === "College of Chemistry")).toMatchObject({
      kind: "unit",
      country: "CN",
    });
    for (const p of line.partnerships) expect(p.parties).not.toContain("College of Chemistry");
  });
});

describe("extractDocument: one happening told twice", () => {
  test("a headline and its dated paragraph are one event, with the evidence of both", () => {
    const { facts } = extract(
      "Delegation of Tomsk Polytechnic University visits Harbin Engineering University\n\nOn 27 November a delegation of Tomsk Polytechnic University visited Harbin Engineering University. Harbin Engineering University hosted the delegation of Tomsk Polytechnic University in its museum.",
      { published: "2024-11-29" },
    );
    const visits = facts.events.filter((e) => e.kind === "visit");
    expect(visits).toHaveLength(1);
    expect(visits[0]?.date).toEqual({ precision: "day", value: "2024-11-27" });
    expect(visits[0]?.evidence).toHaveLength(3);
  });

  test("an undated event naming both parties takes the date of the one dated telling that names one", () => {
    const { facts } = extract(
      "Tsinghua University and NUST MISIS signed an agreement on a joint master's programme. The document was signed on 29 March in Beijing in the presence of the NUST MISIS rector.",
      { published: "2024-04-02" },
    );
    const signings = facts.events.filter((e) => e.kind === "signing");
    expect(signings).toHaveLength(1);
    expect(signings[0]?.date).toEqual({ precision: "day", value: "2024-03-29" });
    expect(signings[0]?.organizations).toHaveLength(2);
    expect(signings[0]?.id).toContain("2024-03-29");
  });

  test("an undated mention beside two dated events of its kind stays on its own", () => {
    const { facts } = extract(
      "Tomsk Polytechnic University and Harbin Engineering University signed an agreement. On 3 May 2021 Tomsk Polytechnic University and Harbin Engineering University signed a memorandum. On 9 June 2023 Tomsk Polytechnic University and Harbin Engineering University signed a second agreement.",
      { published: "2024-11-29" },
    );
    expect(
      facts.events.filter((e) => e.kind === "signing").map((e) => (e.date && "value" in e.date ? e.date.value : null)),
    ).toEqual(expect.arrayContaining([null, "2021-05-03", "2023-06-09"]));
  });
});

describe("extractDocument: talk of starting something, binational centres, numbered meetings", () => {
  test("the guests talk with their hosts, and the prospects of opening something are talk of it, not its opening", () => {
    const en = extract(
      "A delegation of Harbin Engineering University visited Novosibirsk State Technical University. The guests discussed with the university leadership the prospects of opening a joint institute.",
      { published: "2024-05-20" },
    );
    expect(en.line.partnerships).toEqual([
      expect.objectContaining({
        parties: ["Harbin Engineering University", "Novosibirsk State Technical University"],
        kind: "joint-institute",
        status: "discussed",
      }),
    ]);
    const ru = extract(
      "В Новосибирском государственном техническом университете состоялась встреча с представителями Харбинского инженерного университета. Гости обсудили с руководством вуза перспективы открытия совместного института.",
      { language: "ru", published: "2024-05-20" },
    );
    expect(ru.line.partnerships).toEqual([expect.objectContaining({ kind: "joint-institute", status: "discussed" })]);
  });

  test("a programme the sides discussed launching is discussed; a Russian-Chinese centre is a joint institute", () => {
    const { line } = extract(
      "Rector of Tomsk State University visited Lanzhou University. The two universities discussed launching a double-degree master's program in ecology. The two universities also opened a Russian-Chinese Center for Arid Zone Studies.",
      { published: "2025-04-09" },
    );
    expect(line.partnerships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "joint-program", status: "discussed" }),
        expect.objectContaining({ kind: "joint-institute", status: "launched" }),
      ]),
    );
  });

  test("a Sino-Russian institute the partners run is a joint institute without a verb of founding", () => {
    const { line } = extract(
      "Tomsk State University and Lanzhou University reviewed the work of their Sino-Russian Institute of Ecology.",
    );
    expect(line.partnerships).toEqual([expect.objectContaining({ kind: "joint-institute" })]);
  });

  test("обсудили открытие центра is discussed", () => {
    const { line } = extract(
      "Ректор Санкт-Петербургского государственного университета и вице-президент Фуданьского университета обсудили открытие совместного исследовательского центра.",
      { language: "ru" },
    );
    expect(line.partnerships).toEqual([expect.objectContaining({ kind: "joint-institute", status: "discussed" })]);
  });

  test("a numbered meeting is no organization", () => {
    const { line } = extract(
      "The 5th China-Russia University Rectors' Forum was held at Heilongjiang University on September 27.",
      { published: "2024-09-30" },
    );
    expect(line.institutions.map((o) => o.name)).toEqual(["Heilongjiang University"]);
  });

  test("a Russian woman's name in the genitive is printed in the nominative", () => {
    const { line } = extract("Документ подписан в присутствии ректора НИТУ МИСИС Алевтины Черниковой.", {
      language: "ru",
    });
    expect(line.people.map((p) => p.name)).toEqual(["Alevtina Chernikova"]);
  });
});

describe("extractDocument: short forms the text does not define", () => {
  test("an acronym of an organization's initials, and its name without its city, are that organization", () => {
    const { line } = extract(
      "St. Petersburg Mining University and China University of Petroleum (Beijing) signed a memorandum. It was signed by Mining University Rector Vladimir Litvinenko and CUP President Zhang Laibin.",
      { published: "2024-06-26" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "China University of Petroleum, Beijing",
      "Saint Petersburg Mining University",
    ]);
    expect(line.people.map((p) => [p.name, p.institution])).toEqual(
      expect.arrayContaining([
        ["Vladimir Litvinenko", "Saint Petersburg Mining University"],
        ["Zhang Laibin", "China University of Petroleum, Beijing"],
      ]),
    );
  });

  test("'the' and some words of an organization named before are that organization", () => {
    const { line } = extract(
      "Tobolsk Agrarian National University expands its partnership with Shanxi Polytechnic University. Shanxi Polytechnic University opened its branch at the Tobolsk University last year.",
      { published: "2024-06-26" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Shanxi Polytechnic University",
      "Tobolsk Agrarian National University",
    ]);
  });

  test("a meeting named after a university is neither an organization nor a person", () => {
    const { line } = extract(
      "The signing ceremony was held at the first China-Kazakhstan University Rector's Cooperation Dialogue in Guiyang on July 27. Guizhou University signed with Kazakh National Agrarian Research University.",
      { published: "2024-07-29" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Guizhou University",
      "Kazakh National Agrarian Research University",
    ]);
    expect(line.people).toEqual([]);
  });

  test("a headline's partnership told again with its date is one partnership", () => {
    const { line } = extract(
      "Al-Farabi Kazakh National University and Xi'an Jiaotong University open joint research centre\n\nAl-Farabi Kazakh National University and Xi'an Jiaotong University opened a joint research centre in Almaty on March 11.",
      { published: "2024-03-12" },
    );
    expect(line.partnerships).toEqual([expect.objectContaining({ kind: "joint-lab", date: "2024-03-11" })]);
  });

  test("a branch campus two universities set up together (合作设立…分校) is a joint institute", () => {
    const { line } = extract("白俄罗斯国立大学与大连海事大学合作设立的白俄罗斯国立大学大连分校已于2023年获批。", {
      language: "zh",
      published: "2024-12-18",
    });
    expect(line.partnerships).toEqual([expect.objectContaining({ kind: "joint-institute", date: "2023" })]);
  });
});

describe("extractDocument: talks beside a partnership", () => {
  test("a visit during which the pair signs an agreement is that agreement and a visit event, not a second partnership", () => {
    const { facts, line } = extract(
      "A delegation of Tomsk State University visited Sichuan University on May 5 and discussed cooperation. The two universities signed a cooperation agreement.",
      { published: "2022-05-06" },
    );
    expect(line.partnerships.map((p) => p.kind)).toEqual(["agreement"]);
    expect(facts.events.map((e) => e.kind)).toContain("visit");
  });
});

describe("extractDocument: short forms written as words", () => {
  test("a listed short form that is a word, not capitals ('Skoltech'), names its organization", () => {
    const { line } = extract("Skoltech President Alexander Kuleshov visited Tsinghua University.");
    expect(line.people).toEqual([
      expect.objectContaining({
        name: "Alexander Kuleshov",
        institution: "Skolkovo Institute of Science and Technology",
      }),
    ]);
  });
});

describe("extractDocument: a country's ministries, embassies and government", () => {
  test("named by the country's word, as the text writes them", () => {
    const { line } = extract(
      "China's Education Ministry approved the programme. The Chinese embassy in Russia hosted a reception, with key support from the Russian Federation government.",
    );
    const byAlias = (alias: string) => line.institutions.find((o) => o.aliases.includes(alias));
    expect(byAlias("China's Education Ministry")).toMatchObject({ kind: "government", country: "CN" });
    // An embassy is where it is, as the gazetteer's entry for this one has it.
    expect(byAlias("Chinese embassy in Russia")).toMatchObject({
      name: "Embassy of the People's Republic of China in the Russian Federation",
      country: "RU",
    });
    expect(byAlias("Russian Federation government")).toMatchObject({
      name: "Government of the Russian Federation",
      country: "RU",
    });
  });

  test("a ministry is a party to what it signs, not to a programme it praises", () => {
    const praised = extract(
      "Russia's Ministry of Education praised the joint programme of Tomsk State University and Sichuan University.",
    ).line;
    expect(praised.institutions.map((o) => o.kind)).toContain("government");
    expect(praised.partnerships.flatMap((p) => p.parties).sort()).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/Ministry/)]),
    );
    const signed = extract(
      "China's Ministry of Education and Russia's Ministry of Science and Higher Education signed an agreement on mutual recognition of degrees.",
    ).line;
    expect(signed.partnerships).toEqual([expect.objectContaining({ kind: "agreement" })]);
  });
});

describe("extractDocument: names with a lower-case part, roles joined by 'and'", () => {
  test("'Sun Yat-sen University' is found with its lower-case hyphenated word", () => {
    const { line } = extract("Representatives from Sun Yat-sen University attended the ceremony.");
    expect(line.institutions.map((o) => o.name)).toEqual(["Sun Yat-sen University"]);
  });

  test("a role joined by 'and' to a person of an organization, with none of its own, is at that organization", () => {
    const { line } = extract(
      "The guests met NSU Rector Mikhail Fedoruk and Vice-Rector for International Affairs Alexander Dudarev.",
    );
    expect(line.people.find((p) => p.name === "Alexander Dudarev")?.institution).toBe("Novosibirsk State University");
  });
});

describe("extractDocument: a university's own parts, the document signed", () => {
  test("'VNU's University of …' is a unit of VNU, whose acronym the text defines; its partnership is VNU's", () => {
    const { line } = extract(
      "Vietnam National University, Hanoi (VNU) and Tomsk State University met in Hanoi. Tomsk State University has cooperated with VNU's University of Social Sciences and Humanities since 2010.",
    );
    expect(line.institutions.find((o) => o.name === "University of Social Sciences and Humanities")).toMatchObject({
      kind: "unit",
      parent: expect.stringContaining("vietnam-national-university"),
    });
    expect(line.partnerships.flatMap((p) => p.parties)).not.toContain("University of Social Sciences and Humanities");
  });

  test("'the document was signed by …' after a memorandum of the same parties is that memorandum", () => {
    const { line } = extract(
      "Tomsk State University and Sichuan University signed a memorandum of understanding on Thursday. The document was signed by TSU Rector Eduard Galazhinsky and Sichuan University President Li Yanrong.",
      { published: "2024-03-22" },
    );
    expect(line.partnerships.map((p) => p.kind)).toEqual(["mou"]);
  });
});

describe("extractDocument: a city's bodies", () => {
  test("a municipal body is in the country of the place its sentence names, not the story's main country", () => {
    const { line } = extract(
      "Tomsk State University and Saint Petersburg State University sent a delegation to the new campus in Shenzhen, accompanied by officials of the Municipal Education Bureau.",
    );
    expect(line.institutions.find((o) => o.name.includes("Municipal Education Bureau"))).toMatchObject({
      name: "Municipal Education Bureau",
      country: "CN",
    });
  });
});

describe("extractDocument: what the parties agreed on", () => {
  test("'agreed on' a list is one agreement; 'reached agreements to expand' is an agreement talked of", () => {
    const signed = extract(
      "Rectors of Sichuan University and Tomsk State University met in Chengdu. The parties agreed on student exchanges, joint educational programmes and research projects.",
      { published: "2022-05-06" },
    ).line;
    expect(signed.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["agreement signed"]);
    const talked = extract(
      "Sichuan University and Tomsk State University reached agreements to expand cooperation and implement new research projects.",
    ).line;
    expect(talked.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["agreement discussed"]);
  });
});

describe("extractDocument in Russian and Chinese text", () => {
  test("a visit to several hosts pairs the visitor with each; a class of universities and a leading verb are no names", () => {
    const { line } = extract(
      "应俄罗斯秋明国立航海大学、萨拉托夫国立农业大学和别尔哥罗德国立工艺大学邀请，兰州理工大学校长率团访问俄罗斯。在秋明国立航海大学，双方签署了合作协议。秋明国立航海大学是俄罗斯顶尖研究型大学之一。",
      { language: "zh", published: "2024-11-12" },
    );
    const names = line.institutions.map((o) => o.name);
    expect(names.filter((n) => n.startsWith("应") || n.includes("顶尖"))).toEqual([]);
    expect(line.institutions.find((o) => o.name === "秋明国立航海大学")).toMatchObject({
      country: "RU",
      aliases: ["俄罗斯秋明国立航海大学"],
    });
    const countryOf = new Map(line.institutions.map((o) => [o.name, o.country]));
    expect(line.partnerships.length).toBeGreaterThanOrEqual(3);
    for (const p of line.partnerships) expect(p.parties.map((n) => countryOf.get(n)).sort()).toEqual(["CN", "RU"]);
  });

  test("a university's own name gives no field of cooperation", () => {
    const { line } = extract("北京交通大学与莫斯科国立交通大学签署合作协议。", { language: "zh" });
    expect(line.partnerships).toEqual([expect.objectContaining({ kind: "agreement", fields: [] })]);
  });

  test("an acronym, a country and a place after a role are no one's name; a hyphenated role is read whole", () => {
    const { line } = extract(
      "Ректор БГТУ Андрей Король и вице-президент Университета Цинхуа Ян Бинь подписали соглашение. Во встрече участвовал посол КНР в Республике Беларусь Се Сяоюн. Университеты договорились об обмене студентами.",
      { language: "ru", published: "2024-10-01" },
    );
    expect(line.people.map((p) => p.name).sort()).toEqual(["Andrey Korol", "Xie Xiaoyong", "Yang Bin"]);
    expect(line.people.find((p) => p.name === "Yang Bin")?.role).toBe("Vice President");
    expect(line.people.find((p) => p.name === "Xie Xiaoyong")?.role).toBe("Ambassador");
    expect(line.institutions.map((o) => o.name)).not.toContain("Университеты");
  });

  test("an embassy's name runs on over its country and city, and it is in the country it is in", () => {
    const { line } = extract("Посольство КНР в Республике Беларусь провело приём для студентов.", { language: "ru" });
    expect(line.institutions).toEqual([
      expect.objectContaining({ name: "Посольство КНР в Республике Беларусь", country: "BY", kind: "government" }),
    ]);
  });

  test("a name the gazetteer lacks is printed in the nominative, with the form in the text as an alias", () => {
    const { line } = extract("Делегация Цзинаньского морского технологического университета посетила Москву.", {
      language: "ru",
    });
    expect(line.institutions).toEqual([
      expect.objectContaining({
        name: "Цзинаньский морской технологический университет",
        aliases: ["Цзинаньского морского технологического университета"],
      }),
    ]);
  });

  test("a Russian name in Chinese text ends where a common word starts; a university run by three is no unit", () => {
    const { line } = extract(
      "5月15日，叶甫根尼·安东诺夫代表莫斯科国立大学出席仪式。深圳北理莫斯科大学是由莫斯科国立罗蒙诺索夫大学和北京理工大学三方合作举办的中外合作大学，于2016年签约创办。",
      { language: "zh", published: "2025-05-16" },
    );
    expect(line.people.map((p) => p.name)).toContain("Evgeny Antonov");
    expect(line.institutions.filter((o) => o.name.includes("合作举办"))).toEqual([]);
    expect(line.partnerships).toContainEqual(
      expect.objectContaining({
        kind: "joint-institute",
        status: "signed",
        date: "2016",
        parties: expect.arrayContaining(["Beijing Institute of Technology", "Lomonosov Moscow State University"]),
      }),
    );
  });

  test("talks held on topics (就…进行了深入交流) are discussed", () => {
    const { line } = extract("北京师范大学与圣彼得堡国立大学双方就俄语教学和学生交流等议题进行了深入交流。", {
      language: "zh",
    });
    expect(line.partnerships).toEqual([expect.objectContaining({ kind: "exchange", status: "discussed" })]);
  });

  test("a listed name that starts with its head takes no word before it; a university 'of China' is Chinese", () => {
    const { line } = extract(
      "18 июня в Пекине Университет ИТМО и Пекинский технологический институт продлили соглашение. Заседание прошло на базе Океанографического университета Китая.",
      { language: "ru", published: "2025-06-20" },
    );
    const names = line.institutions.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["ITMO University", "Beijing Institute of Technology"]));
    expect(names.filter((n) => n.startsWith("Пекин"))).toEqual([]);
    expect(line.institutions.find((o) => o.name === "Океанографический университет Китая")?.country).toBe("CN");
    expect(line.partnerships).toEqual([
      expect.objectContaining({ parties: ["Beijing Institute of Technology", "ITMO University"].sort() }),
    ]);
  });

  test("an association's name runs on over the members and countries it names", () => {
    const { line } = extract("Союз ректоров России и Ассоциация университетов России и Китая провели форум.", {
      language: "ru",
    });
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Ассоциация университетов России и Китая",
      "Союз ректоров России",
    ]);
  });

  test("a name the gazetteer lacks is found after a comma, a bracket or a quote, and with a compound adjective", () => {
    const { line } = extract(
      "В форуме участвовали ТПУ, Иркутский лесной университет и гости (Цзилиньского морского университета). Приехала делегация Юго-Западного аграрного университета (КНР).",
      { language: "ru", published: "2024-11-29" },
    );
    const names = line.institutions.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Иркутский лесной университет",
        "Цзилиньский морской университет",
        "Юго-Западный аграрный университет",
      ]),
    );
    expect(line.institutions.find((o) => o.name === "Юго-Западный аграрный университет")?.country).toBe("CN");
    const english = extract("Delegates of the Tobol Agrarian Institute (Kazakhstan) visited the campus.").line;
    expect(english.institutions).toEqual([
      expect.objectContaining({ name: "Tobol Agrarian Institute", country: "KZ" }),
    ]);
  });

  test("partner universities of Belarus and Kazakhstan by their Russian, Chinese and English names", () => {
    const ru = extract(
      "Томский политехнический университет и Белорусский государственный экономический университет подписали соглашение о сотрудничестве. В церемонии участвовали представители Гродненского государственного университета имени Янки Купалы и Казахского национального исследовательского технического университета имени К. И. Сатпаева.",
      { language: "ru", published: "2025-02-11" },
    ).line;
    const byName = new Map(ru.institutions.map((o) => [o.name, o]));
    expect(byName.get("Belarusian State Economic University")?.country).toBe("BY");
    expect(byName.get("Yanka Kupala State University of Grodno")?.country).toBe("BY");
    expect(byName.get("Satbayev University")?.country).toBe("KZ");
    expect(ru.partnerships).toEqual([
      expect.objectContaining({
        parties: expect.arrayContaining(["Tomsk Polytechnic University", "Belarusian State Economic University"]),
      }),
    ]);
    const zh = extract("哈尔滨工业大学与萨特巴耶夫大学签署合作协议。", {
      language: "zh",
      published: "2025-03-02",
    }).line;
    expect(zh.institutions.map((o) => [o.name, o.country])).toEqual(
      expect.arrayContaining([["Satbayev University", "KZ"]]),
    );
    const en = extract(
      "Delegations of Gomel State University and Kazakh-British Technical University (KBTU) visited Jilin University.",
    ).line;
    expect(en.institutions.map((o) => [o.name, o.country])).toEqual(
      expect.arrayContaining([
        ["Francisk Skorina Gomel State University", "BY"],
        ["Kazakh-British Technical University", "KZ"],
      ]),
    );
  });

  test("what a road map signed before provides for is planned; a name goes on over an adjective and its noun", () => {
    const { line } = extract(
      "17 октября состоялось подписание дорожной карты сотрудничества Новосибирского государственного технического университета с Хэйлунцзянским университетом. Со стороны НГТУ документ подписал ректор Анатолий Батаев. Дорожная карта предусматривает запуск программы двойных дипломов. Проекты поддержаны Национальным фондом естественных наук Китая.",
      { language: "ru", published: "2024-10-21" },
    );
    expect(line.partnerships).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "joint-program", status: "planned" })]),
    );
    expect(line.institutions.map((o) => o.name)).toContain("Национальный фонд естественных наук Китая");
  });

  test("a joint institute 'совместный с X', an agreement renewed beside a programme launched", () => {
    const ru = extract(
      "В Томском государственном университете открыт совместный с Сычуаньским университетом институт.",
      {
        language: "ru",
        published: "2023-04-20",
      },
    ).line;
    expect(ru.partnerships.map((p) => p.kind)).toEqual(["joint-institute"]);
    const centre = extract(
      "Университет ИТМО и Сычуаньский университет договорились о создании совместного научно-образовательного центра.",
      { language: "ru" },
    ).line;
    expect(centre.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-institute planned"]);
    // "совместно с … школой" (jointly with a school) is how the work is done, not a joint school.
    const adverb = extract(
      "Томский государственный университет и Сычуаньский университет откроют программу совместно с инженерной школой ТГУ.",
      { language: "ru" },
    ).line;
    expect(adverb.partnerships.map((p) => p.kind)).not.toContain("joint-institute");
    const zh = extract("今年上半年，复旦大学与圣彼得堡国立大学续签了校际合作协议，并启动了本科双学位项目。", {
      language: "zh",
      published: "2021-12-28",
    }).line;
    expect(zh.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`).sort()).toEqual([
      "agreement signed 2021",
      "joint-program launched 2021",
    ]);
  });

  test("a school of a language is of its university's country; an office is of the city it is in", () => {
    const zh = extract("大连外国语大学俄语学院院长出席了会议。", { language: "zh" }).line;
    expect(zh.institutions.find((o) => o.name.includes("俄语学院"))).toMatchObject({ country: "CN" });
    const en = extract("The Harbin Office of Tomsk State University opened on May 5.", {
      published: "2022-05-06",
    }).line;
    expect(en.institutions.find((o) => o.name.includes("Harbin Office"))).toMatchObject({ country: "CN" });
  });

  test("'ректор китайского вуза' is of the Chinese party; 'the two sides' sign for the pair; joint training", () => {
    const { line } = extract(
      "Томский политехнический университет и Сычуаньский университет договорились о сотрудничестве. Соглашение 8 июня подписали ректор ТПУ Дмитрий Седнев и ректор китайского вуза Ли Сяоцзюнь. С 2023 года вузы начнут совместную подготовку магистрантов.",
      { language: "ru", published: "2022-06-10" },
    );
    expect(line.people.find((p) => p.name === "Li Xiaojun")).toMatchObject({ institution: "Sichuan University" });
    expect(line.partnerships.map((p) => `${p.kind} ${p.date}`).sort()).toEqual(
      expect.arrayContaining(["agreement 2022-06-08", "joint-program 2023"]),
    );
  });

  test("'директор индийского института' is of the Indian party; an Indian name in Russian is of India", () => {
    const { line } = extract(
      "Томский государственный университет и Индийский технологический институт в Канпуре подписали меморандум. Документ подписали ректор ТГУ Эдуард Галажинский и директор индийского института Манинда Агравал.",
      { language: "ru", published: "2024-12-05" },
    );
    const indian = line.institutions.find((o) => o.country === "IN");
    expect(indian).toBeDefined();
    expect(line.people.find((p) => p.name.startsWith("Maninda"))?.institution).toBe(indian?.name);
  });

  test("what a signed memorandum says will be done is planned", () => {
    const { line } = extract("6月10日，浙江大学与白俄罗斯国立大学签署合作谅解备忘录，双方将开展联合研究。", {
      language: "zh",
      published: "2024-06-12",
    });
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "mou signed",
      "research-project planned",
    ]);
  });

  test("on a Chinese university's site a role with no organization named is the publisher's; 部长 of a department", () => {
    const { line } = extract(
      "5月13日，新西伯利亚国立技术大学代表团访问我校。校长韩杰才会见了代表团，国际合作部部长王玉梅参加会见。双方就联合培养博士研究生达成共识。",
      { language: "zh", published: "2024-05-15", url: "https://news.hit.edu.cn/2024/0515/page.htm" },
    );
    expect(line.people.find((p) => p.name === "Han Jiecai")).toMatchObject({
      institution: "Harbin Institute of Technology",
    });
    expect(line.people.find((p) => p.name === "Wang Yumei")?.role).toBe("Director");
    expect(line.partnerships.find((p) => p.kind === "joint-program")?.status).toBe("discussed");
  });

  test("on a Russian university's site a Russian with a university role and no organization named is its own", () => {
    const { line } = extract(
      "Sichuan University and HSE University signed an agreement. Welcoming the guests, Rector Nikita Anisimov thanked President Li Yanrong. Deputy Minister Konstantin Mogilevsky also spoke.",
      { url: "https://www.hse.ru/en/news/page.html", published: "2024-05-01" },
    );
    const of = (name: string) => line.people.find((p) => p.name === name)?.institution;
    expect(of("Nikita Anisimov")).toBe("HSE University");
    // Not the publisher's: a Chinese name, of the one Chinese university the story names.
    expect(of("Li Yanrong")).toBe("Sichuan University");
    expect(of("Konstantin Mogilevsky")).toBeNull();
  });

  test("with 我校 and no publisher known, two organizations of one country are not the story's pair", () => {
    const { line } = extract(
      "3月15日，托木斯克理工大学副校长一行来访我校。双方签署了两校合作框架协议。我校与乌拉尔联邦大学的合作也在推进。",
      { language: "zh", published: "2023-03-17" },
    );
    expect(line.partnerships).toEqual([]);
  });

  test("a short form written in the same case as a longer name before it is that organization", () => {
    const { line } = extract(
      "Соглашение с Шанхайским университетом финансов и экономики подписано в марте. Сотрудничество с Шанхайским университетом продолжится.",
      { language: "ru", published: "2024-04-01" },
    );
    expect(line.institutions).toHaveLength(1);
    expect(line.institutions[0]?.aliases).toContain("Шанхайским университетом");
  });

  test("an agreement signed beside a laboratory talked of: the agreement signed, the laboratory discussed", () => {
    const { line } = extract(
      "5 мая Новосибирский государственный университет и Цзилиньский университет подписали соглашение о подготовке кадров и обсудили создание совместной лаборатории.",
      { language: "ru", published: "2024-05-07" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "agreement signed",
      "joint-lab discussed",
    ]);
  });

  test("a double-degree agreement signed is an agreement and a programme; 伊丽娜 is Irina", () => {
    const { line } = extract(
      "4月2日，南京大学与喀山联邦大学签署双学位合作协议。喀山联邦大学副校长伊丽娜·沃罗诺娃出席。",
      {
        language: "zh",
        published: "2024-04-03",
      },
    );
    expect(line.partnerships.map((p) => p.kind).sort()).toEqual(["agreement", "joint-program"]);
    expect(line.people.map((p) => p.name)).toContain("Irina Voronova");
  });

  test("a signed roadmap is an agreement; a noun before 'Ассоциации' is not part of a name", () => {
    const roadmap = extract(
      "Томский государственный университет и Уханьский университет подписали дорожную карту сотрудничества.",
      {
        language: "ru",
        published: "2024-02-01",
      },
    ).line;
    expect(roadmap.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["agreement signed"]);
    const member = extract("Сибирский федеральный университет стал членом Ассоциации сибирских университетов.", {
      language: "ru",
      published: "2024-02-01",
    }).line;
    expect(member.institutions.map((o) => o.name).join("; ")).not.toMatch(/член/i);
  });

  test("opening a campus of two universities in Russian, or building a college in Chinese, is a joint institute", () => {
    const ru = extract(
      "В Цзинане состоялось открытие совместного кампуса Санкт-Петербургского государственного университета и Шаньдунского университета.",
      { language: "ru", published: "2024-09-02" },
    ).line;
    expect(ru.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-institute launched"]);
    const zh = extract("山东大学与圣彼得堡国立大学共建中俄学院。", { language: "zh", published: "2024-09-02" }).line;
    expect(zh.partnerships.map((p) => p.kind)).toEqual(["joint-institute"]);
  });

  test("a Russian name in an oblique case is printed in the nominative; 'заместителя министра' is a deputy", () => {
    const { line } = extract(
      "На форуме выступил заместитель директора Томского государственного университета Иван Сидоров. Встречу провела проректор ТГУ по науке Ирина Кузнецова. Присутствовал статс-секретарь, а также заместителя министра просвещения Дмитрия Соколова проводили аплодисментами.",
      { language: "ru", published: "2024-03-01" },
    );
    const names = line.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Ivan Sidorov", "Irina Kuznetsova", "Dmitriy Sokolov"]));
    expect(line.people.find((p) => p.name === "Dmitriy Sokolov")?.role).toBe("Deputy Minister");
    expect(line.people.find((p) => p.name === "Ivan Sidorov")?.role).toBe("Deputy Director");
  });

  test("an acronym made of the capitals of a Russian name named in full is that organization, not a listed one", () => {
    const { line } = extract(
      "Таразский государственный университет и Цзилиньский университет подписали соглашение. Ректор ТГУ Ольга Петрова отметила важность документа.",
      { language: "ru", published: "2024-03-01" },
    );
    const taraz = line.institutions.find((o) => o.name.startsWith("Таразск"));
    expect(taraz?.aliases).toContain("ТГУ");
    expect(line.people.find((p) => p.name === "Olga Petrova")?.institution).toBe(taraz?.name);
  });

  test("a memorandum signed in a sentence naming no party is of the parties of the talks just before", () => {
    const { line } = extract(
      "12 мая ректор Уральского федерального университета встретился с делегацией Уханьского университета. Стороны обсудили развитие академической мобильности.\n\nПо итогам встречи подписан меморандум о сотрудничестве.",
      { language: "ru", published: "2024-05-14" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual(["exchange discussed", "mou signed"]);
    const en = extract(
      "Peking University and Novosibirsk State University discussed joint research on May 3. A memorandum of understanding was signed after the talks.",
      { published: "2024-05-05" },
    ).line;
    expect(en.partnerships.find((p) => p.kind === "mou")).toMatchObject({ status: "signed", date: "2024-05-03" });
  });

  test("a consortium made for joint training is an alliance of its members besides the programme", () => {
    const { line } = extract(
      "Казанский федеральный университет, Томский государственный университет и Сычуаньский университет договорились о создании консорциума для совместной подготовки химиков.",
      { language: "ru", published: "2024-05-14" },
    );
    const alliance = line.partnerships.find((p) => p.kind === "alliance");
    expect(alliance?.parties).toHaveLength(3);
    expect(line.partnerships.map((p) => p.kind)).toContain("joint-program");
  });

  test("'реализуется вузами' stands for the story's two universities; an internship is an exchange", () => {
    const { line } = extract(
      "Студенты Сибирского федерального университета прошли стажировку в Хэйлунцзянском университете. Программа обмена реализуется вузами с 2018 года.",
      { language: "ru", published: "2024-05-14" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.date}`)).toEqual(["exchange 2018"]);
  });

  test("a university's one-word short name before a role is that university ('Fudan Vice President Name')", () => {
    const { line } = extract(
      "Fudan University and Kazan Federal University met on May 2. The talks were led by KFU Rector Lenar Safin and Fudan Vice President Chen Zhimin.",
      { published: "2024-05-05" },
    );
    expect(line.people.find((p) => p.name === "Chen Zhimin")?.institution).toBe("Fudan University");
  });

  test("a memorandum 'signed in 2021' beside one of the story's pair is the pair's; 'opens … research centre' is a joint lab", () => {
    const { line } = extract(
      "Tomsk State University opens research centre with Zhejiang University. Tomsk State University and Zhejiang University opened a joint research centre on May 3. The TSU rector said the centre builds on a memorandum signed in 2020.",
      { published: "2024-05-05" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`).sort()).toEqual([
      "joint-lab launched 2024-05-03",
      "mou signed 2020",
    ]);
  });

  test("'agreed last week to launch' and a headline's 'to launch' are planned; exchanged staff is an exchange", () => {
    const { line } = extract(
      "Jilin University and Ural Federal University to launch joint master's programme. The two universities agreed last week to launch a joint master's programme. The two universities first exchanged teaching staff in 2019.",
      { published: "2024-05-05" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "exchange ongoing",
      "joint-program planned",
    ]);
  });

  test("'Reporting by' and 'editing by' credit lines are not people; an alliance named after another head is an association", () => {
    const { line } = extract(
      "Sichuan University has joined the University Alliance of the Silk Road.\n\nReporting by Maria Ivanova; editing by Peter Jones.",
      { published: "2024-05-05" },
    );
    expect(line.people).toEqual([]);
    expect(line.institutions.find((o) => o.name.includes("Alliance"))?.kind).toBe("association");
  });

  test("a sentence whose clauses each name their own pair is read clause by clause; 意向书 is a memorandum", () => {
    const { line } = extract(
      "会议期间，吉林大学与俄罗斯喀山联邦大学续签了合作协议，大连理工大学与俄罗斯托木斯克理工大学签署了联合办学意向书。",
      { language: "zh", published: "2024-11-20" },
    );
    const pairs = line.partnerships.map((p) => `${p.parties.slice().sort().join(" + ")}: ${p.kind}`).sort();
    expect(pairs).toEqual([
      "Dalian University of Technology + Tomsk Polytechnic University: joint-program",
      "Dalian University of Technology + Tomsk Polytechnic University: mou",
      "Jilin University + Kazan Federal University: agreement",
    ]);
  });

  test("each party of a centre takes the kinds written just before its name", () => {
    const { line } = extract(
      "Jilin University signed a framework agreement with Tomsk State University, a memorandum of understanding with Ural Federal University, and a student exchange agreement with Kazan Federal University.",
      { published: "2024-05-05" },
    );
    const kinds = (name: string) =>
      line.partnerships
        .filter((p) => p.parties.includes(name))
        .map((p) => p.kind)
        .sort();
    expect(kinds("Tomsk State University")).toEqual(["agreement"]);
    expect(kinds("Ural Federal University")).toEqual(["mou"]);
    expect(kinds("Kazan Federal University")).toEqual(["agreement", "exchange"]);
    // A party after "and" takes the words of the one before it.
    const listed = extract(
      "Tsinghua University signed agreements with Moscow State University and Saint Petersburg State University, and a memorandum with Tomsk Polytechnic University.",
      { published: "2024-06-10" },
    ).line.partnerships.map((p) => `${p.kind} ${p.parties.filter((x) => x !== "Tsinghua University").join()}`);
    expect(listed).toEqual([
      "agreement Lomonosov Moscow State University",
      "agreement Saint Petersburg State University",
      "mou Tomsk Polytechnic University",
    ]);
  });

  test("a foreign envoy named in transcription after a country's role; 我校 and one named party is the story's pair", () => {
    const envoy = extract("白俄罗斯驻华大使鲁德出席开幕式。", { language: "zh", published: "2024-11-20" }).line;
    expect(envoy.people.map((p) => `${p.name} ${p.role}`)).toEqual(["Rud Ambassador"]);
    const { line } = extract("6月9日，我校与俄罗斯乌拉尔联邦大学举行合作协议签约仪式。吉林大学副校长王栋出席仪式。", {
      language: "zh",
      published: "2023-06-12",
    });
    expect(line.partnerships.map((p) => `${p.kind} ${p.parties.slice().sort().join(" + ")}`)).toEqual([
      "agreement Jilin University + Ural Federal University",
    ]);
  });

  test("a joint graduate school is a joint institute, not joint research; a long unknown name keeps its country word", () => {
    const { line } = extract(
      "由吉林大学与俄罗斯新西伯利亚国立大学共同建设的中俄联合研究生院迎来首批新生。吉林大学与俄罗斯沃罗涅日国立林业技术大学签署协议。",
      { language: "zh", published: "2022-09-05" },
    );
    expect(line.partnerships.map((p) => p.kind)).toContain("joint-institute");
    expect(line.partnerships.map((p) => p.kind)).not.toContain("research-project");
    expect(line.institutions.map((o) => o.name)).toContain("沃罗涅日国立林业技术大学");
  });

  test("roles of a body of the organization, roles joined by 'and', and the organization after a role and a comma", () => {
    const { line } = extract(
      "The Secretary of the Party Committee of Jilin University Zhang Wei met guests from Kazan Federal University. A delegation of Tomsk State University, led by Board Member and Vice-Rector Anna Orlova, arrived. Professor Ivan Petrov, director, Ural Federal University, spoke.",
      { published: "2024-05-05" },
    );
    const of = (name: string) => line.people.find((p) => p.name === name);
    expect(of("Zhang Wei")).toMatchObject({
      institution: "Jilin University",
      role: "Secretary of the Party Committee",
    });
    expect(of("Anna Orlova")).toMatchObject({ institution: "Tomsk State University" });
    expect(of("Ivan Petrov")).toMatchObject({ institution: "Ural Federal University" });
  });

  test("in a story of one Chinese and one Russian university, a role with no organization goes by the name's country", () => {
    const { line } = extract(
      "Jilin University hosted a delegation from Novosibirsk State University on May 3. Vice-Rector Kuznetsov and Deputy Dean Wang Haitao attended. Russian President Vladimir Putin sent greetings.",
      { published: "2024-05-05" },
    );
    const of = (name: string) => line.people.find((p) => p.name === name)?.institution;
    expect(of("Kuznetsov")).toBe("Novosibirsk State University");
    expect(of("Wang Haitao")).toBe("Jilin University");
    expect(of("Vladimir Putin")).toBeNull();
  });

  test("what the instrument just signed provides for is planned; a country in brackets is no acronym", () => {
    const { line } = extract(
      "Омский государственный университет подписал соглашение с Ляонинским университетом (КНР). Документ предусматривает совместную подготовку магистрантов и обмен преподавателями.",
      { language: "ru", published: "2024-05-05" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "agreement signed",
      "exchange planned",
      "joint-program planned",
    ]);
    expect(line.institutions.flatMap((o) => o.aliases)).not.toContain("КНР");
    const en = extract(
      "Jilin University and Kazan Federal University signed an agreement on May 3. The agreement provides for student exchanges and joint research.",
      { published: "2024-05-05" },
    ).line;
    expect(en.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "agreement signed",
      "exchange planned",
      "research-project planned",
    ]);
  });

  test("a transcribed given name with a character outside the table; 交换了意见 is talk, not an exchange", () => {
    const { line } = extract(
      "5月6日，俄罗斯联邦科学与高等教育部副部长康斯坦丁·伊万诺夫访问吉林大学。吉林大学与喀山联邦大学就共建联合研究中心深入交换了意见。",
      { language: "zh", published: "2024-05-08" },
    );
    expect(line.people.map((p) => p.name)).toContain("Konstantin Ivanov");
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-lab discussed"]);
  });

  test("a Chinese name headed by 联盟 is an association, not the university its name begins with", () => {
    const { line } = extract("吉林大学加入了中俄边境城市大学联盟。", { language: "zh", published: "2024-05-08" });
    expect(line.institutions.map((o) => `${o.name} ${o.kind}`)).toEqual([
      "Jilin University university",
      "中俄边境城市大学联盟 association",
    ]);
  });

  test("two universities inaugurating a body named for both countries is a joint institute between the two", () => {
    const { line } = extract(
      "Al-Farabi Kazakh National University and Jilin University inaugurated the Kazakh-Chinese Institute of Agronomy in Almaty on August 14.",
      { published: "2023-08-15" },
    );
    expect(line.institutions.map((o) => o.name)).toContain("Kazakh-Chinese Institute of Agronomy");
    expect(line.partnerships.map((p) => `${p.kind} ${p.parties.slice().sort().join(" + ")}`)).toEqual([
      "joint-institute Al-Farabi Kazakh National University + Jilin University",
    ]);
  });

  test("what a memorandum is signed to promote is planned, every kind of it", () => {
    const { line } = extract(
      "Jilin University and Kazan Federal University signed a memorandum of understanding to promote student exchange and joint research on May 3.",
      { published: "2024-05-05" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "exchange planned",
      "mou signed",
      "research-project planned",
    ]);
  });

  test("initials written together match a name listed with them apart", () => {
    const { line } = extract(
      "Делегация посетила Самарский национальный исследовательский университет имени академика С.П. Королёва.",
      { language: "ru", published: "2023-11-02" },
    );
    expect(line.institutions.map((o) => o.name)).toEqual(["Samara University"]);
  });

  test("yesterday, вчера and 昨天 are the day before a story's date, across a month or a year, and no date in an undated story", () => {
    const ru = "Вчера Томский политехнический университет и Цзилиньский университет подписали соглашение.";
    expect(extract(ru, { language: "ru", published: "2023-11-02" }).line.partnerships[0]?.date).toBe("2023-11-01");
    const zh = "昨天，吉林大学与托木斯克理工大学签署了合作协议。";
    expect(extract(zh, { language: "zh", published: "2024-03-01" }).line.partnerships[0]?.date).toBe("2024-02-29");
    const en = "Yesterday Jilin University and Tomsk Polytechnic University signed an agreement.";
    expect(extract(en, { published: "2024-01-01" }).line.partnerships[0]?.date).toBe("2023-12-31");
    const { facts } = extract(ru, { language: "ru" });
    expect(facts.partnerships.map((p) => p.date)).toEqual([null]);
  });

  test("a memorandum renewed is signed; what the sentence only agreed on beside it is discussed", () => {
    const { line } = extract("双方就联合研究和学生交流达成共识，吉林大学与新西伯利亚国立大学续签了合作备忘录。", {
      language: "zh",
      published: "2021-12-03",
    });
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "exchange discussed",
      "mou signed",
      "research-project discussed",
    ]);
  });

  test("a Chinese name declined in Russian whose surname ends like an adjective", () => {
    const { line } = extract(
      "Томский политехнический университет посетила делегация Цзилиньского университета во главе с вице-президентом Чжаном Вэем.",
      { language: "ru", published: "2023-11-02" },
    );
    expect(line.people.map((p) => p.name)).toEqual(["Zhang Wei"]);
  });

  test("'have agreed to launch' is planned; 'have launched' is not", () => {
    const planned = extract(
      "Tomsk State University and Jilin University have agreed to launch a joint master's programme in chemistry.",
      { published: "2023-03-15" },
    );
    expect(planned.line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-program planned"]);
    const launched = extract(
      "Tomsk State University and Jilin University have launched a joint master's programme in chemistry.",
      { published: "2023-03-15" },
    );
    expect(launched.line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-program launched"]);
  });

  test("transcribed names with 山, 连 and 钦科 read whole ('亚历山德罗夫', '叶连娜', '伊万钦科'), more given names", () => {
    const { line } = extract(
      "吉林大学副校长王军会见了喀山联邦大学副校长亚历山大·亚历山德罗夫、国际处处长叶连娜·鲍里索娃、教授谢尔盖·伊万钦科、丹尼尔·别洛乌索夫和克谢尼娅·伊万诺娃。",
      { language: "zh", published: "2022-11-15" },
    );
    expect(line.people.map((p) => p.name).sort()).toEqual([
      "Aleksandr Aleksandrov",
      "Daniil Belousov",
      "Elena Borisova",
      "Ksenia Ivanova",
      "Sergey Ivanchenko",
      "Wang Jun",
    ]);
  });

  test("a university named as the framework of the pair's cooperation is not a party; a verb is not part of a name", () => {
    const { line } = extract(
      "北京理工大学与莫斯科国立鲍曼技术大学举行会谈。双方回顾了两校在深圳北理莫斯科大学框架下的合作，并就筹建中俄联合研究院进行了商讨。",
      { language: "zh", published: "2023-06-20" },
    );
    expect(line.institutions.map((o) => o.name)).toContain("中俄联合研究院");
    const pairs = new Set(line.partnerships.map((p) => p.parties.slice().sort().join(" + ")));
    expect([...pairs]).toEqual(["Bauman Moscow State Technical University + Beijing Institute of Technology"]);
  });

  test("a consortium founded in one sentence is an alliance of the members the next one lists", () => {
    const { line } = extract(
      "Six universities established the Sino-Russian Consortium of Polar Studies in Tomsk on August 30. Founding members include Tomsk State University, Saint Petersburg State University, Harbin Engineering University and Tongji University.",
      { published: "2019-09-02" },
    );
    expect(line.partnerships.map((p) => [p.kind, p.status, p.date, p.parties.length])).toEqual([
      ["alliance", "launched", "2019-08-30", 4],
    ]);
  });

  test("'looks forward to launching' is planned", () => {
    const { line } = extract(
      "Tomsk State University looks forward to launching a joint PhD programme in physics with Jilin University.",
      { published: "2023-05-16" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-program planned"]);
  });

  test("扩大学生 is no 大学; a day alone (5日) is of the story's month; 双硕士学位 is a joint programme; 互换 an exchange", () => {
    const { line } = extract(
      "吉林大学与喀山联邦大学5日签署协议，决定联合开设化学双硕士学位项目。双方将在化学领域扩大学生和教师交流。两校自1996年起开展学生互换。",
      { language: "zh", published: "2024-03-06" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual(["Jilin University", "Kazan Federal University"]);
    expect(line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`).sort()).toEqual([
      "agreement signed 2024-03-05",
      "exchange ongoing 1996",
      "exchange planned 2024-03-05",
      "joint-program planned 2024-03-05",
    ]);
  });

  test("a listed name with a comma in it, and its hyphenated acronym, are one organization", () => {
    const { line } = extract(
      "Tomsk State University and the Chinese University of Hong Kong, Shenzhen (CUHK-Shenzhen) have signed an agreement to offer a joint master's programme. It was signed by President of CUHK-Shenzhen Xu Yangsheng.",
      { published: "2021-11-22" },
    );
    expect(line.institutions.map((o) => `${o.name} ${o.country}`).sort()).toEqual([
      "The Chinese University of Hong Kong, Shenzhen CN",
      "Tomsk State University RU",
    ]);
    expect(line.people.map((p) => `${p.name} @ ${p.institution}`)).toEqual([
      "Xu Yangsheng @ The Chinese University of Hong Kong, Shenzhen",
    ]);
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`).sort()).toEqual([
      "agreement signed",
      "joint-program planned",
    ]);
  });

  test("'им.' for 'имени' and initials together match a listed name", () => {
    const { line } = extract(
      "Делегация посетила Московский государственный технический университет им. Н.Э. Баумана и Казанский национальный исследовательский технический университет им. А.Н. Туполева-КАИ.",
      { language: "ru", published: "2022-04-08" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Bauman Moscow State Technical University",
      "Kazan National Research Technical University named after A. N. Tupolev",
    ]);
  });

  test("a Russian name with a patronymic, and a listed given name in a case that ends like an adjective", () => {
    const { line } = extract(
      "Делегацию Томского политехнического университета возглавил ректор Анатолий Александрович Батаев. Гости встретились с Ириной Ивановой.",
      { language: "ru", published: "2022-04-08" },
    );
    expect(line.people.map((p) => p.name).sort()).toEqual(["Anatoliy Bataev", "Irina Ivanova"]);
  });

  test("what an instrument signed without its parties named is on stands beside it", () => {
    const { line } = extract(
      "Делегация Томского политехнического университета посетила Хэйлунцзянский университет 12 сентября. В рамках визита было подписано соглашение о реализации сетевой образовательной программы магистратуры.",
      { language: "ru", published: "2023-09-15" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`).sort()).toEqual([
      "agreement signed 2023-09-12",
      "joint-program signed 2023-09-12",
    ]);
  });

  test("partners of one country listed in a story of two are each the partner of the other country's organization", () => {
    const pairs = (text: string, language: "en" | "ru") =>
      extract(text, { language, published: "2024-06-14" })
        .line.partnerships.filter((p) => p.kind === "other")
        .map((p) => `${p.status} ${p.parties.slice().sort().join(" + ")}`)
        .sort();
    expect(
      pairs(
        "Алтайский государственный университет подписал соглашение с Синьцзянским университетом. Среди его партнеров — Ланьчжоуский университет и Пекинский педагогический университет.",
        "ru",
      ),
    ).toEqual([
      "ongoing Altai State University + Beijing Normal University",
      "ongoing Altai State University + Lanzhou University",
    ]);
    expect(
      pairs(
        "Tomsk State University signed an agreement with Xinjiang University. Its partners include Lanzhou University and Beijing Normal University.",
        "en",
      ),
    ).toEqual([
      "ongoing Beijing Normal University + Tomsk State University",
      "ongoing Lanzhou University + Tomsk State University",
    ]);
  });

  test("'reached consensus on establishing' a centre is talk of it", () => {
    const { line } = extract(
      "Skoltech and Zhejiang University reached consensus on establishing a joint research centre in robotics.",
      { published: "2019-04-26" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-lab discussed"]);
  });

  test("a person 'from' an organization is of it; a university described as the joint one of two is not their party", () => {
    const { line } = extract(
      "The ministers discussed the work of the Shenzhen MSU-BIT University, a joint university of Lomonosov Moscow State University and Beijing Institute of Technology. The talk was given by Professor Zhang Yong from Beijing Institute of Technology.",
      { published: "2023-03-22" },
    );
    expect(line.people.map((p) => `${p.name} @ ${p.institution}`)).toEqual([
      "Zhang Yong @ Beijing Institute of Technology",
    ]);
    expect(line.partnerships.map((p) => p.parties.slice().sort().join(" + "))).toEqual([
      "Beijing Institute of Technology + Lomonosov Moscow State University",
    ]);
  });

  test("a Chinese university's name in Russian goes on with a transcribed word, not with its president's name", () => {
    const { line } = extract(
      "Уральский государственный экономический университет и Чжэцзянский университет Гунсян подписали меморандум. Со стороны УрГЭУ документ подписал ректор Яков Силин, с китайской стороны — президент университета Юй Цзянбо. Ректор Сычуаньского университета Ли Яньжун поздравил коллег.",
      { language: "ru", published: "2020-11-27" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Sichuan University",
      "Ural State University of Economics",
      "Чжэцзянский университет Гунсян",
    ]);
    expect(line.people.map((p) => `${p.name} @ ${p.institution}`).sort()).toEqual([
      "Li Yanrong @ Sichuan University",
      "Yakov Silin @ Ural State University of Economics",
      "Yu Jiangbo @ Чжэцзянский университет Гунсян",
    ]);
  });

  test("'agreed on Thursday to set up' is no agreement on content; a date after the story's does not date a signing", () => {
    const { line, facts } = extract(
      "Beijing Institute of Technology (BIT) and Moscow Institute of Physics and Technology (MIPT) agreed on Thursday to set up a joint center for quantum technologies. According to a memorandum signed by BIT President Long Teng and MIPT Rector Dmitry Livanov, the center will recruit doctoral students from 2024.",
      { published: "2023-07-14" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`).sort()).toEqual([
      "joint-institute planned 2023-07-13",
      "mou signed 2023-07-13",
    ]);
    const eventDates = facts.events.map((e) =>
      e.date ? (e.date.precision === "range" ? e.date.start : e.date.value) : null,
    );
    expect(eventDates.length).toBeGreaterThan(0);
    expect(eventDates).not.toContain("2024");
  });

  test("a programme two universities run together (合作举办) is a joint programme; a Confucius Institute is theirs", () => {
    const programme = extract(
      "教育部正式批准长春理工大学与圣彼得堡国立信息技术、机械与光学大学合作举办的光电信息科学与工程专业本科教育项目。",
      { language: "zh", published: "2021-05-20" },
    );
    expect(programme.line.partnerships.map((p) => `${p.kind} ${p.status}`)).toEqual(["joint-program approved"]);
    const institute = extract(
      "11月4日，由伊尔库茨克国立大学与辽宁大学合作建设的孔子学院举行活动。伊尔库茨克国立大学校长阿尔古诺夫·叶戈尔·维亚切斯拉沃维奇致辞。",
      { language: "zh", published: "2019-11-06" },
    );
    expect(institute.line.partnerships.map((p) => `${p.kind} ${p.parties.slice().sort().join(" + ")}`)).toEqual([
      "joint-institute Irkutsk State University + Liaoning University",
    ]);
    expect(institute.line.people.map((p) => p.name)).toEqual(["Egor Argunov"]);
  });

  test("'signed between A and B, and between C and D' is two pairs; an Институт Конфуция made together is theirs", () => {
    const { line } = extract(
      "On September 5, agreements were signed between Far Eastern Federal University and Jilin University, and between Pacific National University and Heilongjiang University.",
      { published: "2023-09-08" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.parties.slice().sort().join(" + ")}`).sort()).toEqual([
      "agreement Far Eastern Federal University + Jilin University",
      "agreement Heilongjiang University + Pacific National University",
    ]);
    const ru = extract(
      "Институт Конфуция при Новосибирском государственном техническом университете, созданный совместно с Ляонинским университетом, отметил 10-летие.",
      { language: "ru", published: "2020-06-11" },
    );
    expect(ru.line.partnerships.map((p) => `${p.kind} ${p.parties.slice().sort().join(" + ")}`)).toEqual([
      "joint-institute Liaoning University + Novosibirsk State Technical University",
    ]);
  });

  test("a plan for cooperation signed by two ministries is an agreement", () => {
    const { line } = extract(
      "Russia's Ministry of Science and Higher Education and China's Ministry of Education signed a plan for cooperation in higher education in Beijing on May 16.",
      { published: "2024-05-17" },
    );
    expect(line.partnerships.map((p) => `${p.kind} ${p.status} ${p.date}`)).toEqual(["agreement signed 2024-05-16"]);
  });
});

describe("credit lines in Russian and Chinese", () => {
  test("'Фото:', 'Текст:' and '摄影：' lines credit people who are not participants", () => {
    const ru = extract(
      "Ректор Иркутского государственного университета Игорь Смирнов встретился с делегацией Шаньдунского университета.\nФото: Павел Орлов\nТекст: Мария Соколова",
      { language: "ru" },
    );
    expect(ru.line.people.map((p) => p.name)).toEqual(["Igor Smirnov"]);
    const zh = extract("山东大学校长李华会见了伊尔库茨克国立大学代表团。\n摄影：王刚", { language: "zh" });
    expect(zh.line.people.map((p) => p.name)).toEqual(["Li Hua"]);
  });
});

describe("talk, hopes and readiness", () => {
  test("'进行了深入交流' is talk, not an exchange; what was talked of beside a renewed agreement is discussed", () => {
    const { line } = extract(
      "5月9日，大连理工大学与伊尔库茨克国立大学就联合人才培养、科研合作进行了深入交流，并续签了校际合作协议。",
      { language: "zh", published: "2024-05-12" },
    );
    const facts = line.partnerships.map((p) => `${p.kind}/${p.status}`).sort();
    expect(facts).toEqual(["agreement/signed", "joint-program/discussed", "research-project/discussed"]);
  });

  test("hopes and readiness ('希望', '表示愿', 'expressed the hope to', 'готовы') are plans", () => {
    const zh = extract(
      "山东大学校长李华表示，希望两校开展联合研究。伊尔库茨克国立大学校长介绍了学校情况，表示愿与山东大学共建联合实验室。",
      { language: "zh" },
    );
    expect(zh.line.partnerships.map((p) => `${p.kind}/${p.status}`).sort()).toEqual([
      "joint-lab/planned",
      "research-project/planned",
    ]);
    const en = extract(
      "Irkutsk State University and Shandong University expressed the hope to launch a joint master's programme in geology.",
    );
    expect(en.line.partnerships).toEqual([expect.objectContaining({ kind: "joint-program", status: "planned" })]);
    const ru = extract(
      "Иркутский государственный университет и Шаньдунский университет готовы открыть совместную лабораторию.",
      { language: "ru" },
    );
    expect(ru.line.partnerships).toEqual([expect.objectContaining({ kind: "joint-lab", status: "planned" })]);
  });
});

describe("dates of plans", () => {
  test("a plan is not dated by a year long before the story that a sentence before it recalls", () => {
    const { line } = extract(
      "Irkutsk State University and Shandong University opened a joint master's programme on Monday. Their cooperation began with a memorandum signed in 2017. The two universities also plan to set up a joint laboratory of geology.",
      { published: "2025-05-20" },
    );
    expect(line.partnerships.find((p) => p.kind === "joint-lab")).toMatchObject({ status: "planned", date: null });
    expect(line.partnerships.find((p) => p.kind === "mou")).toMatchObject({ date: "2017" });
  });
});

describe("an alliance whose members follow", () => {
  test("an alliance founded in a sentence naming one university takes the members the next sentences list", () => {
    const { line } = extract(
      "Fifteen universities have founded the Baikal Universities Alliance, Irkutsk State University said on Tuesday. The founding meeting was held in Irkutsk. Its members include Shandong University, Jilin University, Buryat State University and Heilongjiang University.",
      { published: "2025-02-13" },
    );
    const alliance = line.partnerships.find((p) => p.kind === "alliance");
    expect(alliance?.parties).toEqual(
      expect.arrayContaining([
        "Shandong University",
        "Jilin University",
        "Buryat State University",
        "Heilongjiang University",
      ]),
    );
  });
});

describe("Chinese names by their shape", () => {
  test("a school joining two subjects with 与 is one unit of the university before it; '新加入联盟' is no name", () => {
    const { line } = extract(
      "代表团参观了伊尔库茨克国立大学数学与信息学院。会上，新加入联盟的山东大学签署了入盟协议。",
      { language: "zh" },
    );
    expect(line.institutions.find((o) => o.kind === "unit")).toMatchObject({ name: "数学与信息学院" });
    expect(line.institutions.map((o) => o.name)).not.toContain("新加入联盟");
  });
});

describe("more Russian, Chinese and English forms", () => {
  test("a listed Chinese name reordered after a country, and after a member's role in a body ('俄方主席单位')", () => {
    const { line } = extract(
      "6月10日，大连理工大学与俄罗斯莫斯科国立鲍曼技术大学共建的联合研究生院揭牌。联盟俄方主席单位莫斯科鲍曼国立技术大学校长出席。北京大学与俄罗斯国立托木斯克大学签署协议。",
      { language: "zh", published: "2025-06-12" },
    );
    expect(line.institutions.map((o) => o.name).sort()).toEqual([
      "Bauman Moscow State Technical University",
      "Dalian University of Technology",
      "Peking University",
      "Tomsk State University",
    ]);
  });

  test("a protocol of intent on creating a programme is a memorandum signed and the programme planned", () => {
    const { line } = extract(
      "Иркутский государственный университет и Шаньдунский университет подписали протокол о намерениях по созданию программы двойных дипломов.",
      { language: "ru", published: "2025-09-18" },
    );
    expect(line.partnerships.map((p) => `${p.kind}/${p.status}`).sort()).toEqual([
      "joint-program/planned",
      "mou/signed",
    ]);
  });

  test("'начали обучение' launches a programme; talk is dated by its day, not by the year of what it plans", () => {
    const started = extract(
      "Первые аспиранты начали обучение по совместной программе Иркутского государственного университета и Шаньдунского университета.",
      { language: "ru", published: "2024-04-03" },
    );
    expect(started.line.partnerships).toEqual([expect.objectContaining({ kind: "joint-program", status: "launched" })]);
    const talk = extract(
      "18 февраля ректор Иркутского государственного университета встретился с делегацией Шаньдунского университета. Стороны обсудили реализацию совместной магистерской программы и организацию конференции в 2026 году.",
      { language: "ru", published: "2025-02-20" },
    );
    expect(talk.line.partnerships.find((p) => p.kind === "joint-program")).toMatchObject({
      status: "discussed",
      date: "2025-02-18",
    });
  });

  test("'the two founding universities' are the story's pair; a date is read next to the verb of the status", () => {
    const { line } = extract(
      "Students graduated from the Baikal Joint Institute on Tuesday, the joint institute founded in 2018 by Irkutsk State University and Shandong University. Irkutsk State University said the two founding universities will open a joint laboratory next year.",
      { published: "2025-07-02" },
    );
    expect(line.partnerships.find((p) => p.kind === "joint-institute")).toMatchObject({ date: "2018" });
    expect(line.partnerships.find((p) => p.kind === "joint-lab")).toMatchObject({
      parties: ["Irkutsk State University", "Shandong University"],
      status: "planned",
    });
  });
});

describe("bodies opened, signings to come, names after a visit", () => {
  test("a centre the text alone names, inaugurated by two universities, is what they made; its name stops before 'in the … capital'", () => {
    const { line } = extract(
      "Irkutsk State University and Shandong University on Tuesday inaugurated a Center for Baikal Studies in the Siberian city.",
      { published: "2025-01-22" },
    );
    expect(line.partnerships).toEqual([
      expect.objectContaining({
        parties: ["Irkutsk State University", "Shandong University"],
        kind: "joint-institute",
        status: "launched",
        date: "2025-01-21",
      }),
    ]);
    expect(line.institutions.map((o) => o.name)).toContain("Center for Baikal Studies");
  });

  test("a memorandum 'expected to be signed' is planned and takes no date from the sentences before", () => {
    const { line } = extract(
      "A delegation of Irkutsk State University visited Shandong University on November 12 to explore cooperation in geology. A memorandum of understanding is expected to be signed next year.",
      { published: "2024-11-14" },
    );
    expect(line.partnerships.find((p) => p.kind === "mou")).toMatchObject({ status: "planned", date: "2025" });
  });

  test("a name found by its shape starts after a verb of visiting, even when the scan began inside the verb", () => {
    const { line } = extract("12月16日，伊尔库茨克国立大学副校长一行访问天津职业技术师范大学，双方签署了合作协议。", {
      language: "zh",
    });
    expect(line.institutions.map((o) => o.name)).toContain("天津职业技术师范大学");
    expect(line.institutions.map((o) => o.name)).not.toContain("问天津职业技术师范大学");
  });
});

describe("anniversaries, academies, consuls and possessive short names", () => {
  test("a body celebrating its Nth anniversary was launched N years before the celebration", () => {
    const zh = extract("7月5日，新疆大学与阿里-法拉比国立大学共建的孔子学院举行成立十五周年庆祝活动。", {
      language: "zh",
      published: "2024-07-08",
    });
    expect(zh.line.partnerships.find((p) => p.kind === "joint-institute")).toMatchObject({
      status: "launched",
      date: "2009",
    });
    const ru = extract(
      "Совместный институт Иркутского государственного университета и Шаньдунского университета отметил 10-летие.",
      { language: "ru", published: "2020-06-11" },
    );
    expect(ru.line.partnerships).toEqual([
      expect.objectContaining({ kind: "joint-institute", status: "launched", date: "2010" }),
    ]);
    const en = extract(
      "Irkutsk State University and Shandong University celebrated the twentieth anniversary of their joint institute on June 3.",
      { published: "2025-06-05" },
    );
    expect(en.line.partnerships).toEqual([expect.objectContaining({ kind: "joint-institute", date: "2005" })]);
  });

  test("an academy's 院长 is its President; '联合开展研究' is joint research", () => {
    const { line } = extract("中国科学院院长侯建国与俄罗斯科学院签署协议，双方将在空间科学等领域联合开展研究。", {
      language: "zh",
    });
    expect(line.people).toEqual([expect.objectContaining({ name: "Hou Jianguo", role: "President" })]);
    expect(line.partnerships.map((p) => p.kind).sort()).toEqual(["agreement", "research-project"]);
    expect(line.partnerships.find((p) => p.kind === "research-project")?.fields).toEqual(["aerospace"]);
  });

  test("a consul is not of the university named before; a place after 'в' is no given name; 'Казанский университет' is KFU", () => {
    const { line } = extract(
      "В церемонии приняли участие президент Хуачжунского педагогического университета Пэн Шуанцзе и генеральный консул России в Ухане Павел Шаманин. Ректор Казанского университета Ленар Сафин выступил с речью.",
      { language: "ru" },
    );
    const consul = line.people.find((p) => p.name === "Pavel Shamanin");
    expect(consul?.role).toMatch(/Consul/);
    expect(consul?.institution ?? null).toBeNull();
    expect(line.people.map((p) => p.name)).not.toContain("Ukhane Pavel");
    expect(line.institutions.map((o) => o.name)).toContain("Kazan Federal University");
  });

  test("a university's one-word short name with a possessive is its unit's parent ('Fudan's School of Economics')", () => {
    const { line } = extract(
      "HSE University and Fudan University have launched a double degree programme. Students will spend a year at HSE in Moscow and a year at Fudan's School of Economics in Shanghai.",
    );
    expect(line.institutions.find((o) => o.kind === "unit")).toMatchObject({
      name: "School of Economics",
      parent: "org:fudan-university",
    });
  });
});

describe("what Russian instruments provide for, and joint work told in numbers", () => {
  test("'Соглашения предусматривают …' after agreements with several partners is planned with each of them", () => {
    const { line } = extract(
      "Иркутский государственный университет подписал соглашения о сотрудничестве с Шаньдунским университетом и Цзилиньским университетом. Соглашения предусматривают обмен студентами.",
      { language: "ru", published: "2024-10-25" },
    );
    const exchanges = line.partnerships.filter((p) => p.kind === "exchange");
    expect(exchanges).toHaveLength(2);
    expect(exchanges.every((p) => p.status === "planned")).toBe(true);
  });

  test("an agreement named long before 'было подписано'; 'Цинхуа' alone; joint papers and a semester abroad", () => {
    const { line } = extract(
      "Иркутский государственный университет и Университет Цинхуа подвели итоги сотрудничества. За это время студенты прошли включенное обучение, а ученые двух вузов опубликовали свыше 120 совместных статей. Соглашение о сотрудничестве между ИГУ и Цинхуа было подписано в апреле 2015 года.",
      { language: "ru", published: "2025-04-17" },
    );
    expect(line.partnerships.map((p) => p.kind).sort()).toEqual(["agreement", "exchange", "research-project"]);
    expect(line.partnerships.find((p) => p.kind === "agreement")).toMatchObject({ date: "2015-04" });
  });
});

describe("a first cohort", () => {
  test("a joint body welcoming its first students is launched (迎来首批, 'welcomed its first cohort')", () => {
    const zh = extract("9月6日，郑州大学与伊尔库茨克国立大学合作举办的中俄联合研究生院迎来首批68名硕士研究生。", {
      language: "zh",
      published: "2025-09-09",
    });
    expect(zh.line.partnerships).toEqual([
      expect.objectContaining({ kind: "joint-institute", status: "launched", date: "2025-09-06" }),
    ]);
    const en = extract(
      "The joint institute of Irkutsk State University and Shandong University welcomed its first cohort of 40 students.",
    );
    expect(en.line.partnerships).toEqual([expect.objectContaining({ kind: "joint-institute", status: "launched" })]);
  });
});

describe("alliances the pair talks of joining, generic partners, people 'of' a two-word acronym", () => {
  test("'the parties discussed joining the X Network University' is an alliance of the story's pair", () => {
    const { line } = extract(
      "Irkutsk State University and Shandong University signed an agreement. The parties also discussed joining the BRICS Network University.",
    );
    expect(line.partnerships.find((p) => p.kind === "alliance")).toMatchObject({
      parties: ["Irkutsk State University", "Shandong University"],
      status: "discussed",
    });
  });

  test("'сотрудничество с китайскими университетами' is no reference to the story's pair", () => {
    const { line } = extract(
      "Иркутский государственный университет стал членом Ассоциации технических университетов России и Китая. Ассоциация была создана в 2011 году по инициативе Харбинского политехнического университета. Членство в ассоциации позволит расширить сотрудничество с китайскими университетами.",
      { language: "ru" },
    );
    expect(line.partnerships.filter((p) => p.parties.includes("Irkutsk State University"))).toEqual([]);
  });

  test("a person 'of NUST MISIS' is of the university whose listed acronym is two words", () => {
    const { line } = extract(
      "NUST MISIS and Central South University opened a joint laboratory. It is headed by Prof. Alexander Gromov of NUST MISIS.",
    );
    expect(line.people).toEqual([
      expect.objectContaining({
        name: "Alexander Gromov",
        institution: "National University of Science and Technology MISIS",
      }),
    ]);
  });
});

describe("joint bodies with the pair by reference, and organizations in academic titles", () => {
  test("'the two universities … jointly run a Confucius Institute' is theirs, not a partnership with the institute", () => {
    const { line } = extract(
      "Irkutsk State University and Shandong University signed a memorandum. Shandong University said the two universities have cooperated since 2010 and run a Confucius Institute in Irkutsk.",
      { published: "2024-12-10" },
    );
    for (const p of line.partnerships) expect(p.parties).not.toContain("Confucius Institute");
    expect(line.partnerships.find((p) => p.kind === "joint-institute")).toMatchObject({
      parties: ["Irkutsk State University", "Shandong University"],
    });
  });

  test("organizations named only in a person's titles do not cooperate by being named", () => {
    const { line } = extract(
      "俄罗斯科学院院士、伊尔库茨克国立大学教授亚历山大·阿谢耶夫在主旨演讲中表示，中俄高校在基础研究领域合作潜力巨大。",
      { language: "zh" },
    );
    expect(line.partnerships).toEqual([]);
    expect(line.people).toEqual([expect.objectContaining({ institution: "Irkutsk State University" })]);
    // A sentence naming no one, of the pair by reference, still tells of their cooperation.
    const talk = extract(
      "On 12 April, a delegation of Irkutsk State University visited Shandong University. The parties discussed cooperation in geology.",
      { published: "2024-04-20" },
    );
    expect(talk.line.partnerships).toEqual([
      expect.objectContaining({ kind: "other", status: "discussed", fields: ["earth sciences"] }),
    ]);
  });
});
