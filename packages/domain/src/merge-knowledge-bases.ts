import type { Event } from "./event.ts";
import { mergeEvidence } from "./evidence.ts";
import type { Field } from "./field.ts";
import { emptyKnowledgeBase, type KnowledgeBase } from "./knowledge-base.ts";
import type { LocalizedName, Organization } from "./organization.ts";
import type { Partnership } from "./partnership.ts";
import type { Person } from "./person.ts";
import type { SourceDocument } from "./source-document.ts";

const union = <T>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function mergeBy<T extends { id: string }>(a: readonly T[], b: readonly T[], merge: (x: T, y: T) => T): T[] {
  const out = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const seen = out.get(item.id);
    out.set(item.id, seen ? merge(seen, item) : item);
  }
  return [...out.values()].sort(byId);
}

function mergeNames(a: readonly LocalizedName[], b: readonly LocalizedName[]): LocalizedName[] {
  const seen = new Map<string, LocalizedName>();
  for (const n of [...a, ...b]) seen.set(`${n.lang}\u0000${n.value}`, n);
  return [...seen.values()];
}

const mergeOrganization = (x: Organization, y: Organization): Organization => ({
  ...x,
  names: mergeNames(x.names, y.names),
  acronyms: union(x.acronyms, y.acronyms),
  aliases: union(x.aliases, y.aliases).filter((a) => a !== x.name),
  country: x.country ?? y.country,
  unitKind: x.unitKind ?? y.unitKind,
  city: x.city ?? y.city,
  domains: union(x.domains, y.domains),
  evidence: mergeEvidence(x.evidence, y.evidence),
});

const mergePerson = (x: Person, y: Person): Person => {
  const affiliations = new Map<string, Person["affiliations"][number]>();
  for (const a of [...x.affiliations, ...y.affiliations]) {
    const key = `${a.role ?? ""}\u0000${a.organizationId ?? ""}\u0000${JSON.stringify(a.reportedOn)}`;
    const seen = affiliations.get(key);
    affiliations.set(key, seen ? { ...seen, evidence: mergeEvidence(seen.evidence, a.evidence) } : a);
  }
  return {
    ...x,
    aliases: union(x.aliases, y.aliases).filter((a) => a !== x.name),
    affiliations: [...affiliations.values()],
    evidence: mergeEvidence(x.evidence, y.evidence),
  };
};

const mergePartnership = (x: Partnership, y: Partnership): Partnership => ({
  ...x,
  parties: union(x.parties, y.parties),
  fields: union(x.fields, y.fields),
  title: x.title ?? y.title,
  storyIds: union(x.storyIds, y.storyIds).sort(),
  evidence: mergeEvidence(x.evidence, y.evidence),
});

const mergeEvent = (x: Event, y: Event): Event => ({
  ...x,
  place: x.place ?? y.place,
  organizations: union(x.organizations, y.organizations),
  people: union(x.people, y.people),
  partnerships: union(x.partnerships, y.partnerships),
  evidence: mergeEvidence(x.evidence, y.evidence),
});

const mergeDocument = (x: SourceDocument, y: SourceDocument): SourceDocument => ({
  ...x,
  alsoAt: union(x.alsoAt, y.alsoAt, [y.origin])
    .filter((o) => o !== x.origin)
    .sort(),
  title: x.title ?? y.title,
  publisher: x.publisher ?? y.publisher,
  published: x.published ?? y.published,
  storyId: x.storyId ?? y.storyId,
});

/**
 * Unites two snapshots: entities with the same id become one, with every name, alias and piece
 * of evidence of both; where both give a single value the first snapshot's wins. The result
 * is sorted by id, so merging is deterministic and merging a snapshot with itself changes nothing.
 */
export function mergeKnowledgeBases(a: KnowledgeBase, b: KnowledgeBase): KnowledgeBase {
  return {
    ...emptyKnowledgeBase(),
    documents: mergeBy(a.documents, b.documents, mergeDocument),
    organizations: mergeBy(a.organizations, b.organizations, mergeOrganization),
    people: mergeBy(a.people, b.people, mergePerson),
    partnerships: mergeBy(a.partnerships, b.partnerships, mergePartnership),
    events: mergeBy(a.events, b.events, mergeEvent),
    fields: mergeBy<Field>(a.fields, b.fields, (x) => x),
  };
}
