import type { KnowledgeBase } from "../src/index.ts";
import { KnowledgeBase as KnowledgeBaseSchema } from "../src/index.ts";

const DOC = "a".repeat(64);
const DOC2 = "b".repeat(64);
const ev = (documentId: string, start: number, sentence: string) => ({
  documentId,
  sentence,
  start,
  end: start + sentence.length,
});

/** A small snapshot, written by hand, used across the domain tests. */
export function sampleKnowledgeBase(): KnowledgeBase {
  const text =
    "Northfield University (NFU) and the Volga State Technical University signed an agreement on 3 March 2022. The Faculty of Optics of NFU will host students.";
  return KnowledgeBaseSchema.parse({
    format: "accord-knowledge-base",
    version: 1,
    documents: [
      {
        id: DOC,
        origin: "samples/northfield.txt",
        title: "Northfield and Volga sign agreement",
        publisher: "Northfield News",
        published: { precision: "day", value: "2022-03-05" },
        language: "en",
        text,
      },
      {
        id: DOC2,
        origin: "samples/volga.txt",
        title: "Волжский университет",
        publisher: null,
        published: { precision: "month", value: "2023-06" },
        language: "ru",
        text: "Волжский государственный технический университет и NFU открыли совместную лабораторию.",
      },
    ],
    organizations: [
      {
        id: "org:northfield-university",
        name: "Northfield University",
        names: [{ lang: "zh", value: "北原大学" }],
        acronyms: ["NFU"],
        country: "CN",
        kind: "university",
        evidence: [
          ev(
            DOC,
            0,
            "Northfield University (NFU) and the Volga State Technical University signed an agreement on 3 March 2022.",
          ),
        ],
      },
      {
        id: "org:volga-state-technical-university",
        name: "Volga State Technical University",
        names: [{ lang: "ru", value: "Волжский государственный технический университет" }],
        acronyms: ["VSTU"],
        country: "RU",
        kind: "university",
        evidence: [
          ev(
            DOC,
            0,
            "Northfield University (NFU) and the Volga State Technical University signed an agreement on 3 March 2022.",
          ),
        ],
      },
      {
        id: "org:northfield-university-faculty-of-optics",
        name: "Faculty of Optics",
        country: "CN",
        kind: "unit",
        unitKind: "faculty",
        parentId: "org:northfield-university",
      },
    ],
    people: [],
    partnerships: [
      {
        id: "partnership:agreement-2022-03-03-nfu-vstu",
        parties: ["org:northfield-university", "org:volga-state-technical-university"],
        kind: "agreement",
        status: "signed",
        date: { precision: "day", value: "2022-03-03" },
        fields: [],
        evidence: [
          ev(
            DOC,
            0,
            "Northfield University (NFU) and the Volga State Technical University signed an agreement on 3 March 2022.",
          ),
        ],
      },
      {
        id: "partnership:joint-lab-2023-nfu-vstu",
        parties: ["org:volga-state-technical-university", "org:northfield-university-faculty-of-optics"],
        kind: "joint-lab",
        status: "launched",
        date: { precision: "year", value: "2023" },
        fields: ["optics"],
        evidence: [
          ev(DOC2, 0, "Волжский государственный технический университет и NFU открыли совместную лабораторию."),
        ],
      },
    ],
    events: [
      {
        id: "event:signing-2022-03-03-nfu-vstu",
        kind: "signing",
        date: { precision: "day", value: "2022-03-03" },
        organizations: ["org:northfield-university", "org:volga-state-technical-university"],
        partnerships: ["partnership:agreement-2022-03-03-nfu-vstu"],
        evidence: [
          ev(
            DOC,
            0,
            "Northfield University (NFU) and the Volga State Technical University signed an agreement on 3 March 2022.",
          ),
        ],
      },
    ],
    fields: [{ id: "optics", label: "Optics and photonics" }],
  });
}
