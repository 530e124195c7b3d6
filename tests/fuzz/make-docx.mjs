// Word documents written from scratch: valid ones, ones with broken XML, and zip bombs whose entry inflates to GBs.
import { createRequire } from "node:module";

// fflate is a dependency of @accord/ingest; the harness borrows it rather than adding its own copy.
const { strToU8, zipSync } = createRequire(new URL("../../packages/ingest/package.json", import.meta.url))("fflate");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const escapeXml = (text) => text.replace(/[<>&"]/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot" }[c]};`);

/** The word/document.xml of paragraphs. */
export function documentXml(paragraphs) {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

/** A DOCX holding `xml` (as is, so it may be broken) as word/document.xml or `part`, with an optional core title. */
export function makeDocx({ xml, title = null, part = "word/document.xml" }) {
  const files = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(RELS),
    [part]: typeof xml === "string" ? strToU8(xml) : xml,
  };
  if (title !== null)
    files["docProps/core.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title></cp:coreProperties>`,
    );
  return zipSync(files, { level: 6 });
}

// Deflate, written by hand: fixed-Huffman blocks of <length 258, distance 1> pairs, each pair 13 bits for 258 bytes.
class BitWriter {
  bytes = [];
  current = 0;
  count = 0;
  /** Writes `length` bits of `value`, least significant first (deflate's header fields). */
  bits(value, length) {
    for (let i = 0; i < length; i++) {
      this.current |= ((value >>> i) & 1) << this.count;
      if (++this.count === 8) this.flush();
    }
  }
  /** Writes a Huffman code, most significant bit first. */
  code(value, length) {
    for (let i = length - 1; i >= 0; i--) this.bits((value >>> i) & 1, 1);
  }
  flush() {
    this.bytes.push(this.current);
    this.current = 0;
    this.count = 0;
  }
  align() {
    if (this.count > 0) this.flush();
  }
}

const literal = (w, v) => (v < 144 ? w.code(0x30 + v, 8) : w.code(0x190 + v - 144, 9));
const endOfBlock = (w) => w.code(0, 7);
// An empty stored block: its header aligns the stream to a byte, so blocks can be repeated as bytes.
const emptyStored = (w, final) => {
  w.bits(final ? 1 : 0, 1);
  w.bits(0, 2);
  w.align();
  for (const b of [0, 0, 0xff, 0xff]) w.bits(b, 8);
};

const PAIRS_PER_BLOCK = 8000;
let repeatUnit = null;

/** A raw deflate stream of `head` followed by at least `inflatedBytes` copies of its last byte, and the exact size. */
export function deflateBomb(head, inflatedBytes) {
  if (repeatUnit === null) {
    const w = new BitWriter();
    w.bits(0, 1);
    w.bits(1, 2);
    for (let i = 0; i < PAIRS_PER_BLOCK; i++) {
      w.code(0xc0 + 285 - 280, 8);
      w.code(0, 5);
    }
    endOfBlock(w);
    emptyStored(w, false);
    repeatUnit = Uint8Array.from(w.bytes);
  }
  const start = new BitWriter();
  start.bits(0, 1);
  start.bits(1, 2);
  for (const b of head) literal(start, b);
  endOfBlock(start);
  emptyStored(start, false);
  const end = new BitWriter();
  emptyStored(end, true);
  const perUnit = PAIRS_PER_BLOCK * 258;
  const units = Math.ceil(inflatedBytes / perUnit);
  const out = new Uint8Array(start.bytes.length + units * repeatUnit.length + end.bytes.length);
  out.set(start.bytes, 0);
  for (let i = 0; i < units; i++) out.set(repeatUnit, start.bytes.length + i * repeatUnit.length);
  out.set(end.bytes, start.bytes.length + units * repeatUnit.length);
  return { deflated: out, size: head.length + units * perUnit };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/**
 * A zip of stored small entries and deflated big ones, written by hand so an entry can declare any size.
 * Entries: { name, data } (stored) or { name, deflated, size, declaredSize?, crc? }.
 */
export function writeZip(entries) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const stored = entry.data !== undefined;
    const body = stored ? entry.data : entry.deflated;
    const crc = stored ? crc32(entry.data) : (entry.crc ?? 0);
    const size = stored ? entry.data.length : (entry.declaredSize ?? entry.size);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(stored ? 0 : 8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(body.length, 20);
    record.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** A DOCX whose word/document.xml inflates to about `inflatedBytes` of spaces; `lie` declares it as 1 KB. */
export function makeDocxBomb({ inflatedBytes, lie = false }) {
  const head = strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t> `);
  const { deflated, size } = deflateBomb(head, inflatedBytes);
  return writeZip([
    { name: "[Content_Types].xml", data: strToU8(CONTENT_TYPES) },
    { name: "_rels/.rels", data: strToU8(RELS) },
    { name: "word/document.xml", deflated, size, ...(lie ? { declaredSize: 1024 } : {}) },
  ]);
}
