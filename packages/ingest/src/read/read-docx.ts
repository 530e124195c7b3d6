import { strFromU8, Unzip, UnzipInflate, unzipSync } from "fflate";
import mammoth from "mammoth";
import { detectLanguage } from "./detect-language.ts";
import { docxFailureReason } from "./failure-reason.ts";
import { findDateInLines } from "./find-published-date.ts";
import { elementsOf, parseHtml, textOf } from "./html-dom.ts";
import type { BodyResult } from "./raw-document.ts";

const MAX_TITLE_CHARS = 200;
// Word documents inflate to a few times their size; beyond this the archive is a zip bomb, which mammoth would
// inflate whole into memory (2 GB of XML took it 20 s and 2.3 GB before failing).
const MAX_INFLATED_BYTES = 128 * 1024 * 1024;
const INFLATE_SLICE = 64 * 1024;

/** Reads a Word document's text with mammoth; the title from docProps/core.xml, else the first paragraph. */
export async function readDocx(bytes: Uint8Array): Promise<BodyResult> {
  const parts = listZip(bytes);
  if (parts === null) return { ok: false, reason: "corrupt DOCX: not a zip archive" };
  if (!parts.includes("word/document.xml")) return { ok: false, reason: "corrupt DOCX: no word/document.xml" };
  if (!inflatesWithin(bytes, MAX_INFLATED_BYTES))
    return { ok: false, reason: `DOCX inflates to over ${MAX_INFLATED_BYTES / 1024 / 1024} MB (a zip bomb?)` };
  let raw: string;
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    raw = result.value;
  } catch (error) {
    return { ok: false, reason: docxFailureReason(error instanceof Error ? error.message : String(error)) };
  }
  const text = raw
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
  if (text === "") return { ok: false, reason: "DOCX has no text" };
  const coreTitle = parts.includes("docProps/core.xml") ? readCoreTitle(bytes) : null;
  const first = text.split("\n\n")[0] ?? "";
  return {
    ok: true,
    body: {
      url: null,
      title: coreTitle ?? (first.length <= MAX_TITLE_CHARS ? first : null),
      publisher: null,
      published: findDateInLines(text),
      language: detectLanguage(text),
      text,
    },
  };
}

/** The names in a zip archive, without inflating anything; null when it is not a zip. */
export function listZip(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/**
 * Whether the archive's entries inflate to at most `limit` bytes in all, by their declared sizes and by inflating
 * them in slices (sizes can lie), stopping as soon as the limit is passed.
 */
export function inflatesWithin(bytes: Uint8Array, limit: number): boolean {
  let declared = 0;
  let inflated = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        return false;
      },
    });
  } catch {
    return true;
  }
  if (declared > limit) return false;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) return;
      inflated += chunk.length;
      if (inflated > limit) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && inflated <= limit; at += INFLATE_SLICE)
      unzip.push(bytes.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= bytes.length);
  } catch {
    // A stream fflate cannot follow is left for mammoth to refuse with its own reason.
  }
  return inflated <= limit;
}

function readCoreTitle(bytes: Uint8Array): string | null {
  try {
    const files = unzipSync(bytes, {
      filter: (file) => file.name === "docProps/core.xml" && file.originalSize < 1_000_000,
    });
    const xml = files["docProps/core.xml"];
    if (!xml) return null;
    const title = elementsOf(parseHtml(strFromU8(xml))).find((element) => element.name === "dc:title");
    return title ? textOf(title) || null : null;
  } catch {
    return null;
  }
}
