import { createHash } from "node:crypto";
import type { DocumentId } from "@accord/domain";

/** The text as it is compared: Unicode NFC, white space folded, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A document's id: the SHA-256 of its normalized text. */
export function documentId(text: string): DocumentId {
  return createHash("sha256").update(normalizeText(text)).digest("hex") as DocumentId;
}

/** A short stable hash of some strings, for ids derived from content. */
export function shortHash(...parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 12);
}
