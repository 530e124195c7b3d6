/** The kinds of entity a document's facts hold, as stored in `facts.kind`. */
export type EntityKind = "organization" | "person" | "partnership" | "event";

/**
 * One stored document; `published` is the PartialDate as JSON. `number` counts documents in the order they were
 * stored (1, 2, ...): the small key the tables written with every document (story keys, references) use, so that
 * a new document's rows go to the end of their indexes instead of all over them as its id would send them.
 */
export interface DocumentsTable {
  id: string;
  number: number;
  origin: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  language: string;
  text: string;
  story_id: string;
}

/** Other origins the same text was found at; an origin belongs to one document. */
export interface AlsoAtTable {
  origin: string;
  document_id: string;
}

/** One entity as one document tells it, as JSON; `country` is set for organizations. */
export interface FactsTable {
  document_id: string;
  kind: EntityKind;
  entity_id: string;
  country: string | null;
  data: string;
}

/**
 * Every normalized name an organization is given in the documents stored, for lookup by name: one row a name,
 * however many documents give it (those are found through the organization's facts).
 */
export interface OrganizationKeysTable {
  name_key: string;
  organization_id: string;
}

/**
 * An organization an entity refers to in a document (by its `number`): a unit's parent, a party, an event's or a
 * person's.
 */
export interface OrganizationRefsTable {
  organization_id: string;
  document: number;
  kind: EntityKind;
  entity_id: string;
}

/**
 * One entity merged over every document that tells it, without its evidence (JSON in `data`), with how many
 * sentences and documents its evidence holds: kept as documents arrive, so that counts and listings read one row
 * per entity. `first_document_id` is the earliest (by id) document telling it, whose single values the head has.
 */
export interface EntityHeadsTable {
  kind: EntityKind;
  entity_id: string;
  first_document_id: string;
  /** The start and end of a partnership's or an event's date (`dateStart`, `dateEnd`). */
  date_start: string | null;
  date_end: string | null;
  /** A partnership's or an event's kind; an organization's or a person's name. */
  label: string;
  /** An organization's parent and country. */
  parent_id: string | null;
  country: string | null;
  /** A partnership's parties or an event's organizations, a partnership's fields, an event's people: ids joined by U+001F. */
  members: string;
  fields: string;
  people: string;
  sentences: number;
  documents: number;
  data: string;
}

/** A document's (by its `number`) LSH band keys, looked up to find near-duplicates. */
export interface StoryKeysTable {
  key: number;
  document: number;
}

/**
 * The facets of every partnership and event as one value (see `facet-pack.ts`), made at the store's `generation`
 * (in `meta`, counted up by every write that changes a head): at most one row, read only while the generation
 * matches.
 */
export interface FacetPackTable {
  generation: number;
  data: Uint8Array;
}

/** Key-value facts about the store itself: `schema_version`, and `generation` (see FacetPackTable). */
export interface MetaTable {
  key: string;
  value: string;
}

/** The store's tables, for Kysely. */
export interface Database {
  documents: DocumentsTable;
  also_at: AlsoAtTable;
  facts: FactsTable;
  organization_keys: OrganizationKeysTable;
  organization_refs: OrganizationRefsTable;
  entity_heads: EntityHeadsTable;
  story_keys: StoryKeysTable;
  facet_pack: FacetPackTable;
  meta: MetaTable;
}
