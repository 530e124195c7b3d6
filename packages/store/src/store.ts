import {
  type DocumentFacts,
  type DocumentId,
  type Event,
  KnowledgeBase,
  type KnowledgeBaseFacets,
  type Language,
  type OrganizationFacet,
  type PartialDate,
  type Partnership,
  type PersonFacet,
  type SourceDocument,
  type StoryId,
} from "@accord/domain";
import type { Backend } from "./backend.ts";
import { buildSnapshot, type StoredFact } from "./build-snapshot.ts";
import { messageOf, StoreError } from "./errors.ts";
import type { StoryKeys } from "./min-hash.ts";
import {
  type EntityIds,
  type FacetPackSummary,
  type FacetVisitor,
  type HeadKind,
  type Heads,
  type KnownOrganizations,
  type Newest,
  readEntities,
  readFacets,
  readHeads,
  readNewest,
  readOrganizationFacets,
  readOrganizationFacetsOf,
  scanFacets,
  writeFacetPack,
} from "./read-heads.ts";
import { idsNamed, readScopedSnapshot, referring, type SnapshotScope } from "./read-scoped-snapshot.ts";
import { type SaveResult, saveDocumentsIn } from "./save-document.ts";
import type { EntityKind } from "./schema.ts";
import { splitByDocument } from "./split-by-document.ts";

/** A document as `listDocuments` shows it: everything but its text. */
export type DocumentSummary = Pick<
  SourceDocument,
  "id" | "origin" | "title" | "publisher" | "published" | "language" | "storyId"
>;

/** How much the store holds; stories count syndicated copies once. */
export interface StoreCounts {
  documents: number;
  stories: number;
  organizations: number;
  people: number;
  partnerships: number;
  events: number;
}

/** The knowledge base on disk (SQLite) or on a server (PostgreSQL). */
export interface Store {
  /** "sqlite" or "postgres". */
  readonly dialect: "sqlite" | "postgres";
  /** Whether a document with this content id is stored. */
  hasDocument(id: DocumentId): Promise<boolean>;
  /**
   * Stores one document and its facts in one transaction: the same id again is "unchanged" (its origin is added to
   * alsoAt); another id for a stored origin "replaced" the old document and its facts; a text sharing most word
   * 5-shingles (Jaccard ≥ 0.8) with a stored one is a "near-duplicate" and joins its story; else "added".
   * `storyKeys`, when given, must be `storyKeysOf(facts.document.text)`.
   */
  saveDocument(facts: DocumentFacts, storyKeys?: StoryKeys): Promise<SaveResult>;
  /**
   * Stores several documents as `saveDocument` does, one after the other in one transaction: all of them are
   * stored, or (on an error or a crash) none. The event loop runs between documents. `storyKeys[i]`, when given,
   * must be `storyKeysOf(facts[i].document.text)`, computed where the documents were read.
   */
  saveDocuments(facts: readonly DocumentFacts[], storyKeys?: readonly (StoryKeys | undefined)[]): Promise<SaveResult[]>;
  /** The whole knowledge base, merged and sorted by id: the same stored content gives a deep-equal snapshot. */
  snapshot(): Promise<KnowledgeBase>;
  /**
   * The part of the knowledge base a query needs (see SnapshotScope), read through indexes: each entity in it is
   * the one the full snapshot holds, and anything that refers to the scope's organizations is there.
   */
  snapshotOf(scope: SnapshotScope): Promise<KnowledgeBase>;
  /**
   * Every entity of these kinds merged without its evidence, one stored row each, with how much evidence the whole
   * entity has (see Heads): what counts and listings of a large store read instead of every document's version.
   */
  heads(kinds: readonly HeadKind[]): Promise<Heads>;
  /** What counting needs of every entity (see KnowledgeBaseFacets), from one small row each. */
  facets(): Promise<KnowledgeBaseFacets>;
  /**
   * The same facets as a stream, for a store too large to hold them: organizations and people as lists to `start`,
   * then each partnership and each event, in id order, to the visitor it returns.
   */
  scanFacets(start: (organizations: OrganizationFacet[], people: PersonFacet[]) => FacetVisitor): Promise<void>;
  /**
   * Packs the facets of every partnership and event into one stored value, which `scanFacets` (and `facets`) read
   * instead of a row each while no write has changed a head since: what ingest calls when it has stored documents.
   * Does nothing when the pack is current; says whether it packed, and how much. A store of more than `maxFacets`
   * partnerships and events (3 million unless given) keeps no pack: its scans read the rows.
   */
  packFacets(options?: { maxFacets?: number }): Promise<FacetPackSummary>;
  /** The heads of these entities of one kind (see `heads`), those that exist. */
  headsOf(kind: HeadKind, ids: readonly string[]): Promise<Heads>;
  /** The ids of the organizations answering to any of these names, acronyms or ids. */
  organizationsNamed(names: readonly string[]): Promise<string[]>;
  /** The ids of the entities of these kinds that refer to any of these organizations (as party, parent, ...). */
  referringTo(kinds: readonly EntityKind[], organizations: readonly string[]): Promise<Map<EntityKind, string[]>>;
  /**
   * Every organization's name, parent and country, sorted by id: enough to place any party in its country. Given
   * ids, only those organizations and their parents up to the top (those that exist).
   */
  organizationFacets(ids?: readonly string[]): Promise<OrganizationFacet[]>;
  /**
   * Partnerships or events as heads (merged, without evidence), newest first by the start of their date, then by
   * id (byte by byte), undated last: the first `limit` of those `keep` accepts (0: all), read no further than
   * needed. `keep` sees each head with the facets of the organizations it names and their parents (enough for
   * `countryOfOrganization`); the result has them too, for naming the parties.
   */
  newest<T extends Partnership | Event>(
    kind: "partnership" | "event",
    keep: (head: T, known: KnownOrganizations) => boolean,
    limit: number,
  ): Promise<Newest<T>>;
  /**
   * These partnerships, events and people whole, as the full snapshot has them, with the documents they cite; the
   * people with the evidence of only the documents `peopleEvidence` keeps, when it is given.
   */
  entities(ids: EntityIds): Promise<KnowledgeBase>;
  /** Saves each document of a snapshot with the facts it cites, merging with what is stored. */
  importSnapshot(kb: KnowledgeBase): Promise<{ added: number; unchanged: number }>;
  /** Every document without its text, by id. */
  listDocuments(): Promise<DocumentSummary[]>;
  /** How many documents, stories and distinct entities are stored. */
  counts(): Promise<StoreCounts>;
  /** Closes the connections. */
  close(): Promise<void>;
}

/** A store over an opened, migrated backend. */
export function createStore(backend: Backend, location: string): Store {
  const { db } = backend;
  const summaryOf = (row: {
    id: string;
    origin: string;
    title: string | null;
    publisher: string | null;
    published: string | null;
    language: string;
    story_id: string;
  }): DocumentSummary => ({
    id: row.id as DocumentId,
    origin: row.origin,
    title: row.title,
    publisher: row.publisher,
    published: row.published === null ? null : (JSON.parse(row.published) as PartialDate),
    language: row.language as Language,
    storyId: row.story_id as StoryId,
  });

  const store: Store = {
    dialect: backend.dialect,

    async hasDocument(id) {
      const row = await db.selectFrom("documents").select("id").where("id", "=", id).executeTakeFirst();
      return row !== undefined;
    },

    saveDocument: (facts, storyKeys) =>
      backend.write(async (trx) => (await saveDocumentsIn(trx, [facts], [storyKeys]))[0] as SaveResult),

    saveDocuments: (list, storyKeys) =>
      // Between documents the event loop runs (SQLite's calls block it), so that a caller goes on with other work,
      // such as handing files to its workers, while a long batch is written.
      backend.write((trx) =>
        saveDocumentsIn(trx, list, storyKeys, () => new Promise<void>((resolve) => setImmediate(resolve))),
      ),

    async snapshot() {
      const { documents, alsoAt, facts } = await backend.read(async (view) => ({
        documents: await view.selectFrom("documents").selectAll().execute(),
        alsoAt: await view.selectFrom("also_at").selectAll().execute(),
        facts: await view.selectFrom("facts").select(["document_id", "kind", "entity_id", "data"]).execute(),
      }));
      const origins = new Map<string, string[]>();
      for (const a of alsoAt) origins.set(a.document_id, [...(origins.get(a.document_id) ?? []), a.origin]);
      const docs: SourceDocument[] = documents.map((d) => ({
        ...summaryOf(d),
        alsoAt: origins.get(d.id) ?? [],
        text: d.text,
      }));
      const stored: StoredFact[] = facts.map((f) => ({
        documentId: f.document_id,
        kind: f.kind,
        entityId: f.entity_id,
        entity: JSON.parse(f.data),
      }));
      const kb = buildSnapshot(docs, stored);
      const checked = KnowledgeBase.safeParse(kb);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.join(".") ?? "";
        throw new StoreError(
          `the store at ${location} holds data that is not a valid knowledge base: ${where}: ${messageOf(issue?.message)}`,
        );
      }
      return kb;
    },

    snapshotOf: (scope) => backend.read((view) => readScopedSnapshot(view, backend.dialect, scope)),

    heads: (kinds) => backend.read((view) => readHeads(view, kinds)),

    entities: (ids) => backend.read((view) => readEntities(view, ids)),

    facets: () => backend.read((view) => readFacets(view, backend.eachRow)),

    headsOf: (kind, ids) => backend.read((view) => readHeads(view, [kind], ids)),

    organizationsNamed: (names) => backend.read((view) => idsNamed(view, names)),

    referringTo: (kinds, organizations) =>
      backend.read(async (view) => {
        const found = await referring(view, kinds, organizations);
        return new Map([...found].map(([kind, ids]) => [kind, [...ids].sort()]));
      }),

    organizationFacets: (ids) =>
      backend.read((view) =>
        ids === undefined ? readOrganizationFacets(view, backend.eachRow) : readOrganizationFacetsOf(view, ids),
      ),

    newest: (kind, keep, limit) => backend.read((view) => readNewest(view, backend.dialect, kind, keep, limit)),

    scanFacets: (start) => backend.read((view) => scanFacets(view, backend.eachRow, start)),

    packFacets: (options) => backend.write((trx) => writeFacetPack(trx, backend.eachRow, options?.maxFacets)),

    async importSnapshot(kb) {
      let added = 0;
      let unchanged = 0;
      for (const facts of splitByDocument(kb)) {
        const { status } = await store.saveDocument(facts);
        if (status === "unchanged") unchanged++;
        else added++;
      }
      return { added, unchanged };
    },

    async listDocuments() {
      const rows = await db
        .selectFrom("documents")
        .select(["id", "origin", "title", "publisher", "published", "language", "story_id"])
        .execute();
      return rows.map(summaryOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },

    async counts() {
      const { documents, kinds } = await backend.read(async (view) => ({
        documents: await view
          .selectFrom("documents")
          .select((eb) => [eb.fn.countAll().as("documents"), eb.fn.count("story_id").distinct().as("stories")])
          .executeTakeFirstOrThrow(),
        kinds: await view
          .selectFrom("facts")
          .select((eb) => ["kind", eb.fn.count("entity_id").distinct().as("n")])
          .groupBy("kind")
          .execute(),
      }));
      const of = (kind: string) => Number(kinds.find((k) => k.kind === kind)?.n ?? 0);
      return {
        documents: Number(documents.documents),
        stories: Number(documents.stories),
        organizations: of("organization"),
        people: of("person"),
        partnerships: of("partnership"),
        events: of("event"),
      };
    },

    close: () => backend.close(),
  };
  return store;
}
