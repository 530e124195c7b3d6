import { detectLanguage, parseLanguageTag } from "./detect-language.ts";
import { findDateInLines, findDateInUrl } from "./find-published-date.ts";
import { absoluteHttpUrl, hostOf } from "./host-of.ts";
import { parseDateText } from "./parse-date-text.ts";
import type { ReadBody } from "./raw-document.ts";

const HEADER_KEYS = new Set(["url", "published", "language", "title", "publisher", "source"]);
const HEADER_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;
const MAX_HEADER_LINES = 20;
const MAX_TITLE_CHARS = 200;

/**
 * Reads a plain-text or Markdown document: an optional header of `key: value` lines and a blank
 * line gives its metadata and is removed; otherwise a short first line before a blank line is the title.
 */
export function parseTextDocument(decoded: string, origin: string): ReadBody {
  const lines = decoded
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const header = readHeader(lines);
  const body = normalizeBody(lines.slice(header.lineCount).join("\n"));
  const fields = header.fields;
  const source = fields.get("source") ?? null;
  const url = absoluteHttpUrl(fields.get("url")) ?? absoluteHttpUrl(source) ?? absoluteHttpUrl(origin);
  const sourceName = source !== null && absoluteHttpUrl(source) === null ? source : null;
  return {
    url: absoluteHttpUrl(fields.get("url")) ?? absoluteHttpUrl(source),
    title: nonEmpty(fields.get("title")) ?? leadingTitle(body),
    publisher: nonEmpty(fields.get("publisher")) ?? nonEmpty(sourceName) ?? hostOf(url),
    published: parseDateText(fields.get("published") ?? "") ?? findDateInLines(body) ?? findDateInUrl(url ?? origin),
    language: parseLanguageTag(fields.get("language")) ?? detectLanguage(body),
    text: body,
  };
}

function readHeader(lines: readonly string[]): { fields: Map<string, string>; lineCount: number } {
  const none = { fields: new Map<string, string>(), lineCount: 0 };
  const fields = new Map<string, string>();
  for (let i = 0; i < Math.min(lines.length, MAX_HEADER_LINES + 1); i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      const known = [...fields.keys()].some((key) => HEADER_KEYS.has(key));
      return known && i > 0 ? { fields, lineCount: i + 1 } : none;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) return none;
    fields.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return none;
}

function normalizeBody(body: string): string {
  return body
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0\u3000]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

function leadingTitle(body: string): string | null {
  const end = body.indexOf("\n");
  if (end === -1 || body[end + 1] !== "\n") return null;
  const first = body
    .slice(0, end)
    .replace(/^#{1,6}\s+/, "")
    .trim();
  if (first === "" || first.length > MAX_TITLE_CHARS || /[.;,:]$/.test(first)) return null;
  return first;
}

function nonEmpty(value: string | undefined | null): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
