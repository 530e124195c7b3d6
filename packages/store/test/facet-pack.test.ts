import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Facet, KnowledgeBaseFacets } from "@accord/domain";
import SqliteDatabase from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { FacetPacker, LAYOUT, packHeader, unpackFacets } from "../src/facet-pack.ts";
import { openStore, type Store } from "../src/index.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { evidenceIn, makeDocument, partnership } from "./helpers/make-facts.ts";
import { toSchemaVersion7 } from "./helpers/older-schema.ts";
import { centreFacts, forumFacts, signingFacts, syndicatedFacts } from "./helpers/stories.ts";

const SEP = "\u001f";

function unpacked(bytes: Uint8Array) {
  const pack = unpackFacets(bytes);
  if (!pack) throw new Error("not a pack");
  const facets: [string, Facet][] = [];
  pack.each((facet, kind) => facets.push([kind, facet]));
  return { pack, facets };
}

describe("a facet pack", () => {
  const organizations = [
    { id: "org:a" as never, name: "Университет А", parentId: null, country: "RU" },
    { id: "org:b" as never, name: "北方大学", parentId: "org:a" as never, country: null },
  ];
  const people = [{ id: "person:x", name: "Xu Li", sentences: 3 }];

  test("gives back every facet as its heads' columns hold it, lists shared and the empty ones empty", () => {
    const packer = new FacetPacker();
    packer.addOthers(organizations, people);
    packer.add("partnership", ["partnership:one", "mou", "2021-04-01", "2021-04-30", `org:a${SEP}org:b`, "physics"]);
    packer.add("partnership", ["partnership:two", "agreement", null, null, `org:a${SEP}org:b`, ""]);
    packer.add("event", ["event:three", "visit", "2022", "2022-12-31", "org:a", `person:x${SEP}person:ю`]);
    const { pack, facets } = unpacked(packer.bytes());
    expect(pack.organizations).toEqual(organizations);
    expect(pack.people).toEqual(people);
    expect([pack.partnerships, pack.events]).toEqual([2, 1]);
    expect(facets).toEqual([
      [
        "partnership",
        {
          id: "partnership:one",
          kind: "mou",
          start: "2021-04-01",
          end: "2021-04-30",
          organizations: ["org:a", "org:b"],
          fields: ["physics"],
          people: [],
        },
      ],
      [
        "partnership",
        {
          id: "partnership:two",
          kind: "agreement",
          start: null,
          end: null,
          organizations: ["org:a", "org:b"],
          fields: [],
          people: [],
        },
      ],
      [
        "event",
        {
          id: "event:three",
          kind: "visit",
          start: "2022",
          end: "2022-12-31",
          organizations: ["org:a"],
          fields: [],
          people: ["person:x", "person:ю"],
        },
      ],
    ]);
    // The same list is one array, so that what is worked out from it is worked out once.
    expect(facets[0]?.[1].organizations).toBe(facets[1]?.[1].organizations);
  });

  test("gives the same facets as columns, each id made when asked for", () => {
    const packer = new FacetPacker();
    packer.addOthers(organizations, people);
    packer.add("partnership", ["partnership:one", "mou", "2021-04-01", "2021-04-30", `org:a${SEP}org:b`, "physics"]);
    packer.add("partnership", ["partnership:двa-☃", "agreement", null, null, `org:a${SEP}org:b`, ""]);
    packer.add("event", ["event:三", "visit", "2022", "2022-12-31", "org:a", `person:x${SEP}person:ю`]);
    packer.add("event", ["event:four", "visit", "2022", null, "", ""]);
    const { pack, facets } = unpacked(packer.bytes());
    const c = pack.columns();
    expect([c.partnerships, c.events]).toEqual([2, 2]);
    const fromColumns = Array.from({ length: c.partnerships + c.events }, (_, i): [string, Facet] => {
      const n = (k: number) => c.numbers[5 * i + k] as number;
      const other = c.lists[n(4)] as string[];
      const partnership = i < c.partnerships;
      return [
        partnership ? "partnership" : "event",
        {
          id: c.id(i),
          kind: c.kinds[n(0)] as string,
          start: n(1) === 0 ? null : (c.dates[n(1) - 1] as string),
          end: n(2) === 0 ? null : (c.dates[n(2) - 1] as string),
          organizations: c.lists[n(3)] as never,
          fields: partnership ? other : [],
          people: partnership ? [] : other,
        },
      ];
    });
    expect(fromColumns).toEqual(facets);
    expect(c.id(3)).toBe("event:four");
    expect(c.lists[c.numbers[3] as number]).toBe(c.lists[c.numbers[8] as number]);
  });

  test("whose ids are fewer than its facets is not read", () => {
    const packer = new FacetPacker();
    packer.add("partnership", ["partnership:one", "mou", null, null, "org:a", ""]);
    packer.add("partnership", ["partnership:two", "mou", null, null, "org:a", ""]);
    const bytes = packer.bytes();
    const at = bytes.indexOf(0x1f, 24 + new Uint32Array(bytes.buffer, 0, 6)[1]!);
    expect(at).toBeGreaterThan(0);
    const joined = bytes.slice();
    joined[at] = 0x2d;
    expect(unpackFacets(bytes)).toBeDefined();
    expect(unpackFacets(joined)).toBeUndefined();
  });

  test("is read from a buffer at any offset, and an empty one holds nothing", () => {
    const packer = new FacetPacker();
    packer.add("event", ["event:one", "visit", null, null, "", ""]);
    const bytes = packer.bytes();
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(shifted.byteOffset % 4).toBe(1);
    expect(unpacked(shifted).facets.map(([, f]) => f.id)).toEqual(["event:one"]);
    // A Buffer whose `slice` is a view, as drivers give them.
    const pooled = Buffer.alloc(bytes.length + 2).subarray(2);
    pooled.set(bytes);
    expect(unpacked(pooled).facets.map(([, f]) => f.id)).toEqual(["event:one"]);
    expect(packHeader(pooled)).toEqual({ partnerships: 0, events: 1 });
    const empty = unpacked(new FacetPacker().bytes());
    expect([empty.facets, empty.pack.organizations, empty.pack.people]).toEqual([[], [], []]);
  });

  test("of another layout, cut short or of the other byte order is not read", () => {
    const packer = new FacetPacker();
    packer.add("partnership", ["partnership:one", "mou", null, null, "org:a", ""]);
    const bytes = packer.bytes();
    expect(unpackFacets(bytes.subarray(0, bytes.length - 4))).toBeUndefined();
    expect(unpackFacets(new Uint8Array(8))).toBeUndefined();
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(0, LAYOUT, false);
    expect(unpackFacets(other)).toBeUndefined();
  });

  test("takes the partnerships before the events, and the organizations and people before both", () => {
    const packer = new FacetPacker();
    packer.add("event", ["event:one", "visit", null, null, "", ""]);
    expect(() => packer.add("partnership", ["partnership:one", "mou", null, null, "", ""])).toThrow(/after an event/);
    expect(() => packer.addOthers(organizations, people)).toThrow(/after the lists/);
  });
});

// A document telling one partnership the stories do not.
function exchangeFacts() {
  const text = "Northern Polytechnic University and Steppe University agreed to exchange students.";
  const document = makeDocument(text, "https://example.org/exchange");
  const told = partnership(
    "npu-steppe",
    ["northern-polytechnic-university", "steppe-university"],
    [evidenceIn(document, text)],
  );
  return { document, organizations: [], people: [], partnerships: [told], events: [] };
}

// The facets as a store reads them, each list's order as stored.
const facetsOf = (store: Store): Promise<KnowledgeBaseFacets> => store.facets();

describe.each(BACKENDS)("the facet pack on $name", (backend) => {
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

  test("gives the facets the heads give, until a write changes a head, and is packed again after it", async () => {
    await store.saveDocuments([signingFacts(), centreFacts(), forumFacts()]);
    const fromHeads = await facetsOf(store);
    expect(fromHeads.partnerships.length).toBeGreaterThan(0);
    expect(fromHeads.events.length).toBeGreaterThan(0);
    const summary = await store.packFacets();
    expect(summary).toMatchObject({
      packed: true,
      partnerships: fromHeads.partnerships.length,
      events: fromHeads.events.length,
    });
    expect(summary.bytes).toBeGreaterThan(0);
    expect(await facetsOf(store)).toEqual(fromHeads);
    expect(await store.packFacets()).toMatchObject({ packed: false, bytes: 0 });

    // A new telling: the facets are the heads' again (the pack is of the generation before), with what it adds.
    await store.saveDocument(exchangeFacts());
    const after = await facetsOf(store);
    expect(after.partnerships.map((p) => p.id)).toContain("partnership:npu-steppe");
    expect(await store.packFacets()).toMatchObject({ packed: true, partnerships: after.partnerships.length });
    expect(await facetsOf(store)).toEqual(after);
  });

  test("is not kept for more facets than its limit, and the facets are then the heads'", async () => {
    await store.saveDocuments([signingFacts(), centreFacts()]);
    await store.packFacets();
    await store.saveDocument(exchangeFacts());
    const fromHeads = await facetsOf(store);
    const total = fromHeads.partnerships.length + fromHeads.events.length;
    expect(await store.packFacets({ maxFacets: total - 1 })).toMatchObject({ packed: false, bytes: 0 });
    expect(await facetsOf(store)).toEqual(fromHeads);
    expect(await store.packFacets({ maxFacets: total })).toMatchObject({ packed: true });
  });

  test("stays current when every document saved was stored already", async () => {
    await store.saveDocuments([signingFacts(), syndicatedFacts()]);
    await store.packFacets();
    await store.saveDocuments([signingFacts(), syndicatedFacts()]);
    expect(await store.packFacets()).toMatchObject({ packed: false });
  });

  test("goes stale when a document is replaced", async () => {
    await store.saveDocuments([signingFacts(), centreFacts()]);
    await store.packFacets();
    const text = "Northern Polytechnic University and Steppe University agreed to exchange students.";
    await store.saveDocument({
      document: makeDocument(text, "https://news.example.edu/2021/signing"),
      organizations: [],
      people: [],
      partnerships: [],
      events: [],
    });
    const after = await facetsOf(store);
    expect(await store.packFacets()).toMatchObject({ packed: true });
    expect(await facetsOf(store)).toEqual(after);
  });
});

describe("the facet pack in a SQLite file", () => {
  test("is what the facets are read from while current, and is not read when it is of another layout", () =>
    inSqliteFile(async (file) => {
      const store = await openStore(file);
      await store.saveDocuments([signingFacts(), centreFacts(), forumFacts()]);
      await store.packFacets();
      const packed = await store.facets();
      await store.close();
      // A change behind the store's back, which moves no generation: the pack still answers.
      const raw = new SqliteDatabase(file);
      raw.prepare("update entity_heads set label = 'exchange' where kind = 'partnership'").run();
      raw.close();
      const again = await openStore(file);
      expect(await again.facets()).toEqual(packed);
      await again.close();
      // A pack that is not of this layout: the heads answer, and packing writes a new one.
      const broken = new SqliteDatabase(file);
      broken.prepare("update facet_pack set data = ?").run(Buffer.alloc(64));
      broken.close();
      const last = await openStore(file);
      const fromHeads = await last.facets();
      expect(fromHeads.partnerships.every((p) => p.kind === "exchange")).toBe(true);
      expect(await last.packFacets()).toMatchObject({ packed: true });
      expect(await last.facets()).toEqual(fromHeads);
      await last.close();
    }));
});

test("a store of schema version 7 gains a generation and a pack when it is opened and packed", () =>
  inSqliteFile(async (file) => {
    const store = await openStore(file);
    await store.saveDocuments([signingFacts(), centreFacts()]);
    const before = await store.facets();
    await store.close();
    const raw = new SqliteDatabase(file);
    toSchemaVersion7(raw);
    raw.close();
    const opened = await openStore(file);
    expect(await opened.facets()).toEqual(before);
    expect(await opened.packFacets()).toMatchObject({ packed: true });
    expect(await opened.facets()).toEqual(before);
    // A document with no facts changes no head; one with a partnership does.
    await opened.saveDocument(forumFacts());
    expect(await opened.packFacets()).toMatchObject({ packed: false });
    await opened.saveDocument(exchangeFacts());
    expect(await opened.packFacets()).toMatchObject({ packed: true });
    await opened.close();
    const check = new SqliteDatabase(file, { readonly: true });
    expect(check.prepare("select value from meta where key = 'schema_version'").pluck().get()).toBe("8");
    check.close();
  }));

// Runs `body` with the path of a SQLite file in a folder of its own, removed after.
async function inSqliteFile(body: (file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "accord-pack-"));
  try {
    await body(join(dir, "accord.db"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
