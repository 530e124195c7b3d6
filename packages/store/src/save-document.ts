import type { DocumentFacts, DocumentId, Organization, StoryId } from "@accord/domain";
import type { Transaction } from "kysely";
import { HeadFolder, rebuildHeads } from "./entity-heads.ts";
import { buildFactRows, chunked, nameKeysOf } from "./fact-rows.ts";
import { jaccard, NEAR_DUPLICATE_JACCARD, type StoryKeys, shinglesOf, storyKeysOf } from "./min-hash.ts";
import { readGeneration } from "./read-heads.ts";
import type { Database } from "./schema.ts";

/** What saving a document did. */
export type SaveStatus = "added" | "unchanged" | "replaced" | "near-duplicate";

/** What saving a document did, and the story it belongs to. */
export interface SaveResult {
  status: SaveStatus;
  storyId: StoryId;
}

/** The story a document starts: `story:` and the first 16 hex digits of its id. */
export function storyIdOf(id: DocumentId): StoryId {
  return `story:${id.slice(0, 16)}` as StoryId;
}

type Trx = Transaction<Database>;

/**
 * Saves documents and their facts one after the other inside a write transaction (see `Store.saveDocuments`),
 * calling `between` after each; the heads they change are folded over the whole list and written at its end.
 * `storyKeys[i]`, when given, are `storyKeysOf` the i-th document's text.
 */
export async function saveDocumentsIn(
  trx: Trx,
  list: readonly DocumentFacts[],
  storyKeys: readonly (StoryKeys | undefined)[] = [],
  between?: () => Promise<void>,
): Promise<SaveResult[]> {
  const heads = new HeadFolder();
  const results: SaveResult[] = [];
  // Writers are serialised (see `Backend.write`), so the next number is the greatest one stored plus one.
  const last = await trx
    .selectFrom("documents")
    .select((eb) => eb.fn.max("number").as("number"))
    .executeTakeFirst();
  const numbers = { next: Number(last?.number ?? 0) + 1 };
  for (const [i, facts] of list.entries()) {
    results.push(await saveDocumentIn(trx, facts, heads, storyKeys[i], numbers));
    await between?.();
  }
  await heads.write(trx);
  // Heads changed: what was packed of them (see `facet-pack.ts`) is no longer current.
  if (heads.wrote || results.some((r) => r.status === "replaced")) await nextGeneration(trx);
  return results;
}

/** Counts up the store's generation, which every write changing a head moves on. */
export async function nextGeneration(trx: Trx): Promise<void> {
  await trx
    .updateTable("meta")
    .set({ value: String(Number((await readGeneration(trx)) ?? 0) + 1) })
    .where("key", "=", "generation")
    .execute();
}

async function saveDocumentIn(
  trx: Trx,
  facts: DocumentFacts,
  heads: HeadFolder,
  keys: StoryKeys | undefined,
  numbers: { next: number },
): Promise<SaveResult> {
  const doc = facts.document;
  const displaced = await trx
    .selectFrom("documents")
    .select(["id", "story_id"])
    .where("origin", "=", doc.origin)
    .where("id", "!=", doc.id)
    .executeTakeFirst();
  // Another text now lives at this origin: the old document, and everything read from it, goes; the heads of what
  // it told are rebuilt from the documents that remain.
  if (displaced) {
    const told = await trx
      .selectFrom("facts")
      .select(["kind", "entity_id"])
      .where("document_id", "=", displaced.id)
      .execute();
    await trx.deleteFrom("documents").where("id", "=", displaced.id).execute();
    // Rebuilt from the facts stored, which the heads folded so far must have reached first.
    await heads.write(trx);
    await rebuildHeads(trx, told);
    await rebuildNameKeys(
      trx,
      told.filter((t) => t.kind === "organization").map((t) => t.entity_id),
    );
  }
  await trx.deleteFrom("also_at").where("origin", "=", doc.origin).where("document_id", "!=", doc.id).execute();

  const stored = await trx
    .selectFrom("documents")
    .select(["origin", "story_id", "number"])
    .where("id", "=", doc.id)
    .executeTakeFirst();
  if (stored) {
    const storyId = stored.story_id as StoryId;
    await addOrigins(trx, doc.id, stored.origin, [doc.origin, ...doc.alsoAt]);
    await insertFacts(trx, facts, storyId, Number(stored.number), heads, true);
    return { status: displaced ? "replaced" : "unchanged", storyId };
  }

  const storyKeys = (keys ?? storyKeysOf(doc.text)).keys;
  const twin = await findNearDuplicate(trx, doc.text, storyKeys);
  const number = numbers.next++;
  const storyId =
    doc.storyId ?? twin?.storyId ?? (displaced?.story_id as StoryId | undefined) ?? storyIdOf(doc.id as DocumentId);
  await trx
    .insertInto("documents")
    .values({
      id: doc.id,
      number,
      origin: doc.origin,
      title: doc.title,
      publisher: doc.publisher,
      published: doc.published === null ? null : JSON.stringify(doc.published),
      language: doc.language,
      text: doc.text,
      story_id: storyId,
    })
    .execute();
  await addOrigins(trx, doc.id, doc.origin, doc.alsoAt);
  await trx
    .insertInto("story_keys")
    .values(storyKeys.map((key) => ({ key, document: number })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await insertFacts(trx, facts, storyId, number, heads);
  return { status: displaced ? "replaced" : twin ? "near-duplicate" : "added", storyId };
}

// An origin belongs to one document; one that is another document's own origin stays with it.
async function addOrigins(trx: Trx, documentId: string, ownOrigin: string, origins: readonly string[]): Promise<void> {
  const wanted = [...new Set(origins)].filter((o) => o !== ownOrigin);
  if (wanted.length === 0) return;
  const taken = await trx.selectFrom("documents").select("origin").where("origin", "in", wanted).execute();
  const free = wanted.filter((o) => !taken.some((t) => t.origin === o));
  for (const chunk of chunked(free))
    await trx
      .insertInto("also_at")
      .values(chunk.map((origin) => ({ origin, document_id: documentId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

// Facts already stored for this document stay as they are; facts it did not have yet are added, and folded into
// their entities' heads.
async function insertFacts(
  trx: Trx,
  facts: DocumentFacts,
  storyId: StoryId,
  number: number,
  folder: HeadFolder,
  stored = false,
): Promise<void> {
  const rows = buildFactRows(facts, storyId, number);
  let heads = rows.heads;
  if (stored) {
    const had = await trx
      .selectFrom("facts")
      .select(["kind", "entity_id"])
      .where("document_id", "=", facts.document.id)
      .execute();
    const known = new Set(had.map((r) => `${r.kind}\u0000${r.entity_id}`));
    heads = heads.filter((h) => !known.has(`${h.kind}\u0000${h.entity_id}`));
  }
  for (const chunk of chunked(rows.facts))
    await trx
      .insertInto("facts")
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  for (const chunk of chunked(rows.names))
    await trx
      .insertInto("organization_keys")
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  for (const chunk of chunked(rows.refs))
    await trx
      .insertInto("organization_refs")
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute();
  await folder.add(trx, heads);
}

// The names of these organizations again from the documents that still tell them.
async function rebuildNameKeys(trx: Trx, organizations: readonly string[]): Promise<void> {
  for (const chunk of chunked([...new Set(organizations)], 500)) {
    await trx.deleteFrom("organization_keys").where("organization_id", "in", chunk).execute();
    const told = await trx
      .selectFrom("facts")
      .select("data")
      .where("kind", "=", "organization")
      .where("entity_id", "in", chunk)
      .execute();
    const rows = told.flatMap((f) => {
      const org = JSON.parse(f.data) as Organization;
      return [...nameKeysOf(org)].map((name_key) => ({ name_key, organization_id: org.id }));
    });
    for (const part of chunked(rows))
      await trx
        .insertInto("organization_keys")
        .values(part)
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
}

async function findNearDuplicate(
  trx: Trx,
  text: string,
  keys: readonly number[],
): Promise<{ id: string; storyId: StoryId } | undefined> {
  const candidates = await trx
    .selectFrom("story_keys")
    .select("document")
    .distinct()
    .where("key", "in", [...keys])
    .execute();
  if (candidates.length === 0) return undefined;
  const shingles = shinglesOf(text);
  let best: { id: string; storyId: StoryId; similarity: number } | undefined;
  for (const chunk of chunked(candidates.map((c) => Number(c.document)))) {
    const docs = await trx
      .selectFrom("documents")
      .select(["id", "text", "story_id"])
      .where("number", "in", chunk)
      .execute();
    for (const d of docs) {
      const similarity = jaccard(shingles, shinglesOf(d.text));
      if (similarity < NEAR_DUPLICATE_JACCARD) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && d.id < best.id))
        best = { id: d.id, storyId: d.story_id as StoryId, similarity };
    }
  }
  return best && { id: best.id, storyId: best.storyId };
}
