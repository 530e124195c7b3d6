import type { Coverage } from "./fonts.ts";

const codePoint = (c: string) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`;

// Controls, bidirectional overrides and invisible formatting characters: they would reorder or
// hide what a reader sees, so they print as their code point instead.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** One line of plain text: line breaks and tabs become spaces, invisible controls print as `[U+202E]`. */
export function sanitizeText(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(INVISIBLE, codePoint);
}

/** Replaces each character the font has no glyph for by its code point, as `[U+05D0]`. */
export function toPrintable(text: string, covered: Coverage): string {
  let out = "";
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    out += covered.has(cp) || c === " " ? c : codePoint(c);
  }
  return out;
}
