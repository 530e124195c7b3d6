import type { DocumentFacts, SourceDocument } from "@accord/domain";
import {
  documentId,
  extractDocument,
  type Gazetteer,
  type RawDocument,
  type ReadOptions,
  readDocument,
  readDocumentFile,
} from "@accord/ingest";
import { type StoryKeys, storyKeysOf } from "@accord/store/story-keys";

/** One document to ingest: a file by path, or bytes already read (standard input). */
export type IngestTask = { origin: string; file: string } | { origin: string; name: string; bytes: Uint8Array };

/**
 * A document read and extracted, with the keys its near-duplicates are found by (computed here, beside
 * extraction, rather than by the one thread that writes), or the one-line reason it could not be.
 */
export type IngestTaskResult =
  | { ok: true; facts: DocumentFacts; storyKeys?: StoryKeys }
  | { ok: false; reason: string };

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

/**
 * Reads one document and extracts its facts; `onExtracting` is called between the two, so a caller
 * can time extraction apart from reading. Trouble with this one document is a reason, never a throw.
 */
export async function readAndExtract(
  gazetteer: Gazetteer,
  task: IngestTask,
  options: ReadOptions & { onExtracting?: () => void } = {},
): Promise<IngestTaskResult> {
  const limits: ReadOptions = {
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  };
  const read =
    "file" in task
      ? await readDocumentFile(task.file, { ...limits, origin: task.origin })
      : await readDocument({ origin: task.origin, name: task.name, bytes: task.bytes }, limits);
  if (!read.ok) return read;
  options.onExtracting?.();
  const document = toSourceDocument(read.document, task.origin);
  try {
    const facts = extractDocument(gazetteer, { document, url: read.document.url });
    return { ok: true, facts, storyKeys: storyKeysOf(document.text) };
  } catch (error) {
    return { ok: false, reason: `extraction failed: ${firstLine(error)}` };
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").trim() || "unknown error";
}
