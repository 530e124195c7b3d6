import type { Evidence } from "@accord/domain";
import type { Kysely } from "kysely";
import { mergeVersions } from "./build-snapshot.ts";
import { chunked } from "./chunked.ts";
import type { Database, EntityHeadsTable, EntityKind } from "./schema.ts";

// An entity's head is the entity merged over every document that tells it, without its evidence, and how much
// evidence there is: what counting, ranking and listing need, one row per entity however many documents name it.
// Single values are the earliest document's (by id), as in the full snapshot; lists hold the same items, though
// not always in the same order.

type Entity = { id: string; evidence: readonly Evidence[] } & Record<string, unknown>;

const NO_EVIDENCE: readonly Evidence[] = [];

/**
 * An entity without its evidence: a head's shape. A person's head is the name alone: affiliations, one per role
 * and date reported, grow with every document that names a person, and what reads heads needs only the name and
 * the counts (whole people are read from their facts).
 */
export function withoutEvidence(kind: EntityKind, entity: Entity): Entity {
  if (kind === "person") return { id: entity.id, name: entity.name, evidence: NO_EVIDENCE } as Entity;
  return { ...entity, evidence: NO_EVIDENCE };
}

// Heads merge as their entities do, but for a person's, which keeps the earliest document's name.
function mergeHeads(kind: EntityKind, versions: readonly Entity[]): Entity {
  return kind === "person" ? (versions[0] as Entity) : (mergeVersions(kind, versions) as Entity);
}

/** The columns a head keeps besides its JSON, from the merged entity without evidence. */
function headColumns(kind: EntityKind, entity: Record<string, unknown>) {
  const date = entity.date as { precision?: string; value?: string; start?: string; end?: string } | null | undefined;
  const join = (list: unknown) => (Array.isArray(list) ? list.join(SEPARATOR) : "");
  return {
    date_start: date ? ((date.precision === "range" ? date.start : date.value) ?? null) : null,
    date_end: date ? ((date.precision === "range" ? date.end : date.value) ?? null) : null,
    label: String((kind === "organization" || kind === "person" ? entity.name : entity.kind) ?? ""),
    parent_id: kind === "organization" ? ((entity.parentId as string | null | undefined) ?? null) : null,
    country: kind === "organization" ? ((entity.country as string | null | undefined) ?? null) : null,
    members: join(kind === "partnership" ? entity.parties : kind === "event" ? entity.organizations : []),
    fields: join(kind === "partnership" ? entity.fields : []),
    people: join(kind === "event" ? entity.people : []),
  };
}

/** What joins the ids of a head's `members`, `fields` and `people`. */
export const SEPARATOR = "\u001f";

/** How many sentences and distinct documents an entity's evidence holds. */
function evidenceCounts(entity: Entity): { sentences: number; documents: number } {
  const documents = new Set<string>();
  for (const e of entity.evidence) documents.add(e.documentId);
  return { sentences: entity.evidence.length, documents: documents.size };
}

/** A head row from an entity's version and the document that told it. */
export function headRow(kind: EntityKind, entity: Entity, documentId: string): EntityHeadsTable {
  const counts = evidenceCounts(entity);
  const light = withoutEvidence(kind, entity);
  return {
    kind,
    entity_id: entity.id,
    first_document_id: documentId,
    ...headColumns(kind, light),
    sentences: counts.sentences,
    documents: counts.documents,
    data: JSON.stringify(light),
  };
}

type Db = Kysely<Database>;

async function readHeads(db: Db, kind: EntityKind, ids: readonly string[]): Promise<Map<string, EntityHeadsTable>> {
  const out = new Map<string, EntityHeadsTable>();
  for (const chunk of chunked([...new Set(ids)], 500)) {
    const rows = await db
      .selectFrom("entity_heads")
      .selectAll()
      .where("kind", "=", kind)
      .where("entity_id", "in", chunk)
      .execute();
    for (const r of rows) out.set(r.entity_id, r as EntityHeadsTable);
  }
  return out;
}

/** Writes heads, new or replacing the stored ones. */
export async function writeHeads(db: Db, rows: readonly EntityHeadsTable[], datesKept = false): Promise<void> {
  for (const chunk of chunked(rows))
    await db
      .insertInto("entity_heads")
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(["kind", "entity_id"]).doUpdateSet((eb) => ({
          first_document_id: eb.ref("excluded.first_document_id"),
          // A column set here is rewritten in every index holding it, even to the same value: heads whose start
          // date stayed leave the date index alone.
          ...(datesKept ? {} : { date_start: eb.ref("excluded.date_start") }),
          date_end: eb.ref("excluded.date_end"),
          label: eb.ref("excluded.label"),
          parent_id: eb.ref("excluded.parent_id"),
          country: eb.ref("excluded.country"),
          members: eb.ref("excluded.members"),
          fields: eb.ref("excluded.fields"),
          people: eb.ref("excluded.people"),
          sentences: eb.ref("excluded.sentences"),
          documents: eb.ref("excluded.documents"),
          data: eb.ref("excluded.data"),
        })),
      )
      .execute();
}

interface Folding {
  kind: EntityKind;
  entityId: string;
  firstDocumentId: string;
  entity: Entity;
  sentences: number;
  documents: number;
  /** The start date the stored head has; undefined when none is stored. */
  storedStart: string | null | undefined;
}

/**
 * The heads a batch of documents changes, each read from the store once, folded in memory as its documents come
 * and written once: an organization most documents name is then parsed, merged and stored once a batch rather
 * than once a document. Folding is the same as storing the versions one by one would do.
 */
export class HeadFolder {
  readonly #heads = new Map<string, Folding>();
  /** Whether `write` has written any head. */
  wrote = false;

  /** Folds versions newly stored (at most one per entity and document is kept, the first) into their heads. */
  async add(db: Db, versions: readonly EntityHeadsTable[]): Promise<void> {
    const byKind = new Map<EntityKind, Map<string, EntityHeadsTable>>();
    for (const v of versions) {
      const list = byKind.get(v.kind) ?? new Map<string, EntityHeadsTable>();
      byKind.set(v.kind, list);
      if (!list.has(v.entity_id)) list.set(v.entity_id, v);
    }
    for (const [kind, list] of byKind) {
      const unread = [...list.keys()].filter((id) => !this.#heads.has(keyOf(kind, id)));
      const stored = unread.length > 0 ? await readHeads(db, kind, unread) : new Map<string, EntityHeadsTable>();
      for (const [id, row] of stored) this.#heads.set(keyOf(kind, id), folding(row, row.date_start));
      for (const v of list.values()) {
        const head = this.#heads.get(keyOf(kind, v.entity_id));
        if (head) foldInto(head, v);
        else this.#heads.set(keyOf(kind, v.entity_id), folding(v, undefined));
      }
    }
  }

  /** Writes every head folded so far, and forgets them. */
  async write(db: Db): Promise<void> {
    const moved: EntityHeadsTable[] = [];
    const kept: EntityHeadsTable[] = [];
    for (const h of this.#heads.values()) {
      const row: EntityHeadsTable = {
        kind: h.kind,
        entity_id: h.entityId,
        first_document_id: h.firstDocumentId,
        ...headColumns(h.kind, h.entity),
        sentences: h.sentences,
        documents: h.documents,
        data: JSON.stringify(h.entity),
      };
      (h.storedStart !== undefined && h.storedStart === row.date_start ? kept : moved).push(row);
    }
    if (this.#heads.size > 0) this.wrote = true;
    this.#heads.clear();
    await writeHeads(db, moved);
    await writeHeads(db, kept, true);
  }
}

const keyOf = (kind: EntityKind, id: string) => `${kind}\u0000${id}`;

function folding(row: EntityHeadsTable, storedStart: string | null | undefined): Folding {
  return {
    kind: row.kind,
    entityId: row.entity_id,
    firstDocumentId: row.first_document_id,
    entity: JSON.parse(row.data) as Entity,
    sentences: row.sentences,
    documents: row.documents,
    storedStart,
  };
}

// The head's single values stay unless the version's document is earlier.
// Merging never changes what it is given, and a value it leaves undefined is one JSON would drop: the merged
// object serves as it is, without going through JSON between documents.
function foldInto(head: Folding, version: EntityHeadsTable): void {
  const earlier = version.first_document_id < head.firstDocumentId;
  // A person's head is the earliest document's; a later one changes only the counts.
  if (head.kind !== "person" || earlier) {
    const entity = JSON.parse(version.data) as Entity;
    head.entity = mergeHeads(head.kind, earlier ? [entity, head.entity] : [head.entity, entity]);
  }
  if (earlier) head.firstDocumentId = version.first_document_id;
  head.sentences += version.sentences;
  head.documents += version.documents;
}

/**
 * Rebuilds these entities' heads from the versions still stored (after a document and its facts went), and drops
 * the heads of entities no document tells any more.
 */
export async function rebuildHeads(
  db: Db,
  entities: readonly { kind: EntityKind; entity_id: string }[],
): Promise<void> {
  const byKind = new Map<EntityKind, string[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.entity_id]);
  for (const [kind, ids] of byKind)
    for (const chunk of chunked([...new Set(ids)], 500)) {
      await db.deleteFrom("entity_heads").where("kind", "=", kind).where("entity_id", "in", chunk).execute();
      const rows = await db
        .selectFrom("facts")
        .select(["entity_id", "document_id", "data"])
        .where("kind", "=", kind)
        .where("entity_id", "in", chunk)
        .execute();
      await writeHeads(db, headsOf(kind, rows));
    }
}

/** The heads of the entities these stored versions tell (any order; folded in document id order). */
export function headsOf(
  kind: EntityKind,
  rows: readonly { entity_id: string; document_id: string; data: string }[],
): EntityHeadsTable[] {
  const sorted = [...rows].sort((a, b) =>
    a.entity_id < b.entity_id
      ? -1
      : a.entity_id > b.entity_id
        ? 1
        : a.document_id < b.document_id
          ? -1
          : a.document_id > b.document_id
            ? 1
            : 0,
  );
  const out: EntityHeadsTable[] = [];
  for (let i = 0; i < sorted.length; ) {
    const id = (sorted[i] as (typeof sorted)[number]).entity_id;
    const versions: Entity[] = [];
    const first = (sorted[i] as (typeof sorted)[number]).document_id;
    for (; i < sorted.length && (sorted[i] as (typeof sorted)[number]).entity_id === id; i++)
      versions.push(JSON.parse((sorted[i] as (typeof sorted)[number]).data) as Entity);
    let sentences = 0;
    let documents = 0;
    for (const v of versions) {
      const c = evidenceCounts(v);
      sentences += c.sentences;
      documents += c.documents;
    }
    const merged = mergeHeads(
      kind,
      versions.map((v) => withoutEvidence(kind, v)),
    );
    out.push({
      kind,
      entity_id: id,
      first_document_id: first,
      ...headColumns(kind, merged),
      sentences,
      documents,
      data: JSON.stringify(merged),
    });
  }
  return out;
}
