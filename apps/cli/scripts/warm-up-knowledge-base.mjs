// A small knowledge base for the bundle's warm-up briefs: a few press items written here, read by
// accord's own extractor, so that it always matches the current schema and extractor.
import { emptyKnowledgeBase, FIELDS, KnowledgeBase, mergeKnowledgeBases } from "@accord/domain";
import { documentId, extractDocument, readGazetteer } from "@accord/ingest";

const ITEMS = [
  {
    language: "en",
    published: "2019-04-15",
    text: "Harbin Institute of Technology and Bauman Moscow State Technical University signed a memorandum of understanding on cooperation in materials science on 4/12/2019. The two universities will launch a joint master's programme in aerospace engineering in September 2020. Professor Wang Wei of Harbin Institute of Technology attended the signing ceremony.\n\nA delegation of Bauman Moscow State Technical University visited Harbin Institute of Technology on 4/14/2019 to discuss student exchange.",
  },
  {
    language: "en",
    published: "2021-10-03",
    text: "Tsinghua University and Tomsk Polytechnic University opened a joint laboratory for artificial intelligence on 10/1/2021. Irina Smirnova of Tomsk Polytechnic University will lead the laboratory.",
  },
  {
    language: "zh",
    published: "2022-06-20",
    text: "2022年6月18日，哈尔滨工业大学与莫斯科国立鲍曼技术大学签署合作协议，双方将共建联合实验室并开展联合培养项目。",
  },
  {
    language: "ru",
    published: "2023-03-21",
    text: "17 марта 2023 года Томский политехнический университет и Университет Цинхуа подписали соглашение о сотрудничестве и открыли совместную лабораторию.",
  },
];

/** The knowledge base of the warm-up items. */
export function warmUpKnowledgeBase() {
  const gazetteer = readGazetteer();
  let kb = { ...emptyKnowledgeBase(), fields: FIELDS };
  ITEMS.forEach((item, n) => {
    const document = {
      id: documentId(item.text),
      origin: `https://news.example.org/warm-up/${n}.html`,
      alsoAt: [],
      title: item.text.slice(0, 60),
      publisher: "news.example.org",
      published: { precision: "day", value: item.published },
      language: item.language,
      text: item.text,
      storyId: null,
    };
    const facts = extractDocument(gazetteer, { document });
    kb = mergeKnowledgeBases(kb, {
      ...emptyKnowledgeBase(),
      documents: [facts.document],
      organizations: facts.organizations,
      people: facts.people,
      partnerships: facts.partnerships,
      events: facts.events,
    });
  });
  return KnowledgeBase.parse(kb);
}
