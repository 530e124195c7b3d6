import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DocumentFacts, KnowledgeBase } from "@accord/domain";
import SqliteDatabase from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openStore, type Store } from "../src/index.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { evidenceIn, makeDocument, org, partnership } from "./helpers/make-facts.ts";
import { toSchemaVersion3, toSchemaVersion6 } from "./helpers/older-schema.ts";
import { centreFacts, forumFacts, signingFacts, syndicatedFacts } from "./helpers/stories.ts";

// A third university with a lab (a unit), and a partnership of the lab with a Kazakh university.
function labFacts(): DocumentFacts {
  const text = "The Laser Lab of Northern Polytechnic University and Steppe University launched a joint lab.";
  const document = makeDocument(text, "https://steppe.example.kz/lab");
  const said = evidenceIn(document, text);
  return {
    document,
    organizations: [
      org("npu-laser-lab", "Laser Lab", [said], {
        kind: "unit",
        unitKind: "lab",
        parentId: "org:northern-polytechnic-university" as never,
      }),
      org("northern-polytechnic-university", "Northern Polytechnic University", [said], { country: "CN" }),
      org("steppe-university", "Steppe University", [said], { country: "KZ", acronyms: ["S U"] }),
    ],
    people: [],
    partnerships: [partnership("lab-steppe", ["npu-laser-lab", "steppe-university"], [said])],
    events: [],
  };
}

const ALL = () => [signingFacts(), syndicatedFacts(), centreFacts(), forumFacts(), labFacts()];

// Every entity of the part is the full snapshot's entity with that id.
function expectPartOf(part: KnowledgeBase, full: KnowledgeBase) {
  for (const key of ["organizations", "people", "partnerships", "events"] as const) {
    const byId = new Map<string, unknown>(full[key].map((e) => [e.id, e]));
    for (const e of part[key]) expect(e).toEqual(byId.get(e.id));
    expect(part[key].map((e) => e.id)).toEqual([...part[key].map((e) => e.id)].sort());
  }
  const documents = new Map(full.documents.map((d) => [d.id, { ...d, text: "" }]));
  for (const d of part.documents) expect(d).toEqual(documents.get(d.id));
}

describe.each(BACKENDS)("snapshotOf on $name", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let full: KnowledgeBase;

  beforeEach(async () => {
    const fresh = await backend.fresh();
    store = await openStore(fresh.location);
    cleanup = async () => {
      await store.close().catch(() => {});
      await fresh.cleanup();
    };
    await store.saveDocuments(ALL());
    full = await store.snapshot();
  });
  afterEach(async () => {
    await cleanup();
  });

  test("an organization by name comes with its units and every partnership of theirs, as the full snapshot has them", async () => {
    const part = await store.snapshotOf({ names: ["npu"], related: ["partnerships"] });
    expectPartOf(part, full);
    expect(part.organizations.map((o) => o.id)).toEqual([
      "org:amur-institute-of-technology",
      "org:northern-polytechnic-university",
      "org:npu-laser-lab",
      "org:steppe-university",
    ]);
    expect(part.partnerships.map((p) => p.id)).toEqual(full.partnerships.map((p) => p.id));
    expect(part.people).toEqual([]);
    expect(part.documents.map((d) => d.id)).toEqual(
      [...new Set(part.partnerships.flatMap((p) => p.evidence.map((e) => e.documentId)))].sort(),
    );
  });

  test("a unit's name brings its parent's whole family; an acronym matches without its spaces", async () => {
    const lab = await store.snapshotOf({ names: ["Laser Lab"], related: ["partnerships"] });
    expect(lab.partnerships.map((p) => p.id)).toEqual(full.partnerships.map((p) => p.id));
    const steppe = await store.snapshotOf({ names: ["SU"] });
    expect(steppe.organizations.map((o) => o.id)).toEqual(["org:steppe-university"]);
    expect(await store.snapshotOf({ names: ["org:steppe-university"] })).toEqual(steppe);
    expect((await store.snapshotOf({ names: ["nobody at all"] })).organizations).toEqual([]);
  });

  test("a name only a replaced document gave finds nothing any more; names other documents give stay", async () => {
    const told = (text: string, origin: string, acronyms: string[]) => {
      const document = makeDocument(text, origin);
      const said = evidenceIn(document, text);
      return {
        document,
        organizations: [
          org("northern-polytechnic-university", "Northern Polytechnic University", [said], { acronyms }),
        ],
        people: [],
        partnerships: [],
        events: [],
      };
    };
    await store.saveDocuments([
      told("Northern Polytechnic University (NORPOLY) opened a school.", "https://example.org/norpoly", ["NORPOLY"]),
      told("Northern Polytechnic University (NPTU) hosted guests.", "https://example.org/nptu", ["NPTU"]),
    ]);
    expect(await store.organizationsNamed(["NORPOLY"])).toEqual(["org:northern-polytechnic-university"]);
    // A new text at the first origin that no longer gives the acronym, in a transaction with another document.
    await store.saveDocuments([
      told("Northern Polytechnic University opened a school.", "https://example.org/norpoly", []),
      told("Northern Polytechnic University signed nothing new.", "https://example.org/other", []),
    ]);
    expect(await store.organizationsNamed(["NORPOLY"])).toEqual([]);
    expect(await store.organizationsNamed(["NPTU", "Northern Polytechnic University"])).toEqual([
      "org:northern-polytechnic-university",
    ]);
  });

  test("a country brings what refers to its organizations: events with their people, people by affiliation", async () => {
    const part = await store.snapshotOf({ countries: ["RU"], related: ["events", "people"] });
    expectPartOf(part, full);
    expect(part.events.map((e) => e.id)).toEqual(full.events.map((e) => e.id));
    expect(part.people.map((p) => p.id)).toEqual(["person:ivan-petrov"]);
    expect(part.partnerships).toEqual([]);
    const kz = await store.snapshotOf({ countries: ["KZ"], related: ["partnerships"], organizationEvidence: false });
    expect(kz.partnerships.map((p) => p.id)).toEqual(["partnership:lab-steppe"]);
    expect(kz.organizations.every((o) => o.evidence.length === 0)).toBe(true);
  });

  test("everything of a kind, and every document without its text", async () => {
    const part = await store.snapshotOf({ everything: true, related: ["partnerships", "events", "people"] });
    expect({ ...part, documents: [] }).toEqual({ ...full, documents: [] });
    const documents = await store.snapshotOf({ documents: "all" });
    expect(documents.documents).toEqual(full.documents.map((d) => ({ ...d, text: "" })));
    expect(documents.organizations).toEqual([]);
  });
});

describe("a store of schema version 6", () => {
  test("numbers its documents, keys their stories and references by number, and still finds near-duplicates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "accord-numbers-"));
    try {
      const path = join(dir, "accord.db");
      const store = await openStore(path);
      await store.saveDocuments([signingFacts(), forumFacts(), labFacts()]);
      const expected = await store.snapshotOf({ names: ["NPU"], related: ["partnerships", "events", "people"] });
      await store.close();
      const raw = new SqliteDatabase(path);
      const refs = (sql: string) =>
        raw
          .prepare(
            `select r.organization_id, r.kind, r.entity_id, d.id from organization_refs r ${sql} order by 1, 2, 3, 4`,
          )
          .all();
      const before = refs("join documents d on d.number = r.document");
      const keys = raw.prepare("select key, document from story_keys order by 1, 2").all();
      expect(before.length).toBeGreaterThan(5);
      expect(keys.length).toBe(60);
      toSchemaVersion6(raw);
      expect(refs("join documents d on d.id = r.document_id")).toEqual(before);
      raw.close();

      const reopened = await openStore(path);
      expect(await reopened.snapshotOf({ names: ["NPU"], related: ["partnerships", "events", "people"] })).toEqual(
        expected,
      );
      const after = new SqliteDatabase(path);
      expect(after.prepare("select number from documents order by number").pluck().all()).toEqual([1, 2, 3]);
      expect(after.prepare("select key from story_keys order by 1").pluck().all()).toEqual(
        keys.map((k) => (k as { key: number }).key),
      );
      expect(
        after
          .prepare(
            "select r.organization_id, r.kind, r.entity_id, d.id from organization_refs r join documents d on d.number = r.document order by 1, 2, 3, 4",
          )
          .all(),
      ).toEqual(before);
      const tables = after.prepare("select name from sqlite_master where type = 'table' order by 1").pluck().all();
      expect(tables).not.toContain("story_signatures");
      expect(tables).not.toContain("story_bands");
      after.close();

      const signing = await reopened.snapshotOf({ documents: "all" });
      const first = signing.documents.find((d) => d.id === signingFacts().document.id);
      const copy = await reopened.saveDocument(syndicatedFacts());
      expect(copy).toEqual({ status: "near-duplicate", storyId: first?.storyId });
      const numbered = new SqliteDatabase(path);
      expect(
        numbered.prepare("select number from documents where id = ?").pluck().get(syndicatedFacts().document.id),
      ).toBe(4);
      numbered.close();
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a store of schema version 3", () => {
  test("keeps one name row per name and organization when it is opened, and finds the same organizations", async () => {
    const dir = mkdtempSync(join(tmpdir(), "accord-keys-"));
    try {
      const path = join(dir, "accord.db");
      const store = await openStore(path);
      await store.saveDocuments(ALL());
      const names = ["npu", "Laser Lab", "SU", "S U", "org:steppe-university", "nobody at all"];
      const expected = await Promise.all(names.map((n) => store.organizationsNamed([n])));
      await store.close();
      const raw = new SqliteDatabase(path);
      const keys = raw.prepare("select * from organization_keys order by 1, 2").all();
      toSchemaVersion3(raw);
      const perDocument = raw.prepare("select count(*) from organization_names").pluck().get() as number;
      raw.close();
      expect(perDocument).toBeGreaterThan(keys.length);
      const reopened = await openStore(path);
      expect(await Promise.all(names.map((n) => reopened.organizationsNamed([n])))).toEqual(expected);
      await reopened.close();
      const after = new SqliteDatabase(path);
      expect(after.prepare("select * from organization_keys order by 1, 2").all()).toEqual(keys);
      expect(after.prepare("select name from sqlite_master where name = 'organization_names'").all()).toEqual([]);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a store of schema version 1", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "accord-migrate-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("gains the references of the facts it holds when it is opened", async () => {
    const path = join(dir, "accord.db");
    const store = await openStore(path);
    await store.saveDocuments(ALL());
    const expected = await store.snapshotOf({ names: ["NPU"], related: ["partnerships", "events", "people"] });
    await store.close();
    const raw = new SqliteDatabase(path);
    const refs = raw.prepare("select * from organization_refs order by 1, 2, 3, 4").all();
    expect(refs.length).toBeGreaterThan(5);
    toSchemaVersion3(raw);
    raw.exec(`drop table organization_refs; drop index organization_names_compact; drop table entity_heads;
      delete from kysely_migration where name in ('0002-organization-refs', '0003-entity-heads');
      update meta set value = '1' where key = 'schema_version';`);
    raw.close();
    const reopened = await openStore(path);
    expect(await reopened.snapshotOf({ names: ["NPU"], related: ["partnerships", "events", "people"] })).toEqual(
      expected,
    );
    await reopened.close();
    const after = new SqliteDatabase(path);
    expect(after.prepare("select * from organization_refs order by 1, 2, 3, 4").all()).toEqual(refs);
    expect(after.prepare("select value from meta where key = 'schema_version'").pluck().get()).toBe("8");
    after.close();
  });
});
