import type { OrganizationId } from "./ids.ts";

/**
 * What counting needs of a partnership or an event, without its evidence: its kind, the start and end of its
 * date (`dateStart`, `dateEnd`; null when undated), its organizations (a partnership's parties), its fields (of a
 * partnership) and people (at an event). A store reads these for every entity of a large knowledge base at once.
 */
export interface Facet {
  id: string;
  kind: string;
  start: string | null;
  end: string | null;
  organizations: readonly OrganizationId[];
  fields: readonly string[];
  people: readonly string[];
}

/** What counting needs of an organization: its name, parent and country. */
export interface OrganizationFacet {
  id: OrganizationId;
  name: string;
  parentId: OrganizationId | null;
  country: string | null;
}

/** What ranking needs of a person: the name, and how many sentences name them. */
export interface PersonFacet {
  id: string;
  name: string;
  sentences: number;
}

/** The facets of a whole knowledge base, each list sorted by id. */
export interface KnowledgeBaseFacets {
  organizations: OrganizationFacet[];
  partnerships: Facet[];
  events: Facet[];
  people: PersonFacet[];
}
