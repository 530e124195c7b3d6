import type { KnowledgeBase } from "@accord/domain";
import type { SnapshotScope } from "@accord/store";
import type { Io } from "./io.ts";
import { readSnapshot, withExistingStore } from "./knowledge-base-source.ts";

/**
 * The knowledge base a query works on: a snapshot file when given, else only the part of the store the query
 * needs (what `scope` names and everything that refers to it), read through indexes.
 */
export async function loadScopedKnowledgeBase(
  io: Io,
  options: { db?: string | undefined; snapshot?: string | undefined },
  scope: SnapshotScope,
): Promise<KnowledgeBase> {
  if (options.snapshot) return readSnapshot(io, options.snapshot);
  return withExistingStore(io, options.db, (store) => store.snapshotOf(scope));
}
