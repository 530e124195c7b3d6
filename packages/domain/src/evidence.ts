import * as z from "zod";
import { DocumentId } from "./ids.ts";

/**
 * Where a fact was read: the document, the sentence, and the sentence's place in the
 * document's text as UTF-16 offsets (`start` inclusive, `end` exclusive), so that
 * `document.text.slice(start, end) === sentence`.
 */
export const Evidence = z
  .object({
    documentId: DocumentId,
    sentence: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((e) => e.end > e.start, { message: "evidence ends after it starts" });
export type Evidence = z.infer<typeof Evidence>;

/** A key that identifies one piece of evidence, for de-duplication. */
export function evidenceKey(e: Evidence): string {
  return `${e.documentId}:${e.start}:${e.end}`;
}

/** Unites lists of evidence, keeping each place once, in document then offset order. */
export function mergeEvidence(...lists: readonly (readonly Evidence[])[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const list of lists) for (const e of list) if (!byKey.has(evidenceKey(e))) byKey.set(evidenceKey(e), e);
  return [...byKey.values()].sort((a, b) =>
    a.documentId === b.documentId ? a.start - b.start || a.end - b.end : a.documentId < b.documentId ? -1 : 1,
  );
}
