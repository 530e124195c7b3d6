/** Decoding bytes in UTF-8, GB18030/GBK, Windows-1251, KOI8-R and the other encodings pages use. */
export { decodeText } from "./decode-text.ts";
/** The language of a text by its script: Han → zh, Cyrillic → ru, else en. */
export { detectLanguage } from "./detect-language.ts";
/** Command-line arguments (files, folders, globs, "-") to the files they name. */
export { expandInputs, type InputProblem } from "./expand-inputs.ts";
/** A publication date in a body's first lines or in a url's path. */
export { findDateInLines, findDateInUrl } from "./find-published-date.ts";
/** Dates as news sites write them, in English, Russian and Chinese. */
export { parseDateText } from "./parse-date-text.ts";
/** The shapes of a document as read. */
export type { DocumentFormat, RawDocument, ReadOptions, ReadResult } from "./raw-document.ts";
/** One document from its bytes: text, HTML, PDF or DOCX. */
export { readDocument } from "./read-document.ts";
/** One document from a file path, refused unread when it is over the size limit. */
export { readDocumentFile } from "./read-document-file.ts";
