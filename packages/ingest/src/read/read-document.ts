import { decodeText } from "./decode-text.ts";
import { formatDuration, formatSize } from "./format-limits.ts";
import { sniffHtmlCharset } from "./html-dom.ts";
import { isBinaryText } from "./is-binary-text.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";
import { parseTextDocument } from "./parse-text-document.ts";
import { extensionOf, formatOfName, sniffFormat } from "./pick-format.ts";
import {
  type BodyResult,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type DocumentFormat,
  type ReadOptions,
  type ReadResult,
} from "./raw-document.ts";
import { readDocx } from "./read-docx.ts";
import { readPdf } from "./read-pdf.ts";

const BINARY = "binary data, not a document";

/** Reads one document from its bytes; `name` (file name or url path) picks the format by extension, then sniffing. */
export async function readDocument(
  input: { origin: string; name: string; bytes: Uint8Array },
  options: ReadOptions = {},
): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { bytes } = input;
  if (bytes.byteLength === 0) return { ok: false, reason: "empty file" };
  if (bytes.byteLength > maxBytes) {
    return { ok: false, reason: `file is ${formatSize(bytes.byteLength)}, over the ${formatSize(maxBytes)} limit` };
  }
  let result: BodyResult;
  let format: DocumentFormat;
  try {
    const picked = pickFormat(input.name, bytes);
    if (!picked.ok) return picked;
    format = picked.format;
    result =
      format === "pdf"
        ? await readPdf(bytes, timeoutMs)
        : await withTimeout(readBody(format, bytes, input.origin), timeoutMs);
  } catch (error) {
    return {
      ok: false,
      reason: `could not read: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    };
  }
  if (!result.ok) return result;
  const title = result.body.title?.trim() || null;
  return { ok: true, document: { origin: input.origin, format, ...result.body, title } };
}

function pickFormat(
  name: string,
  bytes: Uint8Array,
): { ok: true; format: DocumentFormat } | { ok: false; reason: string } {
  const named = formatOfName(name);
  if (named) return { ok: true, format: named };
  const sniffed = sniffFormat(bytes);
  if (sniffed) return { ok: true, format: sniffed };
  if (!isBinaryText(decodeText(bytes).text)) return { ok: true, format: "text" };
  const extension = extensionOf(name);
  return { ok: false, reason: extension === "" ? BINARY : `unknown format .${extension}` };
}

async function readBody(
  format: Exclude<DocumentFormat, "pdf">,
  bytes: Uint8Array,
  origin: string,
): Promise<BodyResult> {
  if (format === "docx") return readDocx(bytes);
  const declared = format === "html" ? sniffHtmlCharset(bytes) : null;
  const { text: decoded } = decodeText(bytes, declared);
  if (isBinaryText(decoded)) return { ok: false, reason: BINARY };
  const body = format === "html" ? parseHtmlDocument(decoded, origin) : parseTextDocument(decoded, origin);
  if (body.text.trim() === "")
    return { ok: false, reason: format === "html" ? "no text found in the page" : "no text" };
  return { ok: true, body };
}

// Parsing runs on this thread, so the timer can only win between steps; PDFs get a thread of their own.
async function withTimeout<T extends BodyResult>(work: Promise<T>, timeoutMs: number): Promise<BodyResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<BodyResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `timed out after ${formatDuration(timeoutMs)}` }), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
