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

/**
 * The facets of many partnerships and then events as columns, as a store keeps them packed: each distinct kind,
 * date and list once, and five numbers a facet pointing into them (`numbers[5 * i]` to `numbers[5 * i + 4]`): its
 * kind, its start and end (a date's place + 1; 0 when undated), its organizations' list, and its fields' list (a
 * partnership) or people's (an event). Facet `i` is a partnership while `i < partnerships`, and `id(i)` is its id
 * (made when asked for: a count needs few of them). Facets with the same list share one array of it.
 */
export interface FacetColumns {
  partnerships: number;
  events: number;
  id(i: number): string;
  kinds: readonly string[];
  dates: readonly string[];
  lists: readonly (readonly string[])[];
  numbers: Uint32Array;
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
