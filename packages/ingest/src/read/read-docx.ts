import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { detectLanguage } from "./detect-language.ts";
import { findDateInLines } from "./find-published-date.ts";
import { elementsOf, parseHtml, textOf } from "./html-dom.ts";
import type { BodyResult } from "./raw-document.ts";

const MAX_TITLE_CHARS = 200;

/** Reads a Word document's text with mammoth; the title from docProps/core.xml, else the first paragraph. */
export async function readDocx(bytes: Uint8Array): Promise<BodyResult> {
  const parts = listZip(bytes);
  if (parts === null) return { ok: false, reason: "corrupt DOCX: not a zip archive" };
  if (!parts.includes("word/document.xml")) return { ok: false, reason: "corrupt DOCX: no word/document.xml" };
  let raw: string;
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    raw = result.value;
  } catch (error) {
    return { ok: false, reason: `corrupt DOCX: ${shortCause(error)}` };
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

function shortCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/xmldom|xml/i.test(message)) return "broken XML";
  const line = (message.split("\n")[0] ?? "").replace(/^error:\s*/i, "").trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line || "unreadable";
}
