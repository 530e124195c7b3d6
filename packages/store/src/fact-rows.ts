import {
  type DocumentFacts,
  namesOfOrganization,
  normalizeName,
  type Organization,
  type Partnership,
  type StoryId,
} from "@accord/domain";
import { headRow } from "./entity-heads.ts";
import type { EntityHeadsTable, FactsTable, OrganizationKeysTable, OrganizationRefsTable } from "./schema.ts";

/** The rows one document's facts become (`number` is the document's); partnerships gain the document's story. */
export function buildFactRows(
  facts: DocumentFacts,
  storyId: StoryId,
  number: number,
): {
  facts: FactsTable[];
  names: OrganizationKeysTable[];
  refs: OrganizationRefsTable[];
  heads: EntityHeadsTable[];
} {
  const documentId = facts.document.id;
  const rows: FactsTable[] = [];
  const names: OrganizationKeysTable[] = [];
  const refs: OrganizationRefsTable[] = [];
  const heads: EntityHeadsTable[] = [];
  const row = (
    kind: FactsTable["kind"],
    entity: Parameters<typeof headRow>[1],
    organizations: readonly (string | null)[],
    country: string | null = null,
  ) => {
    rows.push({ document_id: documentId, kind, entity_id: entity.id, country, data: JSON.stringify(entity) });
    heads.push(headRow(kind, entity, documentId));
    for (const id of new Set(organizations))
      if (id) refs.push({ organization_id: id, document: number, kind, entity_id: entity.id });
  };
  for (const org of facts.organizations) {
    row("organization", org, [org.parentId], org.country);
    for (const key of nameKeysOf(org)) names.push({ name_key: key, organization_id: org.id });
  }
  for (const person of facts.people)
    row(
      "person",
      person,
      person.affiliations.map((a) => a.organizationId),
    );
  for (const partnership of facts.partnerships) {
    const storyIds = [...new Set([...partnership.storyIds, storyId])].sort();
    const stored: Partnership = { ...partnership, storyIds };
    row("partnership", stored, stored.parties);
  }
  for (const event of facts.events) row("event", event, event.organizations);
  return { facts: rows, names, refs, heads };
}

/** The keys an organization is looked up by: its id and each of its names, normalized. */
export function nameKeysOf(org: Organization): Set<string> {
  return new Set([org.id, ...namesOfOrganization(org).map(normalizeName)].filter((k) => k.length > 0));
}

export { chunked } from "./chunked.ts";
