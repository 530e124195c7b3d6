import {
  type Event,
  emptyKnowledgeBase,
  FIELDS,
  type KnowledgeBase,
  type LocalizedName,
  mergeEvidence,
  type Organization,
  type Partnership,
  type Person,
  type SourceDocument,
} from "@accord/domain";
import type { EntityKind } from "./schema.ts";

/** One entity as one document told it. */
export interface StoredFact {
  documentId: string;
  kind: EntityKind;
  entityId: string;
  entity: unknown;
}

const KEYS = {
  organization: "organizations",
  person: "people",
  partnership: "partnerships",
  event: "events",
} as const satisfies Record<EntityKind, keyof KnowledgeBase>;

type EntityKey = (typeof KEYS)[EntityKind];

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Each function below gives, in one pass over an entity's versions (in document id order), what folding them with
// mergeKnowledgeBases one after the other gives: the first version's single values unless null, lists united in
// the order they first appear, evidence united once at the end. Folding re-copied every growing list once per
// document, which made an organization named in thousands of documents quadratic.
const uniteInOrder = <T>(lists: Iterable<readonly T[]>): T[] => {
  const out = new Set<T>();
  for (const list of lists) for (const item of list) out.add(item);
  return [...out];
};

const firstNonNull = <T>(values: Iterable<T | null | undefined>): T | null | undefined => {
  let last: T | null | undefined;
  for (const value of values) {
    if (value !== null && value !== undefined) return value;
    last = value;
  }
  return last;
};

function mergeOrganizations(versions: readonly Organization[]): Organization {
  const [x] = versions as [Organization];
  const names = new Map<string, LocalizedName>();
  for (const v of versions) for (const n of v.names) names.set(`${n.lang}\u0000${n.value}`, n);
  return {
    ...x,
    names: [...names.values()],
    acronyms: uniteInOrder(versions.map((v) => v.acronyms)),
    aliases: uniteInOrder(versions.map((v) => v.aliases)).filter((a) => a !== x.name),
    country: firstNonNull(versions.map((v) => v.country)) as Organization["country"],
    unitKind: firstNonNull(versions.map((v) => v.unitKind)) as Organization["unitKind"],
    city: firstNonNull(versions.map((v) => v.city)) as Organization["city"],
    domains: uniteInOrder(versions.map((v) => v.domains)),
    evidence: mergeEvidence(...versions.map((v) => v.evidence)),
  };
}

function mergePeople(versions: readonly Person[]): Person {
  const [x] = versions as [Person];
  const affiliations = new Map<string, Person["affiliations"]>();
  for (const v of versions)
    for (const a of v.affiliations) {
      const key = `${a.role ?? ""}\u0000${a.organizationId ?? ""}\u0000${JSON.stringify(a.reportedOn)}`;
      const seen = affiliations.get(key);
      if (seen) seen.push(a);
      else affiliations.set(key, [a]);
    }
  return {
    ...x,
    aliases: uniteInOrder(versions.map((v) => v.aliases)).filter((a) => a !== x.name),
    affiliations: [...affiliations.values()].map(([first, ...rest]) =>
      rest.length === 0
        ? (first as Person["affiliations"][number])
        : {
            ...(first as Person["affiliations"][number]),
            evidence: mergeEvidence(first?.evidence ?? [], ...rest.map((a) => a.evidence)),
          },
    ),
    evidence: mergeEvidence(...versions.map((v) => v.evidence)),
  };
}

function mergePartnerships(versions: readonly Partnership[]): Partnership {
  const [x] = versions as [Partnership];
  return {
    ...x,
    parties: uniteInOrder(versions.map((v) => v.parties)),
    fields: uniteInOrder(versions.map((v) => v.fields)),
    title: firstNonNull(versions.map((v) => v.title)) as Partnership["title"],
    storyIds: uniteInOrder(versions.map((v) => v.storyIds)).sort(),
    evidence: mergeEvidence(...versions.map((v) => v.evidence)),
  };
}

function mergeEvents(versions: readonly Event[]): Event {
  const [x] = versions as [Event];
  return {
    ...x,
    place: firstNonNull(versions.map((v) => v.place)) as Event["place"],
    organizations: uniteInOrder(versions.map((v) => v.organizations)),
    people: uniteInOrder(versions.map((v) => v.people)),
    partnerships: uniteInOrder(versions.map((v) => v.partnerships)),
    evidence: mergeEvidence(...versions.map((v) => v.evidence)),
  };
}

const MERGE: Record<EntityKind, (versions: never[]) => unknown> = {
  organization: mergeOrganizations,
  person: mergePeople,
  partnership: mergePartnerships,
  event: mergeEvents,
};

/** One entity from the versions of it the documents tell, in document id order. */
export function mergeVersions(kind: EntityKind, versions: readonly unknown[]): unknown {
  return versions.length === 1 ? versions[0] : MERGE[kind](versions as never[]);
}

/**
 * The knowledge base the stored documents and facts make: entities with one id merged across documents,
 * everything sorted by id, and `fields` the vocabulary entries the partnerships refer to.
 */
export function buildSnapshot(documents: readonly SourceDocument[], facts: readonly StoredFact[]): KnowledgeBase {
  const groups = new Map<string, { kind: EntityKind; id: string; rows: StoredFact[] }>();
  for (const fact of facts) {
    const key = `${fact.kind}\u0000${fact.entityId}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: fact.kind, id: fact.entityId, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(fact);
  }
  const kb = emptyKnowledgeBase();
  const lists: Record<EntityKey, unknown[]> = { organizations: [], people: [], partnerships: [], events: [] };
  const ordered = [...groups.values()].sort((a, b) => compare(a.id, b.id));
  for (const group of ordered) {
    const rows = group.rows.sort((a, b) => compare(a.documentId, b.documentId));
    lists[KEYS[group.kind]].push(
      mergeVersions(
        group.kind,
        rows.map((r) => r.entity),
      ),
    );
  }
  kb.documents = [...documents]
    .map((d) => ({ ...d, alsoAt: [...d.alsoAt].sort() }))
    .sort((a, b) => compare(a.id, b.id));
  kb.organizations = lists.organizations as KnowledgeBase["organizations"];
  kb.people = lists.people as KnowledgeBase["people"];
  kb.partnerships = lists.partnerships as KnowledgeBase["partnerships"];
  kb.events = lists.events as KnowledgeBase["events"];
  kb.fields = fieldsOf(kb.partnerships);
  return kb;
}

/** The vocabulary entries these partnerships refer to, by id. */
export function fieldsOf(partnerships: readonly Partnership[]): KnowledgeBase["fields"] {
  const used = new Set(partnerships.flatMap((p) => p.fields));
  return FIELDS.filter((f) => used.has(f.id)).sort((a, b) => compare(a.id, b.id));
}
