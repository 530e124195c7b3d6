import { type DocumentFacts, emptyKnowledgeBase, type KnowledgeBase, mergeKnowledgeBases } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { buildSnapshot, type StoredFact } from "../src/build-snapshot.ts";
import { generateDocuments } from "./helpers/generate.ts";
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

  test("lists the vocabulary entries the partnerships use, by id", () => {
    const kb = buildSnapshot([signingFacts().document], rowsOf([signingFacts()]));
    expect(kb.fields.map((f) => f.label)).toEqual(["Aerospace", "Materials science"]);
    expect(buildSnapshot([], []).fields).toEqual([]);
  });
});
