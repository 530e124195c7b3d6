import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PartialDate } from "@accord/domain";
import { detectLanguage } from "./detect-language.ts";
import { pdfFailureReason } from "./failure-reason.ts";
import { findDateInLines } from "./find-published-date.ts";
import { formatDuration } from "./format-limits.ts";
import { parseDateText } from "./parse-date-text.ts";
import { PDF_WORKER_SOURCE, type PdfWorkerReply } from "./pdf-worker-source.ts";
import type { BodyResult } from "./raw-document.ts";
import { reflowPdfText } from "./reflow-pdf-text.ts";

const WORKER_HEAP_MB = 1024;
const MAX_TITLE_CHARS = 200;

interface PdfjsFiles {
  /** The file url of pdf.js's Node build. */
  moduleUrl: string;
  /** Folders (paths ending in a separator) of the CMaps Chinese fonts need, the standard fonts and the image decoders. */
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

let pdfjsFiles: PdfjsFiles | null = null;

function locatePdfjs(): PdfjsFiles {
  if (pdfjsFiles) return pdfjsFiles;
  const entry = createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs");
  const root = resolve(dirname(entry), "..", "..");
  pdfjsFiles = {
    moduleUrl: pathToFileURL(entry).href,
    cMapUrl: join(root, "cmaps", sep),
    standardFontDataUrl: join(root, "standard_fonts", sep),
    wasmUrl: join(root, "wasm", sep),
  };
  return pdfjsFiles;
}

/** Reads a PDF's text layer in a worker thread that is stopped after `timeoutMs`. */
export async function readPdf(bytes: Uint8Array, timeoutMs: number): Promise<BodyResult> {
  const reply = await runWorker(bytes, timeoutMs);
  if (!reply.ok) return { ok: false, reason: reply.message };
  const text = reflowPdfText(reply.pages);
  if (text === "") return { ok: false, reason: "PDF has no text layer (scanned?)" };
  return {
    ok: true,
    body: {
      url: null,
      title: pickTitle(reply.title, text),
      publisher: null,
      published: findDateInLines(text) ?? parseCreationDate(reply.creationDate),
      language: detectLanguage(text),
      text,
    },
  };
}

type WorkerOutcome = Extract<PdfWorkerReply, { ok: true }> | { ok: false; message: string };

function runWorker(bytes: Uint8Array, timeoutMs: number): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    const copy = bytes.slice();
    try {
      worker = new Worker(PDF_WORKER_SOURCE, {
        eval: true,
        workerData: { ...locatePdfjs(), bytes: copy },
        transferList: [copy.buffer as ArrayBuffer],
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        stdout: true,
        stderr: true,
      });
    } catch (error) {
      resolve({ ok: false, message: pdfFailureReason(nameOf(error), messageOf(error)) });
      return;
    }
    let settled = false;
    const finish = (outcome: WorkerOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ ok: false, message: `timed out after ${formatDuration(timeoutMs)}` }),
      timeoutMs,
    );
    worker.on("message", (reply: PdfWorkerReply) =>
      finish(reply.ok ? reply : { ok: false, message: pdfFailureReason(reply.name, reply.message) }),
    );
    worker.on("error", (error) => {
      const outOfMemory = (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      finish({
        ok: false,
        message: outOfMemory ? "corrupt PDF: too large to read" : pdfFailureReason(nameOf(error), messageOf(error)),
      });
    });
    worker.on("exit", () => finish({ ok: false, message: "corrupt PDF: the reader stopped" }));
  });
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : "Error";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function pickTitle(metaTitle: string | null, text: string): string | null {
  const title = metaTitle?.replace(/\s+/g, " ").trim() ?? "";
  const generic = /^(untitled|microsoft word - .*|document\d*|.*\.(docx?|pdf|rtf|odt)|slide \d+)$/i.test(title);
  if (title !== "" && !generic) return title;
  const first = (text.split("\n\n")[0] ?? "").replace(/\s+/g, " ").trim();
  return first !== "" && first.length <= MAX_TITLE_CHARS ? first : null;
}

/** A PDF date (`D:20210503101500+03'00'`) at day precision. */
function parseCreationDate(value: string | null): PartialDate | null {
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value?.trim() ?? "");
  return m ? parseDateText(`${m[1]}-${m[2]}-${m[3]}`) : null;
}
