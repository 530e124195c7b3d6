import { romanizeCyrillic } from "./ids.ts";

/**
 * The key two names compare by: case, punctuation, diacritics, white space, a leading "the"
 * and the script of Cyrillic letters do not matter ("МГТУ им. Н. Э. Баумана" and
 * "mgtu im n e baumana" are one key). Chinese characters are kept as they are.
 */
export function normalizeName(name: string): string {
  return romanizeCyrillic(name.normalize("NFKC").normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFC"))
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"`«»]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/\s+/g, " ");
}
