import type { Language, PartialDate } from "@accord/domain";

/** The file formats accord reads. */
export type DocumentFormat = "text" | "html" | "pdf" | "docx";

/** A document's text and what it states about itself, before any extraction. */
export interface RawDocument {
  /** The path or url the caller gave. */
  origin: string;
  /** The document's own url when it states one (canonical link, og:url, a `url:` header line). */
  url: string | null;
  format: DocumentFormat;
  title: string | null;
  /** og:site_name, meta publisher, application-name, or the url's host. */
  publisher: string | null;
  published: PartialDate | null;
  language: Language;
  /** The body text: paragraphs separated by a blank line, without page furniture. */
  text: string;
}

/** A document read, or the one-line reason it could not be. */
export type ReadResult = { ok: true; document: RawDocument } | { ok: false; reason: string };

/** Limits of one read. */
export interface ReadOptions {
  /** Larger inputs are refused unread; 50 MiB unless given. */
  maxBytes?: number;
  /** A read that takes longer ends as a reason; 20 000 ms unless given. */
  timeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;

/** The fields a format reader fills; `readDocument` adds origin and format. */
export type ReadBody = Omit<RawDocument, "origin" | "format">;

/** What a format reader returns. */
export type BodyResult = { ok: true; body: ReadBody } | { ok: false; reason: string };
