/** How many rows (hash values) each LSH band holds. */
export const ROWS_PER_BAND = 6;
/** How many LSH bands a signature is cut into; with 6 rows, a pair at Jaccard 0.8 shares a band 99.8% of the time. */
export const BANDS = 20;
/** The Jaccard similarity of word 5-shingles from which two texts tell the same story. */
export const NEAR_DUPLICATE_JACCARD = 0.8;

const SHINGLE_WORDS = 5;
const HASHES = BANDS * ROWS_PER_BAND;

// Chinese is written without spaces, so each Han character counts as a word.
function wordsOf(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\p{Script=Han}/gu, " $& ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The set of word 5-shingles of a text (the whole text as one shingle when it is shorter). */
export function shinglesOf(text: string): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>();
  if (words.length <= SHINGLE_WORDS) {
    if (words.length > 0) out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  return out;
}

/** The exact Jaccard similarity of two shingle sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

// murmur3's finaliser: a cheap, well-mixed 32-bit permutation.
function mix32(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix32(0x9e3779b9 * (i + 1)));

/** The MinHash signature of a shingle set: for each of 120 seeded hash functions, the least value. */
export function minHashSignature(shingles: ReadonlySet<string>): number[] {
  const signature = new Array<number>(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = fnv1a(shingle);
    for (let i = 0; i < HASHES; i++) {
      const value = mix32(base ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/**
 * The LSH band keys of a signature, one a band: a 53-bit hash of the band's number and its rows, so that a key is a
 * small integer in the store's index (texts that share any key are candidates). Two unrelated bands share a key with
 * odds of 2^-53; a shared key only makes a candidate, which is then compared by its text.
 */
export function lshKeys(signature: readonly number[]): number[] {
  const out: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let high = mix32(0x243f6a88 ^ band);
    let low = mix32(0x85a308d3 ^ Math.imul(band + 1, 0x9e3779b1));
    for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
      const value = signature[row] ?? 0;
      high = mix32(Math.imul(high ^ value, 0x01000193));
      low = mix32((low + Math.imul(value, 0xcc9e2d51)) | 0);
    }
    out.push((high & 0x1fffff) * 0x100000000 + low);
  }
  return out;
}

/** What finding a stored document's near-duplicates needs of its text: its LSH band keys. */
export interface StoryKeys {
  keys: number[];
}

/**
 * The story keys of a text. Pure and small, so that whoever reads documents (a worker thread, say) can compute
 * them beside extraction and hand them to `saveDocuments` with the facts.
 */
export function storyKeysOf(text: string): StoryKeys {
  return { keys: lshKeys(minHashSignature(shinglesOf(text))) };
}
