import {
  emptyKnowledgeBase,
  FIELDS,
  type KnowledgeBase,
  mergeKnowledgeBases,
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

// Merging the one-entity snapshots of an entity's documents, in document id order, gives what merging every
// document's snapshot with mergeKnowledgeBases gives, without re-sorting the whole base once per document.
function mergeOne(key: EntityKey, versions: readonly unknown[]): unknown {
  let merged = versions[0];
  for (const next of versions.slice(1)) {
    const a = { ...emptyKnowledgeBase(), [key]: [merged] } as KnowledgeBase;
    const b = { ...emptyKnowledgeBase(), [key]: [next] } as KnowledgeBase;
    merged = mergeKnowledgeBases(a, b)[key][0];
  }
  return merged;
}

/**
 * The knowledge base the stored documents and facts make: entities with one id merged across documents,
 * everything sorted by id, and `fields` the vocabulary entries the partnerships refer to.
 */
export function buildSnapshot(documents: readonly SourceDocument[], facts: readonly StoredFact[]): KnowledgeBase {
  const groups = new Map<string, { kind: EntityKind; id: string; rows: StoredFact[] }>();
  for (const fact of facts) {
    const key = `${fact.kind}\u0000${fact.entityId}`;
    const group = groups.get(key) ?? { kind: fact.kind, id: fact.entityId, rows: [] };
    group.rows.push(fact);
    groups.set(key, group);
  }
  const kb = emptyKnowledgeBase();
  const lists: Record<EntityKey, unknown[]> = { organizations: [], people: [], partnerships: [], events: [] };
  const ordered = [...groups.values()].sort((a, b) => compare(a.id, b.id));
  for (const group of ordered) {
    const rows = group.rows.sort((a, b) => compare(a.documentId, b.documentId));
    const key = KEYS[group.kind];
    lists[key].push(
      mergeOne(
        key,
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
  const used = new Set(kb.partnerships.flatMap((p) => p.fields));
  kb.fields = FIELDS.filter((f) => used.has(f.id)).sort((a, b) => compare(a.id, b.id));
  return kb;
}
