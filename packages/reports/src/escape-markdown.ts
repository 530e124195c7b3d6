import { sanitizeText } from "./sanitize-text.ts";

/**
 * Makes a knowledge-base string print literally in the brief's Markdown: one line, with every
 * character the Markdown gives a meaning to escaped by a backslash (a leading `#`, `-`, `:` or
 * `+` too, so a name can never start a heading, a list item or a directive).
 */
export function escapeMarkdown(text: string): string {
  return sanitizeText(text)
    .replace(/[\\`*_[\]|<>~]/g, "\\$&")
    .replace(/^[#\-:+]/, "\\$&");
}

/** Escapes every string inside a value (arrays and plain objects deeply); numbers and booleans stay. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === "string") return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v);
    return out as T;
  }
  return value;
}
