import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { FONT_FAMILY } from "./fonts.ts";
import { gatherStreamWrites, pdfkitDocument } from "./gather-stream-writes.ts";
import { keepLeafMeasures, pdfmakeDocMeasure } from "./keep-leaf-measures.ts";
import { saveKeptLayouts } from "./kept-layouts.ts";
import type { DocumentDefinition } from "./pdf-content.ts";
import { sharedFonts } from "./shared-fonts.ts";
import { pdfmakeStyleStack, speedUpStyleLookup } from "./speed-up-style-lookup.ts";

interface PdfKitDocument {
  _id: Uint8Array;
}
interface Pdfmake {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(definition: Omit<DocumentDefinition, "content"> & { content: { stack: DocumentDefinition["content"] } }): {
    getStream(): Promise<PdfKitDocument>;
    getBuffer(): Promise<Uint8Array>;
  };
}

const require = createRequire(import.meta.url);

/**
 * Typesets a document definition with pdfmake: no URL may be fetched and no file read, and the
 * file ID pdfkit writes in the trailer is a hash of the definition, so the same definition gives
 * the same bytes. The fonts, read once from their package and parsed once per process, are in
 * pdfmake's in-memory file system under their PostScript names: the name under which pdfkit keeps
 * a font it has opened, so SVG text, which opens fonts by that name, finds them too.
 */
export async function renderPdf(definition: DocumentDefinition): Promise<Uint8Array> {
  const pdfmake = require("pdfmake") as Pdfmake;
  speedUpStyleLookup(pdfmakeStyleStack());
  keepLeafMeasures(pdfmakeDocMeasure());
  gatherStreamWrites(pdfkitDocument());
  const { regular, bold } = sharedFonts();
  pdfmake.virtualfs.writeFileSync(regular.name, regular.token);
  pdfmake.virtualfs.writeFileSync(bold.name, bold.token);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts({
    [FONT_FAMILY]: { normal: regular.name, bold: bold.name, italics: regular.name, bolditalics: bold.name },
  });
  const id = createHash("sha256").update(JSON.stringify(definition, replacer)).digest().subarray(0, 16);
  // The content as the one root node pdfmake would wrap it in, but kept between its layouts of the document, so
  // that a leaf is under the same styles each time and its measure is kept (see keepLeafMeasures).
  const pdf = pdfmake.createPdf({ ...definition, content: { stack: definition.content }, images: {} });
  const doc = await pdf.getStream();
  // pdfkit derives the ID from its info dictionary at construction; the trailer is written at the end.
  doc._id = Buffer.from(id);
  const bytes = new Uint8Array(await pdf.getBuffer());
  saveKeptLayouts();
  return bytes;
}

function replacer(_key: string, value: unknown): unknown {
  return typeof value === "function" ? value.toString() : value;
}
