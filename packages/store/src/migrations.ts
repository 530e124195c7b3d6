import { type Kysely, type Migration, type MigrationProvider, SqliteAdapter, sql } from "kysely";
import { headsOf, writeHeads } from "./entity-heads.ts";
import { lshKeys } from "./min-hash.ts";

/** The schema version the latest migration leaves in `meta`. */
export const SCHEMA_VERSION = 8;

// Kysely recommends `Kysely<any>` in migrations: they must not depend on today's table types.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable("meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("documents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("origin", "text", (c) => c.notNull().unique())
      .addColumn("title", "text")
      .addColumn("publisher", "text")
      .addColumn("published", "text")
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("story_id", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("documents_story_id").on("documents").column("story_id").execute();
    await db.schema
      .createTable("also_at")
      .addColumn("origin", "text", (c) => c.primaryKey())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .execute();
    await db.schema.createIndex("also_at_document_id").on("also_at").column("document_id").execute();
    await db.schema
      .createTable("facts")
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("entity_id", "text", (c) => c.notNull())
      .addColumn("country", "text")
      .addColumn("data", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("facts_pk", ["document_id", "kind", "entity_id"])
      .execute();
    await db.schema.createIndex("facts_entity").on("facts").columns(["kind", "entity_id"]).execute();
    await db.schema.createIndex("facts_country").on("facts").columns(["kind", "country"]).execute();
    await db.schema
      .createTable("organization_names")
      .addColumn("name_key", "text", (c) => c.notNull())
      .addColumn("organization_id", "text", (c) => c.notNull())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("organization_names_pk", ["name_key", "organization_id", "document_id"])
      .execute();
    await db.schema
      .createIndex("organization_names_document_id")
      .on("organization_names")
      .column("document_id")
      .execute();
    await db.schema
      .createTable("story_signatures")
      .addColumn("document_id", "text", (c) => c.primaryKey().references("documents.id").onDelete("cascade"))
      .addColumn("signature", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("story_bands")
      .addColumn("band", "integer", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("story_bands_pk", ["band", "hash", "document_id"])
      .execute();
    await db.schema.createIndex("story_bands_document_id").on("story_bands").column("document_id").execute();
    await db.insertInto("meta").values({ key: "schema_version", value: "1" }).execute();
  },
  async down(db: AnyDb) {
    for (const table of ["story_bands", "story_signatures", "organization_names", "facts", "also_at", "documents"])
      await db.schema.dropTable(table).execute();
    await db.schema.dropTable("meta").execute();
  },
};

// The organizations a stored entity refers to, as the entities were shaped when this migration was written: a
// unit's parent, a partnership's parties, an event's organizations, a person's affiliations.
function referredOrganizations(kind: string, data: string): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: stored JSON of the day this migration was written
  const entity = JSON.parse(data) as any;
  const ids: unknown[] =
    kind === "organization"
      ? [entity.parentId]
      : kind === "partnership"
        ? (entity.parties ?? [])
        : kind === "event"
          ? (entity.organizations ?? [])
          : (entity.affiliations ?? []).map((a: { organizationId?: unknown }) => a.organizationId);
  return [...new Set(ids.filter((id): id is string => typeof id === "string" && id.length > 0))];
}

// Which entities refer to an organization, so that one organization's partners, units, events and people are
// found by index instead of by reading every fact; and acronyms compared without their spaces, as lookup does.
const organizationRefs: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable("organization_refs")
      .addColumn("organization_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("entity_id", "text", (c) => c.notNull())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("organization_refs_pk", ["organization_id", "kind", "entity_id", "document_id"])
      .execute();
    await db.schema
      .createIndex("organization_refs_document_id")
      .on("organization_refs")
      .column("document_id")
      .execute();
    await db.schema
      .createIndex("organization_names_compact")
      .on("organization_names")
      .expression(sql`replace(name_key, ' ', '')`)
      .execute();
    // Stores written before this migration: their facts' references, read in pages in primary key order.
    let after: { document_id: string; kind: string; entity_id: string } | undefined;
    for (;;) {
      const page = await sql<{ document_id: string; kind: string; entity_id: string; data: string }>`
        select document_id, kind, entity_id, data from facts
        where (kind <> 'organization' or data like '%"parentId":"%')
        ${after ? sql`and (document_id, kind, entity_id) > (${after.document_id}, ${after.kind}, ${after.entity_id})` : sql.raw("")}
        order by document_id, kind, entity_id limit 500`.execute(db);
      if (page.rows.length === 0) break;
      const refs = page.rows.flatMap((r) =>
        referredOrganizations(r.kind, r.data).map((id) => ({
          organization_id: id,
          kind: r.kind,
          entity_id: r.entity_id,
          document_id: r.document_id,
        })),
      );
      for (let i = 0; i < refs.length; i += 100)
        await db
          .insertInto("organization_refs")
          .values(refs.slice(i, i + 100))
          .onConflict((oc) => oc.doNothing())
          .execute();
      after = page.rows.at(-1);
    }
    await db.updateTable("meta").set({ value: "2" }).where("key", "=", "schema_version").execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex("organization_names_compact").execute();
    await db.schema.dropTable("organization_refs").execute();
    await db.updateTable("meta").set({ value: "1" }).where("key", "=", "schema_version").execute();
  },
};

// One row per entity, merged without its evidence, so that a brief or a listing of a large store reads one small row
// per partnership instead of every document's version of it. Stores written before: built from their facts, a few
// hundred entities at a time.
const entityHeads: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable("entity_heads")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("entity_id", "text", (c) => c.notNull())
      .addColumn("first_document_id", "text", (c) => c.notNull())
      .addColumn("date_start", "text")
      .addColumn("date_end", "text")
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("parent_id", "text")
      .addColumn("country", "text")
      .addColumn("members", "text", (c) => c.notNull())
      .addColumn("fields", "text", (c) => c.notNull())
      .addColumn("people", "text", (c) => c.notNull())
      .addColumn("sentences", "integer", (c) => c.notNull())
      .addColumn("documents", "integer", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("entity_heads_pk", ["kind", "entity_id"])
      .execute();
    await db.schema
      .createIndex("entity_heads_date")
      .on("entity_heads")
      .columns(["kind", "date_start", "entity_id"])
      .execute();
    for (const kind of ["organization", "person", "partnership", "event"] as const) {
      let after = "";
      for (;;) {
        const ids = await sql<{ entity_id: string }>`
          select distinct entity_id from facts where kind = ${kind} and entity_id > ${after}
          order by entity_id limit 500`.execute(db);
        if (ids.rows.length === 0) break;
        const rows = await db
          .selectFrom("facts")
          .select(["entity_id", "document_id", "data"])
          .where("kind", "=", kind)
          .where(
            "entity_id",
            "in",
            ids.rows.map((r) => r.entity_id),
          )
          .execute();
        await writeHeads(db, headsOf(kind, rows));
        after = (ids.rows.at(-1) as { entity_id: string }).entity_id;
      }
    }
    await db.updateTable("meta").set({ value: "3" }).where("key", "=", "schema_version").execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable("entity_heads").execute();
    await db.updateTable("meta").set({ value: "2" }).where("key", "=", "schema_version").execute();
  },
};

// One row a name and organization instead of one a name, organization and document: a document mostly repeats names
// already stored, and its rows were spread over the whole index by the document id, so that saving 256 documents
// to a 100,000-document store rewrote some 10,000 index pages of names alone. Which documents give a name is
// still known from the organization's facts.
const organizationKeys: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable("organization_keys")
      .addColumn("name_key", "text", (c) => c.notNull())
      .addColumn("organization_id", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("organization_keys_pk", ["name_key", "organization_id"])
      .execute();
    await sql`insert into organization_keys (name_key, organization_id)
      select distinct name_key, organization_id from organization_names`.execute(db);
    await db.schema
      .createIndex("organization_keys_organization_id")
      .on("organization_keys")
      .column("organization_id")
      .execute();
    await db.schema
      .createIndex("organization_keys_compact")
      .on("organization_keys")
      .expression(sql`replace(name_key, ' ', '')`)
      .execute();
    await db.schema.dropTable("organization_names").execute();
    await db.updateTable("meta").set({ value: "4" }).where("key", "=", "schema_version").execute();
  },
  async down(db: AnyDb) {
    // Each name again with every document that tells its organization: a superset of the rows dropped.
    await db.schema
      .createTable("organization_names")
      .addColumn("name_key", "text", (c) => c.notNull())
      .addColumn("organization_id", "text", (c) => c.notNull())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("organization_names_pk", ["name_key", "organization_id", "document_id"])
      .execute();
    await sql`insert into organization_names (name_key, organization_id, document_id)
      select k.name_key, k.organization_id, f.document_id from organization_keys k
      join facts f on f.kind = 'organization' and f.entity_id = k.organization_id`.execute(db);
    await db.schema
      .createIndex("organization_names_document_id")
      .on("organization_names")
      .column("document_id")
      .execute();
    await db.schema
      .createIndex("organization_names_compact")
      .on("organization_names")
      .expression(sql`replace(name_key, ' ', '')`)
      .execute();
    await db.schema.dropTable("organization_keys").execute();
    await db.updateTable("meta").set({ value: "3" }).where("key", "=", "schema_version").execute();
  },
};

// What places and names every organization (`organizationFacets`), read from an index of organizations alone
// instead of from the heads of every kind: 27,000 organizations among 490,000 heads in a 100,000-document store.
const organizationFacets: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createIndex("entity_heads_organizations")
      .on("entity_heads")
      .columns(["kind", "entity_id", "label", "parent_id", "country"])
      .where(sql.ref("kind"), "=", "organization")
      .execute();
    await db.updateTable("meta").set({ value: "5" }).where("key", "=", "schema_version").execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex("entity_heads_organizations").execute();
    await db.updateTable("meta").set({ value: "4" }).where("key", "=", "schema_version").execute();
  },
};

// What `scanFacets` reads of every partnership and event, from indexes of those columns alone: read from the heads'
// rows, each next to its merged JSON, it took a page of the table per row or so (440,000 rows in a 100,000-document
// store) and most of a countries brief's time.
const partnershipAndEventFacets: Migration = {
  async up(db: AnyDb) {
    for (const [kind, people] of [
      ["partnership", "fields"],
      ["event", "people"],
    ] as const)
      await db.schema
        .createIndex(`entity_heads_${kind}_facets`)
        .on("entity_heads")
        .columns(["kind", "entity_id", "label", "date_start", "date_end", "members", people])
        .where(sql.ref("kind"), "=", kind)
        .execute();
    await db.updateTable("meta").set({ value: "6" }).where("key", "=", "schema_version").execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex("entity_heads_event_facets").execute();
    await db.schema.dropIndex("entity_heads_partnership_facets").execute();
    await db.updateTable("meta").set({ value: "5" }).where("key", "=", "schema_version").execute();
  },
};

// Every document gets a number in the order it was stored, and the rows written with every document refer to it by
// that number: a document's 20 LSH keys become 53-bit integers in one table keyed by (key, document), and references
// are keyed by (organization, document, ...), so a new document's rows go to the end of each organization's range.
// In a 100,000-document store the band and reference indexes, keyed by hex hashes and SHA-256 ids, were 44% of the
// pages every commit wrote. The signatures, which nothing read, go. Not undone: the old band keys are not kept.
const documentNumbers: Migration = {
  async up(db: AnyDb) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    const withoutRowid = <T extends { modifyEnd(s: ReturnType<typeof sql.raw>): T }>(builder: T) =>
      sqlite ? builder.modifyEnd(sql.raw("without rowid")) : builder;
    await db.schema.alterTable("documents").addColumn("number", "integer").execute();
    await sql`update documents set number = numbered.n
      from (select id, row_number() over (order by ${sqlite ? sql.raw("rowid") : sql.raw("id")}) as n from documents) as numbered
      where documents.id = numbered.id`.execute(db);
    await db.schema.createIndex("documents_number").on("documents").column("number").unique().execute();

    await withoutRowid(
      db.schema
        .createTable("story_keys")
        .addColumn("key", "bigint", (c) => c.notNull())
        .addColumn("document", "integer", (c) => c.notNull().references("documents.number").onDelete("cascade"))
        .addPrimaryKeyConstraint("story_keys_pk", ["key", "document"]),
    ).execute();
    await db.schema.createIndex("story_keys_document").on("story_keys").column("document").execute();
    // Stores written before: the keys of the signatures they kept, read in pages in document order.
    let after = 0;
    for (;;) {
      const page = await sql<{ number: number; signature: string }>`
        select d.number, s.signature from story_signatures s join documents d on d.id = s.document_id
        where d.number > ${after} order by d.number limit 500`.execute(db);
      if (page.rows.length === 0) break;
      const rows = page.rows.flatMap((r) =>
        [...new Set(lshKeys(JSON.parse(r.signature) as number[]))].map((key) => ({ key, document: Number(r.number) })),
      );
      for (let i = 0; i < rows.length; i += 500)
        await db
          .insertInto("story_keys")
          .values(rows.slice(i, i + 500))
          .onConflict((oc) => oc.doNothing())
          .execute();
      after = Number(page.rows.at(-1)?.number);
    }
    await db.schema.dropTable("story_bands").execute();
    await db.schema.dropTable("story_signatures").execute();

    await withoutRowid(
      db.schema
        .createTable("organization_refs_by_document")
        .addColumn("organization_id", "text", (c) => c.notNull())
        .addColumn("document", "integer", (c) => c.notNull().references("documents.number").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("entity_id", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("organization_refs_key", ["organization_id", "document", "kind", "entity_id"]),
    ).execute();
    await sql`insert into organization_refs_by_document (organization_id, document, kind, entity_id)
      select r.organization_id, d.number, r.kind, r.entity_id from organization_refs r join documents d on d.id = r.document_id
      order by r.organization_id, d.number, r.kind, r.entity_id`.execute(db);
    await db.schema.dropTable("organization_refs").execute();
    await db.schema.alterTable("organization_refs_by_document").renameTo("organization_refs").execute();
    await db.schema.createIndex("organization_refs_document").on("organization_refs").column("document").execute();
    await db.updateTable("meta").set({ value: "7" }).where("key", "=", "schema_version").execute();
  },
};

// A countries brief scans the facets of every partnership and event: 400,000 rows of strings in a 100,000-document
// store, most of the brief's time. Ingest now keeps them as one packed value as well, tagged with a generation that
// every write changing a head counts up; a reader uses the pack only while the two agree.
const facetPack: Migration = {
  async up(db: AnyDb) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    await db.schema
      .createTable("facet_pack")
      .addColumn("generation", "bigint", (c) => c.notNull())
      .addColumn("data", sqlite ? "blob" : "bytea", (c) => c.notNull())
      .execute();
    await db.insertInto("meta").values({ key: "generation", value: "1" }).execute();
    await db.updateTable("meta").set({ value: "8" }).where("key", "=", "schema_version").execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable("facet_pack").execute();
    await db.deleteFrom("meta").where("key", "=", "generation").execute();
    await db.updateTable("meta").set({ value: "7" }).where("key", "=", "schema_version").execute();
  },
};

/** The store's migrations, compiled in: nothing is read from a folder at run time. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({
    "0001-initial": initial,
    "0002-organization-refs": organizationRefs,
    "0003-entity-heads": entityHeads,
    "0004-organization-keys": organizationKeys,
    "0005-organization-facets": organizationFacets,
    "0006-partnership-and-event-facets": partnershipAndEventFacets,
    "0007-document-numbers": documentNumbers,
    "0008-facet-pack": facetPack,
  }),
};

/** Reads the schema version a store was migrated to; undefined when it has no `meta` table yet. */
export async function readSchemaVersion(db: AnyDb): Promise<number | undefined> {
  try {
    const row = await sql<{ value: string }>`select value from meta where key = 'schema_version'`.execute(db);
    const value = row.rows[0]?.value;
    return value === undefined ? undefined : Number(value);
  } catch {
    return undefined;
  }
}
