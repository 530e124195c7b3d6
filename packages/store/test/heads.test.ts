import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  countryOfOrganization,
  dateEnd,
  dateStart,
  type KnowledgeBase,
  type KnowledgeBaseFacets,
  type OrganizationId,
  type Partnership,
} from "@accord/domain";
import SqliteDatabase from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Heads, type KnownOrganizations, openStore, type Store } from "../src/index.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { evidenceIn, makeDocument, org, partnership, person } from "./helpers/make-facts.ts";
import { toSchemaVersion3 } from "./helpers/older-schema.ts";
import { centreFacts, forumFacts, signingFacts, syndicatedFacts } from "./helpers/stories.ts";

const KINDS = ["organization", "partnership", "event"] as const;
const LISTS = ["organizations", "partnerships", "events"] as const;

// What a head must be: the full entity without evidence, its lists as sets, and the evidence counted.
function bare(entity: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key === "evidence") continue;
    out[key] = Array.isArray(value) ? value.map((v) => JSON.stringify(v)).sort() : value;
  }
  return out;
}

function expectHeadsOf(heads: Heads, full: KnowledgeBase) {
  for (const list of LISTS) {
    expect(heads[list].map((e) => e.id)).toEqual(full[list].map((e) => e.id));
    full[list].forEach((entity, i) => {
      const head = heads[list][i] as unknown as Record<string, unknown>;
      expect(head.evidence).toEqual([]);
      expect(bare(head)).toEqual(bare(entity as unknown as Record<string, unknown>));
      expect(heads.sentences.get(entity.id)).toBe(entity.evidence.length);
      expect(heads.documents.get(entity.id)).toBe(new Set(entity.evidence.map((e) => e.documentId)).size);
    });
  }
}

// Facets must be the full snapshot's entities reduced, lists compared as sets.
function expectFacetsOf(facets: KnowledgeBaseFacets, full: KnowledgeBase) {
  const sorted = (list: readonly string[]) => [...list].sort();
  expect(facets.organizations).toEqual(
    full.organizations.map((o) => ({ id: o.id, name: o.name, parentId: o.parentId, country: o.country })),
  );
  expect(facets.people).toEqual(full.people.map((p) => ({ id: p.id, name: p.name, sentences: p.evidence.length })));
  const lines = (list: readonly KnowledgeBaseFacets["partnerships"][number][]) =>
    list.map((x) => ({
      ...x,
      organizations: sorted(x.organizations),
      fields: sorted(x.fields),
      people: sorted(x.people),
    }));
  const dates = (d: Parameters<typeof dateStart>[0] | null) =>
    d ? { start: dateStart(d), end: dateEnd(d) } : { start: null, end: null };
  expect(lines(facets.partnerships)).toEqual(
    full.partnerships.map((p) => ({
      id: p.id,
      kind: p.kind,
      ...dates(p.date),
      organizations: sorted(p.parties),
      fields: sorted(p.fields),
      people: [],
    })),
  );
  expect(lines(facets.events)).toEqual(
    full.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      ...dates(e.date),
      organizations: sorted(e.organizations),
      fields: [],
      people: sorted(e.people),
    })),
  );
}

// One document telling the partnership of Northern Polytechnic University and Steppe University, changed as given.
function npuSteppeTelling(text: string, origin: string, changes: Partial<Partnership> = {}) {
  const document = makeDocument(text, origin);
  const told = partnership(
    "npu-steppe",
    ["northern-polytechnic-university", "steppe-university"],
    [evidenceIn(document, text)],
  );
  return { document, organizations: [], people: [], partnerships: [{ ...told, ...changes }], events: [] };
}

/** Tellings sorted by their document's id, earliest first: the order heads take single values in. */
function byDocumentId<T extends { document: { id: string } }>(tellings: readonly T[]): T[] {
  return [...tellings].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
}

describe.each(BACKENDS)("heads on $name", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    const fresh = await backend.fresh();
    store = await openStore(fresh.location);
    cleanup = async () => {
      await store.close().catch(() => {});
      await fresh.cleanup();
    };
  });
  afterEach(async () => {
    await cleanup();
  });

  test("are the full snapshot's entities without evidence, whatever order the documents arrive in", async () => {
    // Reversed and interleaved, so that an earlier document (by id) arrives after a later one.
    const all = [centreFacts(), forumFacts(), syndicatedFacts(), signingFacts()];
    for (const facts of all.reverse()) await store.saveDocument(facts);
    for (const facts of all) await store.saveDocument(facts);
    const full = await store.snapshot();
    expectHeadsOf(await store.heads(KINDS), full);
    expectFacetsOf(await store.facets(), full);
  });

  test("keep the earliest document's single values and every document's list items", async () => {
    // Three tellings of one partnership that disagree on its status, title and fields, saved latest id first.
    const tellings = ["signed", "planned", "launched"].map((status, i) =>
      npuSteppeTelling(
        `Telling ${i}: Northern Polytechnic University and Steppe University cooperate.`,
        `https://example.org/telling/${i}`,
        {
          status: status as "signed",
          title: i === 0 ? null : `Title ${i}`,
          fields: [["materials"], ["physics"], ["materials", "medicine"]][i] as never,
        },
      ),
    );
    const byId = byDocumentId(tellings);
    for (const facts of [byId[2], byId[0], byId[1]]) await store.saveDocument(facts!);
    const heads = await store.heads(KINDS);
    expectHeadsOf(heads, await store.snapshot());
    expectFacetsOf(await store.facets(), await store.snapshot());
    expect(heads.partnerships[0]?.status).toBe(byId[0]?.partnerships[0]?.status);
  });

  test("are the same whether documents come one a transaction or many, with dates that move and a replacement", async () => {
    // Four tellings of one partnership dated differently; the earliest document (by id) fixes the date.
    const tellings = ["2019-03", "2020-05", "2021-07", "2022-09"].map((value, i) =>
      npuSteppeTelling(
        `Telling ${i} of the accord: Northern Polytechnic University and Steppe University cooperate.`,
        `https://example.org/accord/${i}`,
        { date: { precision: "month" as const, value } },
      ),
    );
    const byId = byDocumentId(tellings);
    // A new text at the origin of the second document, in the same transaction as later ones.
    const replacement = npuSteppeTelling(
      "Northern Polytechnic University and Steppe University signed a new accord.",
      byId[1]!.document.origin,
    );
    const order = [byId[3]!, byId[1]!, centreFacts(), byId[2]!, replacement, byId[0]!, signingFacts()];
    // The first three one a transaction (the date moves from the latest telling's to earlier ones), the rest in one.
    for (const facts of order.slice(0, 3)) await store.saveDocuments([facts]);
    await store.saveDocuments(order.slice(3));
    const heads = await store.heads(KINDS);
    const full = await store.snapshot();
    expectHeadsOf(heads, full);
    expectFacetsOf(await store.facets(), full);
    expect(full.documents.map((d) => d.id)).not.toContain(byId[1]!.document.id);

    // The same documents, each in its own transaction, in a store of their own, give the same heads.
    const other = await backend.fresh();
    const alone = await openStore(other.location);
    try {
      for (const facts of order) await alone.saveDocument(facts);
      expect(await alone.heads(KINDS)).toEqual(heads);
      expect(await alone.facets()).toEqual(await store.facets());
    } finally {
      await alone.close();
      await other.cleanup();
    }
  });

  test("count every telling, each in its own transaction, whether a later one changes the head's indexed columns or not", async () => {
    // Five tellings of one partnership, each in its own transaction: the second and third repeat the first's date,
    // parties and fields (only the title differs), the fourth adds a field, the fifth gives a range, so that a
    // stored head is written again both when its dates, parties and fields stay and when they change.
    const tellings = [0, 1, 2, 3, 4].map((i) =>
      npuSteppeTelling(
        `Telling ${i}: Northern Polytechnic University and Steppe University.`,
        `https://example.org/repeat/${i}`,
        {
          title: `Title ${i}`,
          fields: (i >= 3 ? ["materials", "physics"] : ["materials"]) as never,
          date:
            i >= 4
              ? { precision: "range" as const, start: "2020-05", end: "2021-01" }
              : { precision: "month" as const, value: "2020-05" },
        },
      ),
    );
    const after: number[] = [];
    for (const facts of tellings) {
      await store.saveDocuments([facts]);
      after.push((await store.heads(KINDS)).sentences.get("partnership:npu-steppe") ?? 0);
    }
    expect(after).toEqual([1, 2, 3, 4, 5]);
    const heads = await store.heads(KINDS);
    const full = await store.snapshot();
    expectHeadsOf(heads, full);
    expectFacetsOf(await store.facets(), full);
    const earliest = byDocumentId(tellings)[0];
    expect(heads.partnerships[0]?.title).toBe(earliest?.partnerships[0]?.title);
    expect(heads.partnerships[0]?.fields).toEqual(["materials", "physics"]);
  });

  test("are rebuilt when a document is replaced, and go with the last document telling them", async () => {
    await store.saveDocuments([signingFacts(), centreFacts()]);
    // Another text at the signing story's origin: what only it told goes, what the centre story told stays.
    const text = "Northern Polytechnic University and Steppe University agreed to exchange students.";
    const document = makeDocument(text, "https://news.example.edu/2021/signing");
    const said = evidenceIn(document, text);
    await store.saveDocument({
      document,
      organizations: [],
      people: [],
      partnerships: [partnership("npu-steppe", ["northern-polytechnic-university", "steppe-university"], [said])],
      events: [],
    });
    const heads = await store.heads(KINDS);
    const full = await store.snapshot();
    expectHeadsOf(heads, full);
    expectFacetsOf(await store.facets(), full);
    expect(heads.partnerships.map((p) => p.id)).toEqual(["partnership:npu-steppe"]);
    expect(heads.events).toEqual([]);
  });

  test("read whole: the entities asked for, as the full snapshot has them, with the documents they cite", async () => {
    await store.saveDocuments([signingFacts(), syndicatedFacts(), centreFacts()]);
    const full = await store.snapshot();
    const [p] = full.partnerships;
    const [person] = full.people;
    const part = await store.entities({ partnerships: [p!.id], people: [person!.id] });
    expect(part.partnerships).toEqual([p]);
    expect(part.people).toEqual([person]);
    const cited = new Set([...p!.evidence, ...person!.evidence].map((e) => e.documentId));
    expect(part.documents.map((d) => d.id)).toEqual([...cited].sort());
    expect(part.documents.every((d) => d.text === "")).toBe(true);
  });

  test("read with part of people's evidence: whole names and roles, the evidence of the documents kept", async () => {
    // One rector in four documents: two tell the role, one only names her (with another spelling), one is undated.
    const texts = [
      ["Rector Anna Lind of Steppe University opened the forum.", "2019-03-02", "Rector"],
      ["Anna Lind spoke at the forum.", "2020-06-01", null],
      ["Dean Anna Lind of Steppe University signed the plan.", "2018-01-09", "Dean"],
      ["Anna Lind was there too.", null, null],
    ] as const;
    const tellings = texts.map(([text, date, role], i) => {
      const document = makeDocument(text, `https://example.edu/lind-${i}`, {
        published: date === null ? null : { precision: "day", value: date },
      });
      const said = [evidenceIn(document, text)];
      const told = person("anna-lind", "Anna Lind", "steppe-university", said);
      const version = role
        ? { ...told, affiliations: told.affiliations.map((a) => ({ ...a, role })) }
        : { ...told, aliases: i === 1 ? ["A. Lind"] : [], affiliations: [] };
      return { document, organizations: [], people: [version], partnerships: [], events: [] };
    });
    await store.saveDocuments(tellings);
    const [whole] = (await store.snapshot()).people;
    const dean = tellings[2]!.document.id;
    let seen: unknown;
    const part = await store.entities({
      people: [whole!.id],
      peopleEvidence: (documents) => {
        seen = documents;
        return new Map([[whole!.id as string, new Set([dean as string])]]);
      },
    });
    expect(seen).toEqual(
      new Map([
        [
          whole!.id,
          byDocumentId(tellings).map(({ document, people }) => ({
            id: document.id,
            published: document.published,
            mentions: true,
            affiliations: people[0]!.affiliations.length > 0,
            roles: people[0]!.affiliations.length > 0,
          })),
        ],
      ]),
    );
    const only = (list: readonly { documentId: string }[]) => list.filter((e) => e.documentId === dean);
    expect(part.people).toEqual([
      {
        ...whole,
        evidence: only(whole!.evidence),
        affiliations: whole!.affiliations.map((a) => ({ ...a, evidence: only(a.evidence) })),
      },
    ]);
    expect(part.people[0]!.aliases).toEqual(["A. Lind"]);
    expect(part.people[0]!.affiliations.map((a) => a.role).sort()).toEqual(["Dean", "Rector"]);
    expect(part.documents.map((d) => d.id)).toEqual([dean]);
  });
});

describe("a store written before heads", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "accord-heads-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("gains them when it is opened", async () => {
    const path = join(dir, "accord.db");
    const store = await openStore(path);
    await store.saveDocuments([signingFacts(), syndicatedFacts(), centreFacts(), forumFacts()]);
    const expected = await store.heads(KINDS);
    await store.close();
    const raw = new SqliteDatabase(path);
    toSchemaVersion3(raw);
    raw.exec(`drop table entity_heads; delete from kysely_migration where name = '0003-entity-heads';
      update meta set value = '2' where key = 'schema_version';`);
    raw.close();
    const reopened = await openStore(path);
    const heads = await reopened.heads(KINDS);
    expect(heads).toEqual(expected);
    expectHeadsOf(heads, await reopened.snapshot());
    await reopened.close();
  });
});

describe.each(BACKENDS)("newest on $name", (backend) => {
  test("pages through heads newest first, then by id, undated last, and stops at the limit", async () => {
    const fresh = await backend.fresh();
    const store = await openStore(fresh.location);
    try {
      // 450 partnerships over 30 dates (many sharing one), a tenth undated, in 45 documents.
      const documents = Array.from({ length: 45 }, (_, d) => {
        const text = `Bulletin ${d}: Northern Polytechnic University and Steppe University report their agreements.`;
        const document = makeDocument(text, `https://example.org/bulletin/${d}`);
        const said = evidenceIn(document, text);
        return {
          document,
          organizations: [],
          people: [],
          partnerships: Array.from({ length: 10 }, (_, i) => {
            const n = d * 10 + i;
            const p = partnership(
              `p-${String(n).padStart(3, "0")}`,
              ["northern-polytechnic-university", "steppe-university"],
              [said],
            );
            return {
              ...p,
              kind: (n % 3 === 0 ? "mou" : "agreement") as "agreement",
              date:
                n % 10 === 9
                  ? null
                  : {
                      precision: "month" as const,
                      value: `20${String(10 + (n % 30) / 3).slice(0, 2)}-0${1 + (n % 3)}`,
                    },
            };
          }),
          events: [],
        };
      });
      await store.saveDocuments(documents);
      const full = await store.snapshot();
      const order = (a: (typeof full.partnerships)[number], b: (typeof full.partnerships)[number]) => {
        const [x, y] = [
          a.date?.precision === "month" ? a.date.value : null,
          b.date?.precision === "month" ? b.date.value : null,
        ];
        if (x !== y) return x === null ? 1 : y === null ? -1 : x > y ? -1 : 1;
        return a.id < b.id ? -1 : 1;
      };
      for (const [limit, kind] of [
        [0, undefined],
        [7, "mou"],
        [250, undefined],
        [449, undefined],
        [450, undefined],
        [1000, "agreement"],
      ] as const) {
        const expected = full.partnerships.filter((p) => !kind || p.kind === kind).sort(order);
        const found = await store.newest("partnership", (p) => !kind || p.kind === kind, limit);
        const wanted = limit > 0 ? expected.slice(0, limit) : expected;
        expect(found.heads.map((p) => p.id)).toEqual(wanted.map((p) => p.id));
        expect(found.more).toBe(wanted.length < expected.length);
        expect(found.heads.every((p) => found.documents.get(p.id) === 1)).toBe(true);
      }
    } finally {
      await store.close();
      await fresh.cleanup();
    }
  });

  test("hands keep the organizations a head names and their parents, and reads no others", async () => {
    const fresh = await backend.fresh();
    const store = await openStore(fresh.location);
    try {
      const text =
        "The Faculty of Physics of Amur University and Volga University signed an agreement. " +
        "Volga University and Steppe Institute signed one too. Lake College was mentioned.";
      const document = makeDocument(text, "https://example.org/two-agreements");
      const said = evidenceIn(document, text);
      const amur = org("amur-university", "Amur University", [said], { country: "CN" });
      const physics = org("amur-university-physics", "Faculty of Physics", [said], {
        kind: "unit",
        parentId: amur.id,
      });
      const volga = org("volga-university", "Volga University", [said], { country: "RU" });
      const steppe = org("steppe-institute", "Steppe Institute", [said], { country: "KZ" });
      const lake = org("lake-college", "Lake College", [said], { country: "CN" });
      const first = partnership("physics-volga", ["amur-university-physics", "volga-university"], [said]);
      const second = partnership("volga-steppe", ["volga-university", "steppe-institute"], [said]);
      await store.saveDocuments([
        {
          document,
          organizations: [amur, physics, volga, steppe, lake],
          people: [],
          partnerships: [first, { ...second, date: { precision: "month", value: "2022-01" } }],
          events: [],
        },
      ]);
      const inChina = (p: { parties: readonly string[] }, known: KnownOrganizations) =>
        p.parties.some((id) => countryOfOrganization(known, id as OrganizationId) === "CN");
      const found = await store.newest<Partnership>("partnership", inChina, 0);
      // The unit is placed in China through its parent, which it did not name.
      expect(found.heads.map((p) => p.id)).toEqual([first.id]);
      expect(found.organizations.map((o) => o.id)).toEqual([amur.id, physics.id, steppe.id, volga.id]);
      expect(found.organizations.find((o) => o.id === physics.id)).toEqual({
        id: physics.id,
        name: "Faculty of Physics",
        parentId: amur.id,
        country: null,
      });
      expect((await store.organizationFacets([physics.id, "org:nowhere"])).map((o) => o.id)).toEqual([
        amur.id,
        physics.id,
      ]);
      expect((await store.organizationFacets()).map((o) => o.id)).toContain(lake.id);
    } finally {
      await store.close();
      await fresh.cleanup();
    }
  });
});
