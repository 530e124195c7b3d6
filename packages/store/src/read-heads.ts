import type {
  Event,
  Evidence,
  Facet,
  KnowledgeBase,
  KnowledgeBaseFacets,
  Organization,
  OrganizationId,
  Partnership,
  Person,
} from "@accord/domain";
import { emptyKnowledgeBase } from "@accord/domain";
import type { Kysely } from "kysely";
import { fieldsOf } from "./build-snapshot.ts";
import { SEPARATOR } from "./entity-heads.ts";
import { readDocuments, readMerged } from "./read-scoped-snapshot.ts";
import type { Database, EntityKind } from "./schema.ts";

/**
 * Every entity of some kinds as its head: merged over the documents that tell it, without its evidence (empty
 * lists), sorted by id; `sentences` and `documents` count, by entity id, the evidence the full entity has. Not a
 * valid knowledge base to export (evidence is required there): it is for counting, ranking and listing.
 */
export interface Heads {
  organizations: Organization[];
  people: Person[];
  partnerships: Partnership[];
  events: Event[];
  sentences: Map<string, number>;
  documents: Map<string, number>;
}

const KEY = { organization: "organizations", person: "people", partnership: "partnerships", event: "events" } as const;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The heads of every entity of these kinds. */
export async function readHeads(view: Kysely<Database>, kinds: readonly EntityKind[]): Promise<Heads> {
  const out: Heads = {
    organizations: [],
    people: [],
    partnerships: [],
    events: [],
    sentences: new Map(),
    documents: new Map(),
  };
  for (const kind of new Set(kinds)) {
    const rows = await view
      .selectFrom("entity_heads")
      .select(["entity_id", "sentences", "documents", "data"])
      .where("kind", "=", kind)
      .execute();
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
}

/** These entities whole, as the full snapshot has them, with the documents their evidence cites (without text). */
export async function readEntities(view: Kysely<Database>, ids: EntityIds): Promise<KnowledgeBase> {
  const kb = emptyKnowledgeBase();
  const byId = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => compare(a.id, b.id));
  kb.partnerships = byId(await readMerged<Partnership>(view, "partnership", ids.partnerships ?? []));
  kb.events = byId(await readMerged<Event>(view, "event", ids.events ?? []));
  kb.people = byId(await readMerged<Person>(view, "person", ids.people ?? []));
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

const ids = (joined: string) => (joined === "" ? [] : joined.split(SEPARATOR));

/** The facets of every entity, from the heads' columns alone (no JSON is read), each list sorted by id. */
export async function readFacets(view: Kysely<Database>): Promise<KnowledgeBaseFacets> {
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => compare(a.id, b.id));
  const organizations = await view
    .selectFrom("entity_heads")
    .select(["entity_id", "label", "parent_id", "country"])
    .where("kind", "=", "organization")
    .execute();
  const people = await view
    .selectFrom("entity_heads")
    .select(["entity_id", "label", "sentences"])
    .where("kind", "=", "person")
    .execute();
  const lines = async (kind: "partnership" | "event"): Promise<Facet[]> => {
    const rows = await view
      .selectFrom("entity_heads")
      .select(["entity_id", "label", "date_start", "date_end", "members", "fields", "people"])
      .where("kind", "=", kind)
      .execute();
    return byId(
      rows.map((r) => ({
        id: r.entity_id,
        kind: r.label,
        start: r.date_start,
        end: r.date_end,
        organizations: ids(r.members) as OrganizationId[],
        fields: ids(r.fields),
        people: ids(r.people),
      })),
    );
  };
  return {
    organizations: byId(
      organizations.map((r) => ({
        id: r.entity_id as OrganizationId,
        name: r.label,
        parentId: r.parent_id as OrganizationId | null,
        country: r.country,
      })),
    ),
    partnerships: await lines("partnership"),
    events: await lines("event"),
    people: byId(people.map((r) => ({ id: r.entity_id, name: r.label, sentences: Number(r.sentences) }))),
  };
}
