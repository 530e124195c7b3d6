import { afterAll, expect, test } from "vitest";
import {
  gatherStreamWrites,
  type PdfKitDocumentClass,
  pdfkitDocument,
  scatterStreamWrites,
} from "../src/gather-stream-writes.ts";
import { fixtureBriefHashes } from "./fixtures/brief-hashes.ts";

interface Stream {
  write(chunk: unknown): void;
  end(): void;
  buffer: unknown[];
  data: { Length?: number };
  uncompressedLength: number;
  document: { _write(data: unknown): void };
}
const Document = pdfkitDocument() as PdfKitDocumentClass & {
  new (options?: object): { ref(data?: object): Stream };
};
afterAll(() => gatherStreamWrites(Document));

// What a stream of text, bytes and text again writes when it ends, and what it counted before.
function streamOut(compress: boolean) {
  const doc = new Document({ compress });
  const stream = doc.ref({});
  const written: Buffer[] = [];
  stream.document._write = (data: unknown) => {
    if (data instanceof Uint8Array) written.push(Buffer.from(data));
  };
  stream.write("BT");
  stream.write("/F1 12 Tf");
  const heldBefore = stream.buffer.length;
  stream.write(new Uint8Array([0, 255, 10]));
  stream.write(`<${"\u00e9".repeat(3)}> Tj`);
  stream.write(7);
  const counted = { length: stream.data.Length, uncompressed: stream.uncompressedLength };
  stream.end();
  return { bytes: Buffer.concat(written), counted, heldBefore };
}

test("a stream's text written as one Buffer gives pdfkit's bytes and lengths", () => {
  scatterStreamWrites(Document);
  const expected = [streamOut(false), streamOut(true)];
  gatherStreamWrites(Document);
  const gathered = [streamOut(false), streamOut(true)];
  expect(gathered.map((g) => [g.bytes, g.counted])).toEqual(expected.map((e) => [e.bytes, e.counted]));
  expect(expected[0]?.bytes.toString("latin1")).toContain("BT\n/F1 12 Tf\n");
  // pdfkit made a Buffer of each line at once; gathered, the two lines wait for the bytes after them.
  expect(expected[0]?.heldBefore).toBe(2);
  expect(gathered[0]?.heldBefore).toBe(0);
});

test("briefs of every kind have the same bytes with the writes gathered", async () => {
  const render = fixtureBriefHashes;
  gatherStreamWrites(Document);
  const gathered = await render();
  scatterStreamWrites(Document);
  // Marked as patched, so that renderPdf leaves pdfkit's own writes in place.
  (Document.prototype as unknown as Record<symbol, boolean>)[Symbol.for("accord.reports.gathered-stream-writes")] =
    true;
  const own = await render();
  scatterStreamWrites(Document);
  expect(own).toEqual(gathered);
}, 60_000);
