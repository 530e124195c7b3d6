import { KnowledgeBase } from "@accord/domain";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openStore, type Store, storyIdOf } from "../src/index.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { bareFacts, makeDocument } from "./helpers/make-facts.ts";
import { centreFacts, forumFacts, signingFacts, syndicatedFacts } from "./helpers/stories.ts";

describe.each(BACKENDS)("store on $name", (backend) => {
  let store: Store;
  let location: string;
  let cleanups: Array<() => Promise<void>> = [];

  async function freshStore(): Promise<Store> {
    const fresh = await backend.fresh();
    const opened = await openStore(fresh.location);
    cleanups.push(async () => {
      await opened.close().catch(() => {});
      await fresh.cleanup();
    });
    location = fresh.location;
    return opened;
  }

  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups = [];
  });

  test("reports its dialect", () => {
    expect(store.dialect).toBe(backend.name);
  });

  test("adds a new document under a story of its own", async () => {
    const facts = signingFacts();
    expect(await store.hasDocument(facts.document.id)).toBe(false);
    const result = await store.saveDocument(facts);
    expect(result).toEqual({ status: "added", storyId: `story:${facts.document.id.slice(0, 16)}` });
    expect(result.storyId).toBe(storyIdOf(facts.document.id));
    expect(await store.hasDocument(facts.document.id)).toBe(true);
    const kb = await store.snapshot();
    expect(kb.documents.map((d) => d.storyId)).toEqual([result.storyId]);
    expect(kb.partnerships[0]?.storyIds).toEqual([result.storyId]);
  });

  test("the same text again is unchanged, and a new origin joins alsoAt", async () => {
    const facts = signingFacts();
    const first = await store.saveDocument(facts);
    expect(await store.saveDocument(facts)).toEqual({ status: "unchanged", storyId: first.storyId });
    const elsewhere = { ...facts, document: { ...facts.document, origin: "saved/signing.html" } };
    expect((await store.saveDocument(elsewhere)).status).toBe("unchanged");
    const kb = await store.snapshot();
    expect(kb.documents).toHaveLength(1);
    expect(kb.documents[0]?.origin).toBe(facts.document.origin);
    expect(kb.documents[0]?.alsoAt).toEqual(["saved/signing.html"]);
    expect(kb.organizations).toHaveLength(2);
    expect(kb.organizations[0]?.evidence).toHaveLength(1);
  });

  test("another text at a stored origin replaces the old document and its facts", async () => {
    const old = signingFacts();
    await store.saveDocument(old);
    const newer = bareFacts(makeDocument("The page now says something else entirely.", old.document.origin));
    const result = await store.saveDocument(newer);
    expect(result.status).toBe("replaced");
    expect(await store.hasDocument(old.document.id)).toBe(false);
    expect(await store.hasDocument(newer.document.id)).toBe(true);
    expect(await store.counts()).toEqual({
      documents: 1,
      stories: 1,
      organizations: 0,
      people: 0,
      partnerships: 0,
      events: 0,
    });
  });

  test("a replacing text keeps the story of the document it replaced", async () => {
    const old = await store.saveDocument(signingFacts());
    const newer = bareFacts(makeDocument("The page now says something else entirely.", signingFacts().document.origin));
    expect(await store.saveDocument(newer)).toEqual({ status: "replaced", storyId: old.storyId });
  });

  test("another text at an origin a document was also found at takes that origin from it", async () => {
    const facts = signingFacts();
    await store.saveDocument(facts);
    await store.saveDocument({ ...facts, document: { ...facts.document, origin: "mirror/signing.html" } });
    const other = bareFacts(makeDocument("The mirror now carries another page.", "mirror/signing.html"));
    expect((await store.saveDocument(other)).status).toBe("added");
    const kb = await store.snapshot();
    expect(kb.documents.find((d) => d.id === facts.document.id)?.alsoAt).toEqual([]);
    expect(kb.documents.find((d) => d.id === other.document.id)?.origin).toBe("mirror/signing.html");
  });

  test("saving a stored document again adds the facts it lacked and keeps the others", async () => {
    const facts = signingFacts();
    await store.saveDocument({ ...bareFacts(facts.document), organizations: facts.organizations.slice(0, 1) });
    const renamed = facts.organizations.map((o) => ({ ...o, name: `${o.name} (renamed)` }));
    expect((await store.saveDocument({ ...facts, organizations: renamed })).status).toBe("unchanged");
    const kb = await store.snapshot();
    expect(kb.organizations.map((o) => o.name)).toEqual([
      "Amur Institute of Technology (renamed)",
      "Northern Polytechnic University",
    ]);
    expect(await store.counts()).toMatchObject({ organizations: 2, people: 1, partnerships: 1, events: 1 });
  });

  test("a read-only store answers queries and refuses writes", async () => {
    await store.saveDocument(signingFacts());
    const reader = await openStore(location, { readonly: true });
    try {
      expect((await reader.counts()).documents).toBe(1);
      expect((await reader.snapshot()).documents).toHaveLength(1);
      await expect(reader.saveDocument(forumFacts())).rejects.toThrow();
    } finally {
      await reader.close();
    }
    expect(await store.hasDocument(forumFacts().document.id)).toBe(false);
  });

  test("a syndicated copy is a near-duplicate in the first copy's story", async () => {
    const first = await store.saveDocument(signingFacts());
    const copy = syndicatedFacts();
    const second = await store.saveDocument(copy);
    expect(second).toEqual({ status: "near-duplicate", storyId: first.storyId });
    const other = await store.saveDocument(forumFacts());
    expect(other.status).toBe("added");
    expect(other.storyId).not.toBe(first.storyId);
    const counts = await store.counts();
    expect(counts.documents).toBe(3);
    expect(counts.stories).toBe(2);
    const kb = await store.snapshot();
    expect(kb.partnerships).toHaveLength(1);
    expect(kb.partnerships[0]?.storyIds).toEqual([first.storyId]);
    expect(kb.partnerships[0]?.evidence.map((e) => e.documentId).sort()).toEqual(
      [signingFacts().document.id, copy.document.id].sort(),
    );
  });

  test("an organization seen in two documents keeps the evidence and names of both", async () => {
    const signing = signingFacts();
    const centre = centreFacts();
    await store.saveDocument(signing);
    await store.saveDocument(centre);
    const kb = await store.snapshot();
    const amur = kb.organizations.find((o) => o.id === "org:amur-institute-of-technology");
    expect(amur?.evidence.map((e) => e.documentId).sort()).toEqual([signing.document.id, centre.document.id].sort());
    expect(amur?.names).toEqual([{ lang: "ru", value: "Амурский технологический институт" }]);
    expect(amur?.aliases).toEqual(["Amur Tech"]);
    expect(kb.organizations).toHaveLength(2);
    expect((await store.counts()).organizations).toBe(2);
  });

  test("the snapshot validates and does not depend on the order documents were saved in", async () => {
    const all = [signingFacts(), centreFacts(), forumFacts()];
    for (const facts of all) await store.saveDocument(facts);
    const other = await freshStore();
    for (const facts of [...all].reverse()) await other.saveDocument(facts);
    const a = await store.snapshot();
    const b = await other.snapshot();
    expect(KnowledgeBase.safeParse(a).success).toBe(true);
    expect(b).toEqual(a);
    expect(a.documents.map((d) => d.id)).toEqual([...a.documents.map((d) => d.id)].sort());
    expect(a.fields.map((f) => f.id)).toEqual(["aerospace", "materials"]);
  });

  test("importing an export into an empty store exports the same snapshot", async () => {
    await store.saveDocument(signingFacts());
    await store.saveDocument(syndicatedFacts());
    await store.saveDocument(centreFacts());
    await store.saveDocument(forumFacts());
    const elsewhere = signingFacts("mirror/signing.html");
    await store.saveDocument(elsewhere);
    const exported = await store.snapshot();
    const copy = await freshStore();
    expect(await copy.importSnapshot(exported)).toEqual({ added: 4, unchanged: 0 });
    expect(await copy.snapshot()).toEqual(exported);
    expect(await copy.importSnapshot(exported)).toEqual({ added: 0, unchanged: 4 });
    expect(await copy.snapshot()).toEqual(exported);
    expect(await copy.counts()).toEqual(await store.counts());
  });

  test("importing into a store that holds some of the documents merges without duplicating", async () => {
    await store.saveDocument(signingFacts());
    await store.saveDocument(centreFacts());
    const exported = await store.snapshot();
    const partial = await freshStore();
    await partial.saveDocument(centreFacts());
    await partial.saveDocument(forumFacts());
    expect(await partial.importSnapshot(exported)).toEqual({ added: 1, unchanged: 1 });
    const kb = await partial.snapshot();
    expect(kb.documents).toHaveLength(3);
    expect(kb.organizations.map((o) => o.evidence.length)).toEqual([2, 2]);
  });

  test("lists documents without their text, by id", async () => {
    await store.saveDocument(signingFacts());
    await store.saveDocument(forumFacts());
    const list = await store.listDocuments();
    expect(list.map((d) => d.id)).toEqual([signingFacts().document.id, forumFacts().document.id].sort());
    expect(list[0]).not.toHaveProperty("text");
    expect(list.find((d) => d.id === forumFacts().document.id)).toEqual({
      id: forumFacts().document.id,
      origin: "https://med.example.ru/forum",
      title: "Medical students from two countries meet at a winter forum",
      publisher: "example.edu",
      published: { precision: "day", value: "2021-04-27" },
      language: "en",
      storyId: storyIdOf(forumFacts().document.id),
    });
  });

  test("what was saved is there after closing and opening again", async () => {
    await store.saveDocument(signingFacts());
    await store.close();
    const reopened = await openStore(location);
    try {
      expect(await reopened.hasDocument(signingFacts().document.id)).toBe(true);
      expect((await reopened.counts()).partnerships).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});
