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

/** The LSH band keys of a signature: texts that share any (band, hash) pair are candidates. */
export function lshBands(signature: readonly number[]): Array<{ band: number; hash: string }> {
  const out: Array<{ band: number; hash: string }> = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = signature.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    out.push({ band, hash: rows.map((r) => r.toString(16).padStart(8, "0")).join("") });
  }
  return out;
}

/** What finding a stored document's near-duplicates needs of its text: its MinHash signature and LSH band keys. */
export interface StoryKeys {
  signature: number[];
  bands: Array<{ band: number; hash: string }>;
}

/**
 * The story keys of a text. Pure and small, so that whoever reads documents (a worker thread, say) can compute
 * them beside extraction and hand them to `saveDocuments` with the facts.
 */
export function storyKeysOf(text: string): StoryKeys {
  const signature = minHashSignature(shinglesOf(text));
  return { signature, bands: lshBands(signature) };
}
