/** What one document tells. */
export { DocumentFacts } from "./document-facts.ts";
/** A dated happening: a signing, a visit, a forum. */
export { Event, EventKind } from "./event.ts";
/** Where a fact was read, and helpers to unite lists of it. */
export { Evidence, evidenceKey, mergeEvidence } from "./evidence.ts";
/** What counting needs of each entity of a large knowledge base. */
export type { Facet, FacetColumns, KnowledgeBaseFacets, OrganizationFacet, PersonFacet } from "./facets.ts";
/** The controlled vocabulary of fields of cooperation. */
export { FIELDS, Field, fieldById } from "./field.ts";
/** Lookup of an organization by any name, acronym or id. */
export { findOrganization, namesOfOrganization } from "./find-organization.ts";
/** Dates with their precision. */
/** A count as English text prints it (`282,681`). */
export { formatCount } from "./format-count.ts";
/** Branded ids, country and language codes, and the slug and romanisation helpers behind ids. */
export {
  CountryCode,
  DocumentId,
  EventId,
  FieldId,
  Language,
  OrganizationId,
  PartnershipId,
  PersonId,
  romanizeCyrillic,
  StoryId,
  slugify,
} from "./ids.ts";
/** The JSON Schema of a snapshot. */
export { knowledgeBaseJsonSchema } from "./json-schema.ts";
/** A snapshot of the knowledge base. */
export { emptyKnowledgeBase, KNOWLEDGE_BASE_VERSION, KnowledgeBase } from "./knowledge-base.ts";
/** Merging two snapshots without losing evidence. */
export { mergeKnowledgeBases } from "./merge-knowledge-bases.ts";
/** The key names compare by. */
export { normalizeName } from "./normalize-name.ts";
/** Institutions and their units. */
export { LocalizedName, Organization, OrganizationKind, UnitKind } from "./organization.ts";
/** The dated history of what two organizations did together. */
export { type HistoryEntry, pairHistory } from "./pair-history.ts";
export {
  boundsWithin,
  compareDates,
  dateCommonPrefix,
  dateEnd,
  dateStart,
  dateWithin,
  formatDate,
  IsoPartial,
  PartialDate,
  parseIsoPartial,
} from "./partial-date.ts";
/** The partners of an organization, units counted as their parents. */
export {
  countryOfOrganization,
  type OrganizationLink,
  type Partner,
  partnersOf,
  rootOrganizationId,
} from "./partners-of.ts";
/** Cooperation between organizations. */
export { Partnership, PartnershipKind, PartnershipStatus } from "./partnership.ts";
/** People and the roles they were reported in. */
export { Affiliation, Person } from "./person.ts";
/** A document as read. */
export { SourceDocument } from "./source-document.ts";
