import type { OrganizationId } from "./ids.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import type { Organization } from "./organization.ts";
import { compareDates } from "./partial-date.ts";
import type { Partnership } from "./partnership.ts";

/** A partner of an organization and the partnerships they share, earliest first. */
export interface Partner {
  organization: Organization;
  partnerships: Partnership[];
}

// One index per list of organizations, kept while the list lives: a lookup per call would make every
// caller that resolves many ids quadratic in the size of the knowledge base.
const INDEXES = new WeakMap<readonly OrganizationLink[], Map<OrganizationId, OrganizationLink>>();

function organizationsById<T extends OrganizationLink>(organizations: readonly T[]): Map<OrganizationId, T> {
  let byId = INDEXES.get(organizations) as Map<OrganizationId, T> | undefined;
  if (!byId || byId.size !== organizations.length) {
    byId = new Map(organizations.map((o) => [o.id, o]));
    INDEXES.set(organizations, byId);
  }
  return byId;
}

/** What following parents needs of an organization. */
export type OrganizationLink = Pick<Organization, "id" | "parentId">;

/** The organization a unit belongs to (following parents up), or the organization itself. */
export function rootOrganizationId(
  kb: { readonly organizations: readonly OrganizationLink[] },
  id: OrganizationId,
): OrganizationId {
  const byId = organizationsById(kb.organizations);
  let current = byId.get(id);
  const seen = new Set<OrganizationId>();
  while (current?.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current?.id ?? id;
}

/** The country of an organization: its top organization's (a unit is where its parent is), else its own. */
export function countryOfOrganization(
  kb: { readonly organizations: readonly (OrganizationLink & Pick<Organization, "country">)[] },
  id: OrganizationId,
): string | null {
  const byId = organizationsById(kb.organizations);
  return byId.get(rootOrganizationId(kb, id))?.country ?? byId.get(id)?.country ?? null;
}

/** The organizations that share a partnership with `id`, most partnerships first, then by name. */
export function partnersOf(kb: Pick<KnowledgeBase, "organizations" | "partnerships">, id: OrganizationId): Partner[] {
  const self = rootOrganizationId(kb, id);
  const byId = new Map(kb.organizations.map((o) => [o.id, o]));
  const shared = new Map<OrganizationId, Partnership[]>();
  for (const p of kb.partnerships) {
    const parties = new Set(p.parties.map((party) => rootOrganizationId(kb, party)));
    if (!parties.has(self)) continue;
    for (const other of parties) {
      if (other === self) continue;
      shared.set(other, [...(shared.get(other) ?? []), p]);
    }
  }
  const partners: Partner[] = [];
  for (const [other, partnerships] of shared) {
    const organization = byId.get(other);
    if (organization)
      partners.push({ organization, partnerships: partnerships.sort((a, b) => compareDates(a.date, b.date)) });
  }
  return partners.sort(
    (a, b) =>
      b.partnerships.length - a.partnerships.length || a.organization.name.localeCompare(b.organization.name, "en"),
  );
}
