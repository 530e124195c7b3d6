import { relative } from "node:path";
import type { SourceDocument } from "@accord/domain";
import {
  documentId,
  extractDocument,
  type Gazetteer,
  type RawDocument,
  type ReadResult,
  readDocument,
  readDocumentFile,
} from "@accord/ingest";
import type { SaveStatus, Store } from "@accord/store";
import type { Io } from "./io.ts";
import { Progress } from "./progress.ts";

/** What one run of ingest did. */
export interface IngestSummary {
  added: number;
  unchanged: number;
  replaced: number;
  nearDuplicates: number;
  failed: { file: string; reason: string }[];
  documents: { file: string; status: SaveStatus; id: string; storyId: string }[];
}

/** Options of one ingest run. */
export interface IngestOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

/** A document as read, with its content id. */
export function toSourceDocument(raw: RawDocument, origin: string): SourceDocument {
  return {
    id: documentId(raw.text),
    origin,
    alsoAt: [],
    title: raw.title,
    publisher: raw.publisher,
    published: raw.published,
    language: raw.language,
    text: raw.text,
    storyId: null,
  };
}

/** Reads, extracts and stores each file, one transaction a document; a bad file is a reason, never a stop. */
export async function ingestFiles(
  io: Io,
  store: Store,
  gazetteer: Gazetteer,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, replaced: 0, nearDuplicates: 0, failed: [], documents: [] };
  const progress = new Progress(io, files.length, "ingest");
  for (const file of files) {
    const origin = file === "-" ? "stdin" : relative(io.cwd, file) || file;
    const read: ReadResult =
      file === "-"
        ? await readDocument({ origin, name: "stdin.txt", bytes: await io.readStdin() }, options)
        : await readDocumentFile(file, { ...options, origin });
    if (!read.ok) {
      summary.failed.push({ file: origin, reason: read.reason });
      progress.tick();
      continue;
    }
    const document = toSourceDocument(read.document, origin);
    let facts: ReturnType<typeof extractDocument>;
    try {
      facts = extractDocument(gazetteer, { document, url: read.document.url });
    } catch (error) {
      summary.failed.push({ file: origin, reason: `extraction failed: ${(error as Error).message}` });
      progress.tick();
      continue;
    }
    const saved = await store.saveDocument(facts);
    if (saved.status === "added") summary.added++;
    else if (saved.status === "unchanged") summary.unchanged++;
    else if (saved.status === "replaced") summary.replaced++;
    else summary.nearDuplicates++;
    summary.documents.push({ file: origin, status: saved.status, id: document.id, storyId: saved.storyId });
    progress.tick();
  }
  progress.finish();
  return summary;
}
