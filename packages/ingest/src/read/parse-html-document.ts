import type { Language, PartialDate } from "@accord/domain";
import { detectLanguage, parseLanguageTag } from "./detect-language.ts";
import { extractHtmlMetadata, type HtmlMetadata } from "./extract-html-metadata.ts";
import { findDateInLines, findDateInUrl } from "./find-published-date.ts";
import { absoluteHttpUrl, hostOf } from "./host-of.ts";
import { parseHtml } from "./html-dom.ts";
import { selectMainContent } from "./html-main-content.ts";
import { htmlToText } from "./html-to-text.ts";
import { parseDateText } from "./parse-date-text.ts";
import type { ReadBody } from "./raw-document.ts";

const DATE_META_KEYS = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish_date",
  "publish-date",
  "publication_date",
  "citation_publication_date",
  "dc.date.issued",
  "dc.date",
  "dcterms.issued",
  "dcterms.date",
  "sailthru.date",
  "parsely-pub-date",
  "firstpublishedtime",
  "publishedtime",
  "releasedate",
  "date",
  "article:modified_time",
];

const PUBLISHER_META_KEYS = [
  "og:site_name",
  "publisher",
  "article:publisher",
  "author-org",
  "citation_publisher",
  "dc.publisher",
  "application-name",
  "sitename",
  "site_name",
];

// A title's tail that names the site: "Title - Site", "Title | Site", "标题_学校新闻网".
const TITLE_SEPARATOR = /\s+[-|–—·:]+\s+|\s*[_|｜]\s*|-{2,}/g;

/** Reads a decoded HTML page: metadata from its markup, the main text without furniture. */
export function parseHtmlDocument(html: string, origin: string): ReadBody {
  const doc = parseHtml(html);
  const meta = extractHtmlMetadata(doc);
  const content = selectMainContent(doc);
  let text = htmlToText(content.main, content.furniture);
  if (text === "" && content.page !== content.main) text = htmlToText(content.page, content.furniture);
  const base = absoluteHttpUrl(origin);
  const url =
    absoluteHttpUrl(meta.canonical, base) ??
    absoluteHttpUrl(meta.meta.get("og:url"), base) ??
    absoluteHttpUrl(meta.jsonLd.url, base);
  const publisher =
    PUBLISHER_META_KEYS.map((key) => meta.meta.get(key)).find((v) => v && !/^https?:/.test(v)) ??
    meta.jsonLd.publisher ??
    hostOf(url ?? base);
  return {
    url,
    title: pickTitle(meta, publisher ?? null),
    publisher: publisher ?? null,
    published: pickPublished(
      meta,
      text,
      () => (content.page === content.main ? "" : htmlToText(content.page, content.furniture)),
      url ?? origin,
    ),
    language: pickLanguage(meta.lang, text),
    text,
  };
}

function pickTitle(meta: HtmlMetadata, publisher: string | null): string | null {
  const og = meta.meta.get("og:title") ?? meta.meta.get("twitter:title");
  if (og) return stripSiteName(og, publisher, meta.h1);
  const title = meta.title ? stripSiteName(meta.title, publisher, meta.h1) : null;
  // A <title> that only names the site says nothing about the story; the h1 does.
  if (title && !(meta.h1 && publisher && title === publisher)) return title;
  return meta.h1 ?? meta.jsonLd.headline ?? title;
}

/** "Rectors meet in Harbin - HIT News" → "Rectors meet in Harbin"; a title without a site name stays. */
export function stripSiteName(title: string, publisher: string | null, h1: string | null): string {
  const trimmed = title.replace(/\s+/g, " ").trim();
  if (h1 && trimmed.startsWith(h1) && h1.length >= 4) return h1;
  const separators = [...trimmed.matchAll(TITLE_SEPARATOR)];
  const last = separators.at(-1);
  if (!last || last.index === undefined || last.index === 0) return trimmed;
  const head = trimmed.slice(0, last.index).trim();
  const tail = trimmed.slice(last.index + last[0].length).trim();
  if (tail === "") return head;
  const namesSite = publisher !== null && (tail.includes(publisher) || publisher.includes(tail));
  if (namesSite || tail.length < head.length) return head;
  return trimmed;
}

function pickPublished(meta: HtmlMetadata, text: string, pageText: () => string, url: string): PartialDate | null {
  for (const key of DATE_META_KEYS) {
    const date = parseDateText(meta.meta.get(key) ?? "");
    if (date) return date;
  }
  for (const value of [meta.jsonLd.datePublished, ...meta.times]) {
    const date = parseDateText(value ?? "");
    if (date) return date;
  }
  return findDateInLines(text) ?? findDateInLines(pageText()) ?? findDateInUrl(url);
}

// A declared language wins, except a template's "en" over a page that is plainly Chinese or Russian.
function pickLanguage(lang: string | null, text: string): Language {
  const declared = parseLanguageTag(lang);
  const detected = detectLanguage(text);
  if (declared === null) return detected;
  if (declared === "en" && detected !== "en" && dominantScriptShare(text) >= 0.5) return detected;
  return declared;
}

function dominantScriptShare(text: string): number {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const foreign = sample.match(/[\p{Script=Han}\p{Script=Cyrillic}]/gu)?.length ?? 0;
  return letters === 0 ? 0 : foreign / letters;
}
