import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { sep } from "node:path";
import { FONT_FAMILY, fontFiles } from "./fonts.ts";
import type { DocumentDefinition } from "./pdf-content.ts";

interface PdfKitDocument {
  _id: Uint8Array;
}
interface Pdfmake {
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(definition: DocumentDefinition): {
    getStream(): Promise<PdfKitDocument>;
    getBuffer(): Promise<Uint8Array>;
  };
}

const require = createRequire(import.meta.url);

/**
 * Typesets a document definition with pdfmake: no URL may be fetched, only the font files may be
 * read, and the file ID pdfkit writes in the trailer is a hash of the definition, so the same
 * definition gives the same bytes.
 */
export async function renderPdf(definition: DocumentDefinition): Promise<Uint8Array> {
  const pdfmake = require("pdfmake") as Pdfmake;
  const fonts = fontFiles();
  const fontDir = fonts.dir.endsWith(sep) ? fonts.dir : `${fonts.dir}${sep}`;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir) && !path.includes(".."));
  pdfmake.setFonts({
    [FONT_FAMILY]: { normal: fonts.regular, bold: fonts.bold, italics: fonts.regular, bolditalics: fonts.bold },
  });
  const id = createHash("sha256").update(JSON.stringify(definition, replacer)).digest().subarray(0, 16);
  const pdf = pdfmake.createPdf({ ...definition, images: {} });
  const doc = await pdf.getStream();
  // pdfkit derives the ID from its info dictionary at construction; the trailer is written at the end.
  doc._id = Buffer.from(id);
  return new Uint8Array(await pdf.getBuffer());
}

function replacer(_key: string, value: unknown): unknown {
  return typeof value === "function" ? value.toString() : value;
}
