/** A store of that name could not be opened, migrated or read. */
export { StoreError } from "./errors.ts";
/** The near-duplicate threshold (Jaccard similarity of word 5-shingles), and a text's keys for finding them. */
export { NEAR_DUPLICATE_JACCARD, type StoryKeys, storyKeysOf } from "./min-hash.ts";
/** Opening a store by file path or postgres:// URL. */
export { DEFAULT_STORE_LOCATION, type OpenStoreOptions, openStore } from "./open-store.ts";
/** Entities merged without their evidence, and which entities to read whole. */
export type {
  EntityIds,
  FacetPackSummary,
  FacetVisitor,
  HeadKind,
  Heads,
  KnownOrganizations,
  Newest,
} from "./read-heads.ts";
/** How a read of people chooses which documents' evidence it keeps. */
export type { ChooseEvidence, PersonDocument } from "./read-people-in-part.ts";
/** What a partial snapshot holds. */
export type { RelatedKind, SnapshotScope } from "./read-scoped-snapshot.ts";
/** What saving one document did, and how story ids are made. */
export { type SaveResult, type SaveStatus, storyIdOf } from "./save-document.ts";
/** The kinds of stored entity. */
export type { EntityKind } from "./schema.ts";
/** A snapshot split into what each document tells, for import. */
export { splitByDocument } from "./split-by-document.ts";
/** The store's interface. */
export type { DocumentSummary, Store, StoreCounts } from "./store.ts";
