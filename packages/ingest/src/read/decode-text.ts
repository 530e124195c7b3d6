import chardet from "chardet";
import iconv from "iconv-lite";

// Encodings that are supersets of what pages declare: GB2312 and GBK pages often hold GB18030 characters.
const ALIASES: Record<string, string> = {
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  cp936: "gb18030",
  cp1251: "windows-1251",
  "win-1251": "windows-1251",
  "x-cp1251": "windows-1251",
  "iso-8859-1": "windows-1252",
  "us-ascii": "utf-8",
  ascii: "utf-8",
  utf8: "utf-8",
};

// The single-byte Cyrillic encodings are easy to confuse for one another; the right one gives lower-case words.
const CYRILLIC_SINGLE_BYTE = ["windows-1251", "koi8-r", "iso-8859-5", "ibm866"];

const DETECT_SAMPLE = 64 * 1024;

/**
 * Decodes bytes to text: a byte-order mark wins, then non-ASCII valid UTF-8, then the declared
 * charset, then detection; returns the text and the encoding used.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): { text: string; encoding: string } {
  const bom = decodeBom(bytes);
  if (bom) return bom;
  const utf8 = decodeUtf8(bytes);
  // Non-ASCII text that is valid UTF-8 is UTF-8 whatever the page says: re-saved pages keep their old meta charset.
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: "utf-8" };
  const named = normalizeEncoding(declared);
  if (named && named !== "utf-8" && iconv.encodingExists(named)) {
    return { text: iconv.decode(toBuffer(bytes), named), encoding: named };
  }
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const guessed = guessEncoding(bytes);
  return { text: iconv.decode(toBuffer(bytes), guessed), encoding: guessed };
}

/** The canonical name of an encoding label, or null when there is none. */
export function normalizeEncoding(label: string | null | undefined): string | null {
  const lower =
    label
      ?.trim()
      .toLowerCase()
      .replace(/^["']|["']$/g, "") ?? "";
  if (lower === "") return null;
  return ALIASES[lower] ?? lower;
}

function decodeBom(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  return null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.length > DETECT_SAMPLE ? bytes.subarray(0, DETECT_SAMPLE) : bytes;
  const candidates = chardet
    .analyse(sample)
    .map((c) => normalizeEncoding(c.name))
    .filter((name): name is string => name !== null && iconv.encodingExists(name));
  const best = candidates[0] ?? "windows-1252";
  const singleByte = CYRILLIC_SINGLE_BYTE.includes(best) || /^(windows-125\d|iso-8859-\d+)$/.test(best);
  if (singleByte && candidates.some((c) => CYRILLIC_SINGLE_BYTE.includes(c))) {
    const cyrillic = bestCyrillicEncoding(sample);
    if (cyrillic) return cyrillic;
  }
  return best;
}

// Russian prose is mostly lower-case letters; the wrong code page turns them into capitals or Latin.
function bestCyrillicEncoding(sample: Uint8Array): string | null {
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of CYRILLIC_SINGLE_BYTE) {
    const text = iconv.decode(toBuffer(sample), encoding);
    const lower = text.match(/[а-яё]/g)?.length ?? 0;
    const upper = text.match(/[А-ЯЁ]/g)?.length ?? 0;
    const other = text.match(/[^\p{Script=Cyrillic}\p{Script=Latin}\p{N}\p{P}\p{Z}\s]/gu)?.length ?? 0;
    const score = lower - 2 * upper - 2 * other;
    if (!best || score > best.score) best = { encoding, score };
  }
  return best && best.score > 0 ? best.encoding : null;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
