import { createHash, hash } from "node:crypto";
import type { DocumentId } from "@accord/domain";
import { remembered } from "./text/name-key.ts";

/** The text as it is compared: Unicode NFC, white space folded, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A document's id: the SHA-256 of its normalized text. */
export function documentId(text: string): DocumentId {
  return createHash("sha256").update(normalizeText(text)).digest("hex") as DocumentId;
}

// Ids of the same parties recur across documents. The one-shot `hash` costs half of a `createHash` for a short key.
const hashOf = remembered((key) => hash("sha256", key, "hex").slice(0, 12));

/** A short stable hash of some strings, for ids derived from content. */
export function shortHash(...parts: readonly string[]): string {
  return hashOf(parts.join("\u0000"));
}
