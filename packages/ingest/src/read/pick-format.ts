import type { DocumentFormat } from "./raw-document.ts";
import { listZip } from "./read-docx.ts";

const BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: "text",
  text: "text",
  md: "text",
  markdown: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  pdf: "pdf",
  docx: "docx",
};

/** The lower-case extension of a file name or url path (`.../a.shtml?x=1` → `shtml`), or "" when it has none. */
export function extensionOf(name: string): string {
  const path = name.split(/[?#]/)[0] ?? "";
  const base = path.split(/[/\\]/).at(-1) ?? "";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/** The format a file name announces, or null for an extension accord does not know. */
export function formatOfName(name: string): DocumentFormat | null {
  return BY_EXTENSION[extensionOf(name)] ?? null;
}

/** The format the first bytes show: `%PDF-`, a zip holding word/document.xml, or an HTML start; null otherwise. */
export function sniffFormat(bytes: Uint8Array): DocumentFormat | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) return listZip(bytes)?.includes("word/document.xml") ? "docx" : null;
  const start = head
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, "")
    .trimStart()
    .toLowerCase();
  if (
    start.startsWith("<!doctype html") ||
    start.startsWith("<html") ||
    /<html[\s>]|<head[\s>]|<body[\s>]/.test(start)
  ) {
    return "html";
  }
  return null;
}
