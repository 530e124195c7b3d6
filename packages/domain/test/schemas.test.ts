import { describe, expect, test } from "vitest";
import {
  Event,
  Evidence,
  Field,
  KnowledgeBase,
  Organization,
  PartialDate,
  Partnership,
  Person,
  SourceDocument,
} from "../src/index.ts";
import { sampleKnowledgeBase } from "./sample-knowledge-base.ts";

const DOC = "c".repeat(64);
const evidence = { documentId: DOC, sentence: "They signed.", start: 0, end: 12 };

describe("PartialDate", () => {
  test("accepts each precision", () => {
    expect(PartialDate.parse({ precision: "day", value: "2021-04-27" })).toEqual({
      precision: "day",
      value: "2021-04-27",
    });
    expect(PartialDate.safeParse({ precision: "month", value: "2020-09" }).success).toBe(true);
    expect(PartialDate.safeParse({ precision: "year", value: "2011" }).success).toBe(true);
    expect(
      PartialDate.safeParse({ precision: "range", start: "2020-07", end: "2020-12", label: "second half of 2020" })
        .success,
    ).toBe(true);
  });
  test("rejects a value padded beyond its precision, an impossible day and a reversed range", () => {
    expect(PartialDate.safeParse({ precision: "month", value: "2020-09-01" }).success).toBe(false);
    expect(PartialDate.safeParse({ precision: "day", value: "2021-02-30" }).success).toBe(false);
    expect(PartialDate.safeParse({ precision: "range", start: "2021", end: "2020" }).success).toBe(false);
  });
});

describe("Evidence", () => {
  test("accepts a sentence with its offsets", () => {
    expect(Evidence.safeParse(evidence).success).toBe(true);
  });
  test("rejects an empty span and a bad document id", () => {
    expect(Evidence.safeParse({ ...evidence, end: 0 }).success).toBe(false);
    expect(Evidence.safeParse({ ...evidence, documentId: "doc1" }).success).toBe(false);
  });
});

describe("SourceDocument", () => {
  const doc = {
    id: DOC,
    origin: "a.txt",
    title: null,
    publisher: null,
    published: null,
    language: "zh",
    text: "签署合作协议",
  };
  test("accepts a document and fills defaults", () => {
    expect(SourceDocument.parse(doc)).toMatchObject({ alsoAt: [], storyId: null });
  });
  test("rejects an unknown language and empty text", () => {
    expect(SourceDocument.safeParse({ ...doc, language: "de" }).success).toBe(false);
    expect(SourceDocument.safeParse({ ...doc, text: "" }).success).toBe(false);
  });
});

describe("Organization", () => {
  const org = { id: "org:volga-university", name: "Volga University", country: "RU", kind: "university" };
  test("accepts an organization and a unit with its parent", () => {
    expect(Organization.safeParse(org).success).toBe(true);
    expect(
      Organization.safeParse({
        ...org,
        id: "org:volga-university-lab",
        kind: "unit",
        unitKind: "lab",
        parentId: org.id,
      }).success,
    ).toBe(true);
  });
  test("rejects a unit without a parent, a lower-case country and a bad id", () => {
    expect(Organization.safeParse({ ...org, kind: "unit" }).success).toBe(false);
    expect(Organization.safeParse({ ...org, country: "ru" }).success).toBe(false);
    expect(Organization.safeParse({ ...org, id: "Volga University" }).success).toBe(false);
  });
});

describe("Person", () => {
  const person = {
    id: "person:anna-petrova",
    name: "Anna Petrova",
    aliases: ["Анна Петрова"],
    affiliations: [{ role: "Rector", organizationId: "org:volga-university", reportedOn: null, evidence: [evidence] }],
    evidence: [evidence],
  };
  test("accepts a person with an affiliation", () => {
    expect(Person.safeParse(person).success).toBe(true);
  });
  test("rejects a person without evidence", () => {
    expect(Person.safeParse({ ...person, evidence: [] }).success).toBe(false);
  });
});

describe("Partnership", () => {
  const partnership = {
    id: "partnership:mou-2020",
    parties: ["org:a", "org:b"],
    kind: "mou",
    status: "signed",
    date: { precision: "year", value: "2020" },
    evidence: [evidence],
  };
  test("accepts a partnership of two parties", () => {
    expect(Partnership.parse(partnership)).toMatchObject({ fields: [], title: null, storyIds: [] });
  });
  test("rejects a single party and an unknown kind", () => {
    expect(Partnership.safeParse({ ...partnership, parties: ["org:a"] }).success).toBe(false);
    expect(Partnership.safeParse({ ...partnership, kind: "friendship" }).success).toBe(false);
  });
});

describe("Event", () => {
  const event = { id: "event:visit-2021", kind: "visit", date: null, evidence: [evidence] };
  test("accepts an undated visit", () => {
    expect(Event.parse(event)).toMatchObject({ place: null, organizations: [], people: [], partnerships: [] });
  });
  test("rejects an unknown kind", () => {
    expect(Event.safeParse({ ...event, kind: "party" }).success).toBe(false);
  });
});

describe("Field", () => {
  test("accepts a kebab-case id", () => {
    expect(Field.safeParse({ id: "artificial-intelligence", label: "AI" }).success).toBe(true);
  });
  test("rejects a spaced id", () => {
    expect(Field.safeParse({ id: "Artificial Intelligence", label: "AI" }).success).toBe(false);
  });
});

describe("KnowledgeBase", () => {
  test("accepts the sample snapshot", () => {
    expect(KnowledgeBase.safeParse(sampleKnowledgeBase()).success).toBe(true);
  });
  test("rejects another format version", () => {
    expect(KnowledgeBase.safeParse({ ...sampleKnowledgeBase(), version: 2 }).success).toBe(false);
  });
});
