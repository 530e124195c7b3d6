import type {
  Event,
  Evidence,
  Facet,
  FacetColumns,
  KnowledgeBase,
  KnowledgeBaseFacets,
  Organization,
  OrganizationFacet,
  OrganizationId,
  Partnership,
  Person,
  PersonFacet,
} from "@accord/domain";
import { emptyKnowledgeBase } from "@accord/domain";
import { type Kysely, sql } from "kysely";
import { fieldsOf } from "./build-snapshot.ts";
import { chunked } from "./chunked.ts";
import { SEPARATOR } from "./entity-heads.ts";
import { FacetPacker, PACK_HEADER_BYTES, packHeader, type UnpackedFacets, unpackFacets } from "./facet-pack.ts";
import { type ChooseEvidence, readPeopleInPart } from "./read-people-in-part.ts";
import { readDocuments, readMerged } from "./read-scoped-snapshot.ts";
import type { Database, EntityKind } from "./schema.ts";

/**
 * Every organization, partnership or event of some kinds as its head: merged over the documents that tell it,
 * without its evidence (empty lists), sorted by id; `sentences` and `documents` count, by entity id, the evidence
 * the full entity has. Not a valid knowledge base to export (evidence is required there): it is for counting,
 * ranking and listing. People have no heads to read (their facets give name and counts; `entities` whole people).
 */
export interface Heads {
  organizations: Organization[];
  partnerships: Partnership[];
  events: Event[];
  sentences: Map<string, number>;
  documents: Map<string, number>;
}

/** The kinds of entity whose heads can be read. */
export type HeadKind = "organization" | "partnership" | "event";

const KEY = { organization: "organizations", partnership: "partnerships", event: "events" } as const;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The heads of every entity of these kinds, or of these entities of one kind. */
export async function readHeads(
  view: Kysely<Database>,
  kinds: readonly HeadKind[],
  ids?: readonly string[],
): Promise<Heads> {
  const out: Heads = {
    organizations: [],
    partnerships: [],
    events: [],
    sentences: new Map(),
    documents: new Map(),
  };
  for (const kind of new Set(kinds)) {
    const select = () =>
      view.selectFrom("entity_heads").select(["entity_id", "sentences", "documents", "data"]).where("kind", "=", kind);
    const rows = [];
    if (ids === undefined) rows.push(...(await select().execute()));
    else
      for (const chunk of chunked([...new Set(ids)], 500))
        rows.push(...(await select().where("entity_id", "in", chunk).execute()));
    rows.sort((a, b) => compare(a.entity_id, b.entity_id));
    const list: unknown[] = out[KEY[kind]];
    for (const r of rows) {
      list.push(JSON.parse(r.data));
      out.sentences.set(r.entity_id, Number(r.sentences));
      out.documents.set(r.entity_id, Number(r.documents));
    }
  }
  return out;
}

/** Which entities to read whole. */
export interface EntityIds {
  partnerships?: readonly string[];
  events?: readonly string[];
  people?: readonly string[];
  /**
   * Which documents' evidence of each person to read (see `ChooseEvidence`): without it, all of it. The people
   * read have their evidence, and the result the documents, of the kept documents alone.
   */
  peopleEvidence?: ChooseEvidence;
}

/** These entities whole, as the full snapshot has them, with the documents their evidence cites (without text). */
export async function readEntities(view: Kysely<Database>, ids: EntityIds): Promise<KnowledgeBase> {
  const kb = emptyKnowledgeBase();
  const byId = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => compare(a.id, b.id));
  kb.partnerships = byId(await readMerged<Partnership>(view, "partnership", ids.partnerships ?? []));
  kb.events = byId(await readMerged<Event>(view, "event", ids.events ?? []));
  kb.people = byId(
    ids.peopleEvidence
      ? await readPeopleInPart(view, ids.people ?? [], ids.peopleEvidence)
      : await readMerged<Person>(view, "person", ids.people ?? []),
  );
  kb.fields = fieldsOf(kb.partnerships);
  const cited = new Set<string>();
  const cite = (evidence: readonly Evidence[]) => {
    for (const e of evidence) cited.add(e.documentId);
  };
  for (const p of kb.partnerships) cite(p.evidence);
  for (const e of kb.events) cite(e.evidence);
  for (const p of kb.people) {
    cite(p.evidence);
    for (const a of p.affiliations) cite(a.evidence);
  }
  kb.documents = await readDocuments(view, cited);
  return kb;
}

/** What a scan of facets gives each partnership and event to, in id order: the partnerships first. */
export interface FacetVisitor {
  partnership(facet: Facet): void;
  event(facet: Facet): void;
  /**
   * When given, a store holding its facets packed hands them all at once as columns instead, for a visitor that
   * reads them faster so; it must take them as it would take each facet in turn.
   */
  columns?(columns: FacetColumns): void;
}

/**
 * Reads every entity's facet from the heads' columns alone (no JSON is read): the organizations and people as
 * lists (sorted by id) handed to `start`, then the partnerships and the events one at a time, in id order, to the
 * visitor it returns; a facet is not kept once visited, so memory holds no more than what the visitor keeps. The
 * partnerships and events come from the facet pack while it is current (the same facets, from one value).
 */
export async function scanFacets(
  view: Kysely<Database>,
  eachRow: EachRow | undefined,
  start: (organizations: OrganizationFacet[], people: PersonFacet[]) => FacetVisitor,
): Promise<void> {
  const pack = await readCurrentPack(view);
  if (pack) {
    const visitor = start(pack.organizations, pack.people);
    if (visitor.columns) {
      visitor.columns(pack.columns());
      return;
    }
    pack.each((facet, kind) => {
      if (kind === "partnership") visitor.partnership(facet);
      else visitor.event(facet);
    });
    return;
  }
  const visitor = start(await readOrganizationFacets(view, eachRow), await readPeopleFacets(view, eachRow));
  // Heads repeat the same lists (a pair of parties, a field): each is split once, and shared.
  const split = new Map<string, string[]>();
  const ids = (joined: unknown): string[] => {
    if (joined === "") return NONE;
    let list = split.get(joined as string);
    if (!list) {
      list = (joined as string).split(SEPARATOR);
      split.set(joined as string, list);
    }
    return list;
  };
  for (const kind of ["partnership", "event"] as const)
    for (const r of await headRows(view, eachRow, FACET_COLUMNS[kind], kind)) {
      const facet: Facet = {
        id: r[0] as string,
        kind: r[1] as string,
        start: r[2] as string | null,
        end: r[3] as string | null,
        organizations: ids(r[4]) as OrganizationId[],
        fields: kind === "partnership" ? ids(r[5]) : NONE,
        people: kind === "event" ? ids(r[5]) : NONE,
      };
      if (kind === "partnership") visitor.partnership(facet);
      else visitor.event(facet);
    }
}

type EachRow = (query: string) => Iterable<unknown[]>;

async function readPeopleFacets(view: Kysely<Database>, eachRow: EachRow | undefined): Promise<PersonFacet[]> {
  const people: PersonFacet[] = [];
  for (const r of await headRows(view, eachRow, ["entity_id", "label", "sentences"], "person"))
    people.push({ id: r[0] as string, name: r[1] as string, sentences: Number(r[2]) });
  return people;
}

const FACET_COLUMNS = {
  partnership: ["entity_id", "label", "date_start", "date_end", "members", "fields"],
  event: ["entity_id", "label", "date_start", "date_end", "members", "people"],
} as const;

// Some columns of every head of a kind, in id order, as arrays. Column lists are fixed strings, so the row-array
// path and the query builder read the same thing; ids compare byte by byte on both databases, as the snapshot
// sorts them.
async function headRows(
  view: Kysely<Database>,
  eachRow: EachRow | undefined,
  columns: readonly string[],
  kind: EntityKind,
): Promise<Iterable<unknown[]>> {
  const order = eachRow ? "entity_id" : 'entity_id collate "C"';
  const query = `select ${columns.join(", ")} from entity_heads where kind = '${kind}' order by ${order}`;
  if (eachRow) return eachRow(query);
  const rows = await sql.raw<Record<string, unknown>>(query).execute(view);
  return rows.rows.map((r) => columns.map((c) => r[c]));
}

/** The store's generation (see FacetPackTable), as stored; undefined in a store without one. */
export async function readGeneration(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", "generation").executeTakeFirst();
  return row?.value;
}

// The facet pack, when it was made at the store's generation (and is of this layout).
async function readCurrentPack(view: Kysely<Database>): Promise<UnpackedFacets | undefined> {
  // The generation first: a stale pack's value (tens of MB in a large store) is not read at all.
  const generation = await readGeneration(view);
  const stored = await view.selectFrom("facet_pack").select("generation").executeTakeFirst();
  if (generation === undefined || !stored || String(stored.generation) !== generation) return undefined;
  const pack = await view.selectFrom("facet_pack").select("data").executeTakeFirst();
  return pack ? unpackFacets(pack.data) : undefined;
}

/** What `packFacets` did: whether it wrote a new pack, of how many facets, in how many bytes (0: none written). */
export interface FacetPackSummary {
  packed: boolean;
  partnerships: number;
  events: number;
  bytes: number;
}

/**
 * Packs the facets of every partnership and event at the store's generation, unless the pack stored is of it
 * already; inside a write transaction, so that nothing changes the heads meanwhile. Says whether it packed.
 */
export async function writeFacetPack(
  trx: Kysely<Database>,
  eachRow: EachRow | undefined,
  maxFacets = MAX_PACKED_FACETS,
): Promise<FacetPackSummary> {
  const generation = await readGeneration(trx);
  // Only the stored pack's header is read to tell whether it is current.
  const stored = await trx
    .selectFrom("facet_pack")
    .select(["generation", sql<Uint8Array>`substr(data, 1, ${PACK_HEADER_BYTES})`.as("header")])
    .executeTakeFirst();
  const header = stored && String(stored.generation) === generation ? packHeader(stored.header) : undefined;
  if (header) return { packed: false, partnerships: header.partnerships, events: header.events, bytes: 0 };
  // Past the limit the pack would be too large a value to hold or store: none is kept, and scans read the rows.
  const counted = await trx
    .selectFrom("entity_heads")
    .select(["kind", (eb) => eb.fn.countAll().as("n")])
    .where("kind", "in", ["partnership", "event"])
    .groupBy("kind")
    .execute();
  const countOf = (kind: string) => Number(counted.find((c) => c.kind === kind)?.n ?? 0);
  if (countOf("partnership") + countOf("event") > maxFacets) {
    await trx.deleteFrom("facet_pack").execute();
    return { packed: false, partnerships: countOf("partnership"), events: countOf("event"), bytes: 0 };
  }
  const packer = new FacetPacker();
  packer.addOthers(await readOrganizationFacets(trx, eachRow), await readPeopleFacets(trx, eachRow));
  for (const kind of ["partnership", "event"] as const)
    for (const r of await headRows(trx, eachRow, FACET_COLUMNS[kind], kind)) packer.add(kind, r);
  const data = packer.bytes();
  await trx.deleteFrom("facet_pack").execute();
  await trx
    .insertInto("facet_pack")
    .values({
      generation: Number(generation ?? 0),
      data: Buffer.from(data.buffer, data.byteOffset, data.length),
    })
    .execute();
  return { packed: true, partnerships: packer.partnerships, events: packer.events, bytes: data.length };
}

/** The most partnerships and events packed (some 20 bytes and an id each): 3 million make a pack of about 250 MB. */
export const MAX_PACKED_FACETS = 3_000_000;

/** Every entity's facet at once (see `scanFacets`), each list sorted by id. */
export async function readFacets(
  view: Kysely<Database>,
  eachRow?: (query: string) => Iterable<unknown[]>,
): Promise<KnowledgeBaseFacets> {
  const out: KnowledgeBaseFacets = { organizations: [], partnerships: [], events: [], people: [] };
  await scanFacets(view, eachRow, (organizations, people) => {
    out.organizations = organizations;
    out.people = people;
    return { partnership: (f) => out.partnerships.push(f), event: (f) => out.events.push(f) };
  });
  return out;
}

const NONE: string[] = [];

/** The organizations `newest` has read so far, as `countryOfOrganization` of @accord/domain takes them. */
export interface KnownOrganizations {
  organizations: OrganizationFacet[];
}

/** What `newest` finds. */
export interface Newest<T> {
  heads: T[];
  /** Each head's number of sources. */
  documents: Map<string, number>;
  /** Whether any other head `keep` accepts was left. */
  more: boolean;
  /** The facets of the organizations the heads read name, and of their parents, sorted by id. */
  organizations: OrganizationFacet[];
}

/**
 * Partnerships or events as heads (merged, without evidence), newest first by the start of their date, then by id
 * (byte by byte), undated last, the first `limit` of those `keep` accepts (0 means all). `keep` sees each head
 * with the facets of every organization it names and of their parents (and of others read before).
 */
export async function readNewest<T extends Partnership | Event>(
  view: Kysely<Database>,
  dialect: "sqlite" | "postgres",
  kind: "partnership" | "event",
  keep: (head: T, known: KnownOrganizations) => boolean,
  limit: number,
): Promise<Newest<T>> {
  const heads: T[] = [];
  const documents = new Map<string, number>();
  const known: KnownOrganizations = { organizations: [] };
  const asked = new Set<string>();
  // The organizations a page names, and their parents, that no earlier page named.
  const learn = async (page: readonly T[]) => {
    const wanted = [...new Set(page.flatMap((h) => ("parties" in h ? h.parties : h.organizations)))].filter(
      (id) => !asked.has(id),
    );
    if (wanted.length === 0) return;
    for (const o of await readOrganizationFacetsOf(view, wanted, asked)) known.organizations.push(o);
  };
  const done = (more: boolean) => ({
    heads,
    documents,
    more,
    organizations: [...known.organizations].sort((a, b) => compare(a.id, b.id)),
  });
  const PAGE = Math.max(200, Math.min(limit + 1, 2000));
  const id = dialect === "postgres" ? sql<string>`entity_id collate "C"` : sql<string>`entity_id`;
  let after: { start: string | null; id: string } | undefined;
  // Dated heads in pages of (date start descending, id), then the undated by id.
  for (let dated = true; ; ) {
    let query = view
      .selectFrom("entity_heads")
      .select(["entity_id", "date_start", "documents", "data"])
      .where("kind", "=", kind)
      .limit(PAGE);
    if (dated) {
      query = query.where("date_start", "is not", null).orderBy("date_start", "desc").orderBy(id);
      if (after) {
        const { start, id: last } = after;
        query = query.where((eb) =>
          eb.or([
            eb("date_start", "<", start as string),
            eb.and([eb("date_start", "=", start as string), eb(id, ">", last)]),
          ]),
        );
      }
    } else {
      query = query.where("date_start", "is", null).orderBy(id);
      if (after) query = query.where(id, ">", after.id);
    }
    const rows = await query.execute();
    const page = rows.map((r) => JSON.parse(r.data) as T);
    await learn(page);
    for (const [i, head] of page.entries()) {
      if (!keep(head, known)) continue;
      if (limit > 0 && heads.length === limit) return done(true);
      heads.push(head);
      documents.set(head.id, Number((rows[i] as (typeof rows)[number]).documents));
    }
    const last = rows.at(-1);
    if (rows.length === PAGE && last) after = { start: last.date_start, id: last.entity_id };
    else if (dated) {
      dated = false;
      after = undefined;
    } else return done(false);
  }
}

/** Every organization's facet (name, parent, country), sorted by id. */
export async function readOrganizationFacets(
  view: Kysely<Database>,
  eachRow?: (query: string) => Iterable<unknown[]>,
): Promise<OrganizationFacet[]> {
  const query = "select entity_id, label, parent_id, country from entity_heads where kind = 'organization'";
  const rows: Iterable<unknown[]> = eachRow
    ? eachRow(query)
    : (await sql.raw<Record<string, unknown>>(query).execute(view)).rows.map((r) => [
        r.entity_id,
        r.label,
        r.parent_id,
        r.country,
      ]);
  const out: OrganizationFacet[] = [];
  for (const r of rows)
    out.push({
      id: r[0] as OrganizationId,
      name: r[1] as string,
      parentId: r[2] as OrganizationId | null,
      country: r[3] as string | null,
    });
  return out.sort((a, b) => compare(a.id, b.id));
}

/** The facets of these organizations and of their parents up to the top, those that exist, sorted by id. */
export async function readOrganizationFacetsOf(
  view: Kysely<Database>,
  ids: readonly string[],
  /** Ids already read (or asked for) before, whose parents are not read again; those of this call are added. */
  asked = new Set<string>(),
): Promise<OrganizationFacet[]> {
  const found = new Map<string, OrganizationFacet>();
  for (let wanted = [...new Set(ids)]; wanted.length > 0; ) {
    for (const id of wanted) asked.add(id);
    const parents: string[] = [];
    for (const chunk of chunked(wanted, 500)) {
      const rows = await view
        .selectFrom("entity_heads")
        .select(["entity_id", "label", "parent_id", "country"])
        // A literal, as the partial index of organizations is written (a parameter would not match it).
        .where(sql<boolean>`kind = 'organization'`)
        .where("entity_id", "in", chunk)
        .execute();
      for (const r of rows) {
        found.set(r.entity_id, {
          id: r.entity_id as OrganizationId,
          name: r.label,
          parentId: r.parent_id as OrganizationId | null,
          country: r.country,
        });
        if (r.parent_id && !asked.has(r.parent_id)) parents.push(r.parent_id);
      }
    }
    wanted = [...new Set(parents)];
  }
  return [...found.values()].sort((a, b) => compare(a.id, b.id));
}
