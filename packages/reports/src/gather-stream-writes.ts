import { createRequire } from "node:module";

interface Reference {
  write(chunk: unknown): void;
  finalize(): void;
  buffer: Uint8Array[] | Uint8Array;
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  [PENDING]?: string[];
}
/** pdfkit's PDFDocument class, as far as gathering its stream writes needs it. */
export interface PdfKitDocumentClass {
  prototype: { ref(data?: object): Reference };
}

const PATCHED = Symbol.for("accord.reports.gathered-stream-writes");
const PENDING = Symbol("accord.reports.pending-stream-text");
// pdfkit's own functions of the stream class, once it is patched (for `scatterStreamWrites`).
let patched: { proto: Reference; write: Reference["write"]; finalize: Reference["finalize"] } | undefined;

/** pdfkit's PDFDocument, from the pdfkit pdfmake renders with. */
export function pdfkitDocument(): PdfKitDocumentClass {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
  return fromPdfmake("pdfkit") as PdfKitDocumentClass;
}

/**
 * pdfkit turns every operator written to a page's content stream ("BT", a position, a font, a colour, each word's
 * glyphs) into a Buffer of its own at once, and joins them when the stream ends: some ten Buffers a word of a
 * brief. Here a stream keeps the text written to it as strings and makes one Buffer of them when bytes are written
 * after them or the stream ends, with the same bytes in the same order (pdfkit writes text as one byte a
 * character, so joining the strings first changes nothing) and the same lengths counted as it goes. The class of
 * pdfkit's streams is not exported: it is patched through the first stream a document makes, before anything is
 * written to one. Anything but the expected shape is left alone.
 */
export function gatherStreamWrites(Document: PdfKitDocumentClass): void {
  const proto = Document.prototype as PdfKitDocumentClass["prototype"] & { [PATCHED]?: boolean };
  if (proto[PATCHED] || typeof proto.ref !== "function") return;
  proto[PATCHED] = true;
  const ref = proto.ref;
  proto.ref = function (this: unknown, data?: object): Reference {
    const reference = ref.call(this, data);
    proto.ref = ref;
    patchReference(Object.getPrototypeOf(reference) as Reference);
    return reference;
  };
}

/** Puts pdfkit's own stream writes back (for tests that compare the two). */
export function scatterStreamWrites(Document: PdfKitDocumentClass): void {
  const proto = Document.prototype as PdfKitDocumentClass["prototype"] & { [PATCHED]?: boolean };
  if (patched) Object.assign(patched.proto, { write: patched.write, finalize: patched.finalize });
  patched = undefined;
  delete proto[PATCHED];
}

function patchReference(proto: Reference): void {
  const { write, finalize } = proto;
  if (typeof write !== "function" || typeof finalize !== "function") return;
  patched = { proto, write, finalize };
  const flush = (self: Reference) => {
    const pending = self[PENDING];
    if (!pending || pending.length === 0) return;
    (self.buffer as Uint8Array[]).push(Buffer.from(pending.join(""), "binary"));
    pending.length = 0;
  };
  proto.write = function (this: Reference, chunk: unknown): void {
    if (chunk instanceof Uint8Array || !Array.isArray(this.buffer)) {
      flush(this);
      write.call(this, chunk);
      return;
    }
    const text = `${chunk}\n`;
    let pending = this[PENDING];
    if (!pending) {
      pending = [];
      this[PENDING] = pending;
    }
    pending.push(text);
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = "FlateDecode";
  };
  proto.finalize = function (this: Reference): void {
    flush(this);
    finalize.call(this);
  };
}
