import {
  type Evidence,
  emptyKnowledgeBase,
  FIELDS,
  type KnowledgeBase,
  mergeEvidence,
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
// Evidence is united once at the end: mergeEvidence of all lists equals merging them one after the other, and an
// organization named in thousands of documents would otherwise re-sort its growing evidence thousands of times.
function mergeOne(key: EntityKey, versions: readonly unknown[]): unknown {
  if (versions.length === 1) return versions[0];
  const evidence = versions.map((v) => (v as { evidence: Evidence[] }).evidence);
  let merged: { evidence: Evidence[] } = { ...(versions[0] as object), evidence: [] };
  for (const next of versions.slice(1)) {
    const a = { ...emptyKnowledgeBase(), [key]: [merged] } as KnowledgeBase;
    const b = { ...emptyKnowledgeBase(), [key]: [{ ...(next as object), evidence: [] }] } as KnowledgeBase;
    merged = mergeKnowledgeBases(a, b)[key][0] as unknown as { evidence: Evidence[] };
  }
  return { ...merged, evidence: mergeEvidence(...evidence) };
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
