import { attr, elementsOf, type HtmlDocument, textOf } from "./html-dom.ts";

/** What a page states about itself in its markup, before any reading of its text. */
export interface HtmlMetadata {
  /** `meta` values by lower-cased property, name or itemprop; the first of each wins. */
  meta: Map<string, string>;
  canonical: string | null;
  title: string | null;
  h1: string | null;
  lang: string | null;
  /** `<time datetime>`, `[itemprop=datePublished]` and `pubdate` values, in document order. */
  times: string[];
  jsonLd: { datePublished: string | null; headline: string | null; publisher: string | null; url: string | null };
}

const JSON_LD_MAX_CHARS = 1_000_000;
const JSON_LD_MAX_NODES = 10_000;

/** Collects meta tags, the canonical link, `<title>`, the first `h1`, `<html lang>`, times and JSON-LD. */
export function extractHtmlMetadata(doc: HtmlDocument): HtmlMetadata {
  const meta = new Map<string, string>();
  const times: string[] = [];
  const jsonLd: HtmlMetadata["jsonLd"] = { datePublished: null, headline: null, publisher: null, url: null };
  let canonical: string | null = null;
  let title: string | null = null;
  let h1: string | null = null;
  let lang: string | null = null;
  for (const element of elementsOf(doc)) {
    const name = element.name;
    if (name === "meta") {
      const key = (attr(element, "property") ?? attr(element, "name") ?? attr(element, "itemprop") ?? "").toLowerCase();
      const content = attr(element, "content")?.trim();
      if (key !== "" && content && !meta.has(key)) meta.set(key, content);
    } else if (name === "link") {
      const rel = attr(element, "rel")?.toLowerCase().split(/\s+/) ?? [];
      if (rel.includes("canonical") && canonical === null) canonical = attr(element, "href");
    } else if (name === "title" && title === null) {
      title = textOf(element) || null;
    } else if (name === "h1" && h1 === null) {
      h1 = textOf(element) || null;
    } else if (name === "html" && lang === null) {
      lang = attr(element, "lang") ?? attr(element, "xml:lang");
    } else if (name === "script" && attr(element, "type")?.toLowerCase().includes("ld+json")) {
      readJsonLd(textOf(element), jsonLd);
    }
    const itemprop = attr(element, "itemprop");
    if (name === "time" || itemprop === "datePublished" || attr(element, "pubdate") !== null) {
      const value = attr(element, "datetime") ?? attr(element, "content") ?? attr(element, "pubdate") ?? "";
      const when = value.trim() !== "" ? value : textOf(element);
      if (when !== "") times.push(when);
    }
  }
  return { meta, canonical, title, h1, lang, times, jsonLd };
}

function readJsonLd(source: string, into: HtmlMetadata["jsonLd"]): void {
  if (source.length > JSON_LD_MAX_CHARS) return;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return;
  }
  const stack: unknown[] = [data];
  for (let seen = 0; stack.length > 0 && seen < JSON_LD_MAX_NODES; seen++) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (node === null || typeof node !== "object") continue;
    const record = node as Record<string, unknown>;
    into.datePublished ??= stringOf(record["datePublished"]) ?? stringOf(record["dateCreated"]);
    into.headline ??= stringOf(record["headline"]);
    into.url ??= stringOf(record["url"]);
    const publisher = record["publisher"];
    into.publisher ??=
      stringOf(publisher) ??
      (publisher && typeof publisher === "object" ? stringOf((publisher as Record<string, unknown>)["name"]) : null);
    for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"]) {
      if (typeof record[key] === "object") stack.push(record[key]);
    }
  }
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
