/** A document's content id and the normalization behind it. */
export { documentId, normalizeText, shortHash } from "./document-id.ts";
/** Errors the package throws for failures a caller cannot handle item by item. */
export { GazetteerError } from "./errors.ts";
/** Extraction of organizations, people, partnerships and events from one document. */
export { buildContext, type ExtractInput, extractDocument, publisherOf } from "./extract/extract-document.ts";
/** The evaluation format of `accord extract --json`. */
export { type ExtractionLine, toGoldFormat } from "./extract/to-gold-format.ts";
/** The gazetteer: its schema, index and loaders. */
export {
  buildGazetteer,
  type Gazetteer,
  type GazetteerLayer,
  type KnownOrganization,
} from "./gazetteer/build-gazetteer.ts";
export { GazetteerEntry, GazetteerFile } from "./gazetteer/gazetteer-entry.ts";
export { builtInLayers, parseGazetteerFile, readGazetteer } from "./gazetteer/read-gazetteer.ts";
/** Readers: bytes of text, HTML, PDF or DOCX in, a document's text and metadata out. */
export {
  type DocumentFormat,
  decodeText,
  detectLanguage,
  expandInputs,
  findDateInLines,
  findDateInUrl,
  type InputProblem,
  parseDateText,
  type RawDocument,
  type ReadOptions,
  type ReadResult,
  readDocument,
  readDocumentFile,
} from "./read/index.ts";
