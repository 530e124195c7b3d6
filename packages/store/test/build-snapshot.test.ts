import { type DocumentFacts, emptyKnowledgeBase, type KnowledgeBase, mergeKnowledgeBases } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { buildSnapshot, type StoredFact } from "../src/build-snapshot.ts";
import { generateDocuments } from "./helpers/generate.ts";
import { event, makeDocument, org, partnership, person } from "./helpers/make-facts.ts";
import { centreFacts, signingFacts, syndicatedFacts } from "./helpers/stories.ts";

function rowsOf(all: readonly DocumentFacts[]): StoredFact[] {
  return all.flatMap((f) => [
    ...f.organizations.map((e) => ({
      documentId: f.document.id,
      kind: "organization" as const,
      entityId: e.id,
      entity: e,
    })),
    ...f.people.map((e) => ({ documentId: f.document.id, kind: "person" as const, entityId: e.id, entity: e })),
    ...f.partnerships.map((e) => ({
      documentId: f.document.id,
      kind: "partnership" as const,
      entityId: e.id,
      entity: e,
    })),
    ...f.events.map((e) => ({ documentId: f.document.id, kind: "event" as const, entityId: e.id, entity: e })),
  ]);
}

function mergedOneByOne(all: readonly DocumentFacts[]): KnowledgeBase {
  return [...all]
    .sort((a, b) => (a.document.id < b.document.id ? -1 : 1))
    .map((f): KnowledgeBase => ({ ...emptyKnowledgeBase(), ...f, documents: [f.document] }))
    .reduce(mergeKnowledgeBases, emptyKnowledgeBase());
}

describe("buildSnapshot", () => {
  test("gives what merging every document's facts with mergeKnowledgeBases gives", () => {
    const copy = syndicatedFacts();
    copy.organizations = copy.organizations.map((o) => ({ ...o, aliases: ["AIT"], acronyms: ["X"] }));
    const all = [centreFacts(), signingFacts(), copy, ...generateDocuments(30, 3)];
    const expected = mergedOneByOne(all);
    const kb = buildSnapshot(
      all.map((f) => f.document),
      rowsOf(all).reverse(),
    );
    expect(kb.documents).toEqual(expected.documents);
    expect(kb.organizations).toEqual(expected.organizations);
    expect(kb.people).toEqual(expected.people);
    expect(kb.partnerships).toEqual(expected.partnerships);
    expect(kb.events).toEqual(expected.events);
    expect(kb.organizations.find((o) => o.id === "org:shared-university")?.evidence).toHaveLength(30);
  });

  test("merges many versions of every kind of entity as folding them one by one does", () => {
    let seed = 5;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]) => xs[next(xs.length)] as T;
    const all: DocumentFacts[] = Array.from({ length: 60 }, (_, i) => {
      const text = `Document ${i}: Alpha University and Beta Institute signed; Rector Ivanov came.`;
      const document = makeDocument(text, `doc/${i}`);
      const ev = [{ documentId: document.id, sentence: text.slice(0, 10), start: next(3), end: 10 + next(3) }];
      const alpha = org("alpha", pick(["Alpha University", "Alpha Univ."]), ev, {
        names: [
          pick([
            { lang: "ru", value: "Альфа" },
            { lang: "zh", value: "阿尔法" },
          ]),
        ],
        acronyms: [pick(["AU", "ALU", "A.U."])],
        aliases: [pick(["Alpha University", "the Alpha", "Alfa"])],
        country: pick([null, "RU", "CN"]) as never,
        city: pick([null, "Tomsk"]),
        domains: [pick(["alpha.ru", "alpha.edu"])],
      });
      const unit = org("alpha-lab", "Alpha Lab", ev, {
        kind: "unit",
        unitKind: pick([null, "lab"]) as never,
        parentId: "org:alpha" as never,
      });
      const rector = person("ivanov", "Ivan Ivanov", pick(["alpha", "beta"]), ev);
      rector.aliases = [pick(["Иванов", "I. Ivanov", "Ivan Ivanov"])];
      rector.affiliations.push({
        ...(rector.affiliations[0] as (typeof rector.affiliations)[number]),
        role: pick(["Rector", "Dean", null]),
      });
      const deal = partnership("alpha-beta", ["alpha", pick(["beta", "gamma"])], ev);
      deal.storyIds = [pick(["story:b", "story:a", "story:c"])] as never;
      deal.title = pick([null, "Joint Centre"]);
      deal.fields = [pick(["materials", "aerospace", "physics"])] as never;
      const signing = event("signing", ["alpha", pick(["beta", "gamma"])], ev);
      signing.place = pick([null, "Harbin", "Tomsk"]);
      signing.people = [pick(["person:ivanov", "person:petrov"])] as never;
      return { document, organizations: [alpha, unit], people: [rector], partnerships: [deal], events: [signing] };
    });
    const expected = mergedOneByOne(all);
    const kb = buildSnapshot(
      all.map((f) => f.document),
      rowsOf(all).reverse(),
    );
    expect(JSON.stringify(kb.organizations)).toBe(JSON.stringify(expected.organizations));
    expect(JSON.stringify(kb.people)).toBe(JSON.stringify(expected.people));
    expect(JSON.stringify(kb.partnerships)).toBe(JSON.stringify(expected.partnerships));
    expect(JSON.stringify(kb.events)).toBe(JSON.stringify(expected.events));
    expect(kb.people[0]?.affiliations.length).toBeGreaterThan(2);
  });

  test("lists the vocabulary entries the partnerships use, by id", () => {
    const kb = buildSnapshot([signingFacts().document], rowsOf([signingFacts()]));
    expect(kb.fields.map((f) => f.label)).toEqual(["Aerospace", "Materials science"]);
    expect(buildSnapshot([], []).fields).toEqual([]);
  });
});
