import type { KnowledgeBase } from "./knowledge-base.ts";
import { normalizeName } from "./normalize-name.ts";
import type { Organization } from "./organization.ts";

/** Every name an organization answers to: canonical, other scripts, acronyms and aliases. */
export function namesOfOrganization(org: Organization): string[] {
  return [org.name, ...org.names.map((n) => n.value), ...org.acronyms, ...org.aliases];
}

/**
 * Finds an organization by any of its names or acronyms, or by its id. An exact canonical
 * name wins over an acronym, and an acronym over an alias; among equals, an organization wins
 * over a unit, then the one with more evidence (`sentences` counts it by id for organizations given without
 * their evidence, as a store's heads are).
 */
export function findOrganization(
  kb: Pick<KnowledgeBase, "organizations">,
  query: string,
  sentences?: ReadonlyMap<string, number>,
): Organization | undefined {
  const byId = kb.organizations.find((o) => o.id === query);
  if (byId) return byId;
  const key = normalizeName(query);
  if (!key) return undefined;
  let best: { org: Organization; rank: number } | undefined;
  for (const org of kb.organizations) {
    const rank = matchRank(org, key);
    if (rank === undefined) continue;
    if (!best || rank < best.rank || (rank === best.rank && prefer(org, best.org, sentences))) best = { org, rank };
  }
  return best?.org;
}

function matchRank(org: Organization, key: string): number | undefined {
  if (normalizeName(org.name) === key) return 0;
  if (org.names.some((n) => normalizeName(n.value) === key)) return 1;
  const compact = key.replaceAll(" ", "");
  if (org.acronyms.some((a) => normalizeName(a).replaceAll(" ", "") === compact)) return 2;
  if (org.aliases.some((a) => normalizeName(a) === key)) return 3;
  return undefined;
}

function prefer(a: Organization, b: Organization, sentences?: ReadonlyMap<string, number>): boolean {
  if ((a.kind === "unit") !== (b.kind === "unit")) return b.kind === "unit";
  const [na, nb] = [a, b].map((o) => sentences?.get(o.id) ?? o.evidence.length) as [number, number];
  if (na !== nb) return na > nb;
  return a.id < b.id;
}
