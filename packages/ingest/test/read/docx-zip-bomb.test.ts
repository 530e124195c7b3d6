import { strToU8, zipSync } from "fflate";
import { expect, test } from "vitest";
import { readDocument } from "../../src/read/read-document.ts";
import { inflatesWithin } from "../../src/read/read-docx.ts";

const CONTENT_TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
const DOCUMENT_HEAD = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`;

// A DOCX whose word/document.xml is `spaces` spaces of text: 130 MB deflate to about 130 KB.
function bomb(spaces: number): Uint8Array {
  const xml = new Uint8Array(DOCUMENT_HEAD.length + spaces).fill(0x20);
  xml.set(strToU8(DOCUMENT_HEAD));
  return zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": xml }, { level: 9 });
}

// Rewrites the uncompressed size word/document.xml declares, in its local header and in the central directory.
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = Buffer.from("word/document.xml");
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const [nameAt, sizeAt] = signature === 0x04034b50 ? [30, 22] : signature === 0x02014b50 ? [46, 24] : [0, 0];
    if (nameAt > 0 && Buffer.from(out.subarray(i + nameAt, i + nameAt + name.length)).equals(name))
      view.setUint32(i + sizeAt, size, true);
  }
  return out;
}

const MB = 1024 * 1024;
const BOMB = bomb(130 * MB);

test("a DOCX whose XML inflates past 128 MB is refused before mammoth reads it, quickly", async () => {
  const bytes = BOMB;
  expect(bytes.length).toBeLessThan(1 * MB);
  const start = performance.now();
  const read = await readDocument({ origin: "bomb.docx", name: "bomb.docx", bytes });
  expect(read).toEqual({ ok: false, reason: "DOCX inflates to over 128 MB (a zip bomb?)" });
  expect(performance.now() - start).toBeLessThan(5_000);
}, 30_000);

test("the bomb is found by inflating when the archive lies about the size", () => {
  const lying = declareSize(BOMB, 1000);
  expect(lying).not.toEqual(BOMB);
  expect(inflatesWithin(lying, 16 * MB)).toBe(false);
}, 30_000);

test("an ordinary small DOCX is within the limit", () => {
  const small = bomb(1000);
  expect(inflatesWithin(small, 128 * MB)).toBe(true);
  expect(inflatesWithin(small, 100)).toBe(false);
});
