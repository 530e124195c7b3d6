import { describe, expect, test } from "vitest";
import {
  dateCommonPrefix,
  dateWithin,
  emptyKnowledgeBase,
  findOrganization,
  formatCount,
  formatDate,
  knowledgeBaseJsonSchema,
  mergeKnowledgeBases,
  normalizeName,
  type OrganizationId,
  pairHistory,
  partnersOf,
  romanizeCyrillic,
  slugify,
} from "../src/index.ts";
import { sampleKnowledgeBase } from "./sample-knowledge-base.ts";

const NFU = "org:northfield-university" as OrganizationId;
const VSTU = "org:volga-state-technical-university" as OrganizationId;

describe("findOrganization", () => {
  const kb = sampleKnowledgeBase();
  test("finds by canonical name, acronym, other script and id, ignoring case and punctuation", () => {
    expect(findOrganization(kb, "northfield university")?.id).toBe(NFU);
    expect(findOrganization(kb, "N.F.U.")?.id).toBe(NFU);
    expect(findOrganization(kb, "北原大学")?.id).toBe(NFU);
    expect(findOrganization(kb, "ВОЛЖСКИЙ государственный технический университет")?.id).toBe(VSTU);
    expect(findOrganization(kb, VSTU)?.name).toBe("Volga State Technical University");
  });
  test("finds nothing for an unknown name or an empty query", () => {
    expect(findOrganization(kb, "Southfield University")).toBeUndefined();
    expect(findOrganization(kb, " -- ")).toBeUndefined();
  });
});

describe("partnersOf and pairHistory", () => {
  const kb = sampleKnowledgeBase();
  test("a unit's partnership counts for its parent", () => {
    const partners = partnersOf(kb, NFU);
    expect(partners.map((p) => [p.organization.id, p.partnerships.length])).toEqual([[VSTU, 2]]);
  });
  test("the history of a pair is in date order with events after partnerships of the same day", () => {
    const history = pairHistory(kb, VSTU, NFU);
    expect(history.map((h) => [h.type, h.date && formatDate(h.date)])).toEqual([
      ["partnership", "3 March 2022"],
      ["event", "3 March 2022"],
      ["partnership", "2023"],
    ]);
  });
});

describe("mergeKnowledgeBases", () => {
  test("merging a snapshot with itself changes nothing", () => {
    const kb = sampleKnowledgeBase();
    expect(mergeKnowledgeBases(kb, kb)).toEqual(mergeKnowledgeBases(kb, emptyKnowledgeBase()));
  });
  test("keeps the evidence and names of both sides", () => {
    const a = sampleKnowledgeBase();
    const b = sampleKnowledgeBase();
    const nfuB = b.organizations.find((o) => o.id === NFU)!;
    nfuB.aliases = ["North Field Univ."];
    nfuB.evidence = [{ documentId: "b".repeat(64) as never, sentence: "NFU", start: 0, end: 3 }];
    a.organizations = a.organizations.filter((o) => o.id !== VSTU);
    const merged = mergeKnowledgeBases(a, b);
    const nfu = merged.organizations.find((o) => o.id === NFU)!;
    expect(nfu.aliases).toEqual(["North Field Univ."]);
    expect(nfu.evidence).toHaveLength(2);
    expect(merged.organizations.map((o) => o.id)).toContain(VSTU);
  });
});

describe("names and dates", () => {
  test("normalizeName folds case, punctuation, a leading article and Cyrillic script", () => {
    expect(normalizeName("The  Harbin Institute of Technology!")).toBe("harbin institute of technology");
    expect(normalizeName("МГТУ им. Н. Э. Баумана")).toBe("mgtu im n e baumana");
    expect(normalizeName("Université")).toBe("universite");
  });
  test("slugify and romanizeCyrillic", () => {
    expect(slugify("Saint Petersburg State University")).toBe("saint-petersburg-state-university");
    expect(slugify("哈尔滨工业大学")).toMatch(/^[a-z0-9-]+$/);
    expect(romanizeCyrillic("Щукин")).toBe("Shchukin");
  });
  test("a range within one year is that year; dates overlap a period", () => {
    const h2 = { precision: "range", start: "2020-07", end: "2020-12", label: "second half of 2020" } as const;
    expect(dateCommonPrefix(h2)).toBe("2020");
    expect(formatDate(h2)).toBe("second half of 2020");
    expect(dateWithin({ precision: "year", value: "2020" }, "2020-05", "2020-06")).toBe(true);
    expect(dateWithin({ precision: "month", value: "2019-12" }, "2020")).toBe(false);
    expect(dateWithin(null, "2020")).toBe(false);
  });
  test("formatCount groups whole numbers in threes from a thousand on and leaves the rest as they are", () => {
    expect([0, 7, 999, 1000, 12345, 282681, 1234567, -4500].map(formatCount)).toEqual([
      "0",
      "7",
      "999",
      "1,000",
      "12,345",
      "282,681",
      "1,234,567",
      "-4,500",
    ]);
    expect([2.5, Number.NaN, 1e21].map(formatCount)).toEqual(["2.5", "NaN", "1e+21"]);
  });
});

describe("knowledgeBaseJsonSchema", () => {
  test("is a draft 2020-12 schema of the snapshot", () => {
    const schema = knowledgeBaseJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties as object)).toEqual([
      "format",
      "version",
      "documents",
      "organizations",
      "people",
      "partnerships",
      "events",
      "fields",
    ]);
  });
});
