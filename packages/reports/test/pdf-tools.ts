import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "accord-pdf-"));
let count = 0;

/** Writes the bytes to a temporary file and returns its path (poppler's tools read files). */
export function pdfFile(bytes: Uint8Array): string {
  const path = join(dir, `brief-${++count}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** The text of a PDF as pdftotext extracts it, white space collapsed. */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", pdfFile(bytes), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** The font table pdffonts prints, without its two header lines. */
export function pdfFonts(bytes: Uint8Array): string[] {
  return execFileSync("pdffonts", [pdfFile(bytes)], { encoding: "utf8" })
    .trim()
    .split("\n")
    .slice(2);
}

/** pdfinfo's fields. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = execFileSync("pdfinfo", ["-isodates", pdfFile(bytes)], { encoding: "utf8" });
  return Object.fromEntries(out.split("\n").map((l) => [l.split(":")[0]!.trim(), l.slice(l.indexOf(":") + 1).trim()]));
}

/** The right edge of the widest word on any page, in points. */
export function maxWordRight(bytes: Uint8Array): number {
  const html = execFileSync("pdftotext", ["-bbox", pdfFile(bytes), "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  return Math.max(...[...html.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
