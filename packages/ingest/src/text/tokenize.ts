/** A word of a text, with its normal form and the clues the extractors use. */
export interface Token {
  start: number;
  end: number;
  /** The word as written, without a possessive ending. */
  text: string;
  /** Lower case, without diacritics; Russian words cut to their stem. */
  norm: string;
  /** Starts with a capital letter (or is a number). */
  capitalized: boolean;
  /** Two or more letters, all capitals, or a mixed-case acronym such as "SPbU". */
  acronymLike: boolean;
  /** The longest run of letters in the word, counted up to 3. */
  letterRun: number;
  /** Written as its own upper case ("HIT", "2020"). */
  upper: boolean;
  /** Followed by a possessive 's or ’s. */
  possessive: boolean;
  /** The punctuation between this token and the previous one (trimmed), "" when only spaces. */
  gap: string;
}

import { isSpace } from "./split-sentences.ts";

const CYRILLIC = /[\u0400-\u04ff]/;

/** What a word's own letters say of it: the same for every occurrence, so kept per distinct word. */
interface WordClues {
  /** The word itself, one string for all its occurrences. */
  text: string;
  /** The hash the word is kept under. */
  hash: number;
  norm: string;
  capitalized: boolean;
  acronymLike: boolean;
  letterRun: number;
  upper: boolean;
}

function computeClues(word: string, hash: number): WordClues {
  const first = word.charCodeAt(0);
  return {
    text: word,
    hash,
    norm: normalizeWord(word),
    capitalized: (first >= 65 && first <= 90) || (first >= 48 && first <= 57) || (first > 127 && CAPITAL.test(word)),
    acronymLike: isAcronymLike(word),
    letterRun: LETTERS_3.test(word) ? 3 : LETTERS_2.test(word) ? 2 : LETTER.test(word) ? 1 : 0,
    upper: word === word.toUpperCase(),
  };
}

// Words repeat: one document's vocabulary is a fraction of its tokens. The clues of a word are found by its
// characters in the text, so a word met before costs neither a new string nor a hash of one. Open addressing,
// small enough to stay in cache, and bounded (emptied when half full) so memory stays flat.
const TABLE_SIZE = 1 << 15;
const TABLE_LIMIT = TABLE_SIZE >> 1;
const table: (WordClues | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
let tableCount = 0;

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The clues of `text.slice(start, end)`, computed once per distinct word. */
function cluesAt(text: string, start: number, end: number): WordClues {
  const hash = hashOf(text, start, end);
  let slot = hash & (TABLE_SIZE - 1);
  for (;;) {
    const clues = table[slot];
    if (clues === undefined) break;
    if (clues.hash === hash && sameWord(clues.text, text, start, end)) return clues;
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  if (tableCount >= TABLE_LIMIT) {
    table.fill(undefined);
    tableCount = 0;
    slot = hash & (TABLE_SIZE - 1);
  }
  const clues = computeClues(text.slice(start, end), hash);
  table[slot] = clues;
  tableCount++;
  return clues;
}

const CAPITAL = /^[\p{Lu}\p{N}]/u;
const POSSESSIVE_AFTER = /^['’]s\b/;

// Letters and digits by UTF-16 code unit, filled in as they are met: 1 a word character, 2 not.
const WORD_UNIT = new Uint8Array(65536);

function isWordUnit(code: number): boolean {
  let kind = WORD_UNIT[code] ?? 0;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNIT[code] = kind;
  }
  return kind === 1;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The length (1 or 2 code units) of the word character at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number, end: number): number {
  // A word stops at the end of the stretch, even inside a run of letters that goes on past it.
  if (i >= end) return 0;
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return isWordUnit(code) ? 1 : 0;
  // A letter outside the Basic Multilingual Plane is a surrogate pair.
  if (i + 1 >= end) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

function isJoiner(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019;
}

/** Splits a stretch of text into word tokens; offsets are into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  let i = from;
  while (i < to) {
    const first = wordCharAt(text, i, to);
    if (first === 0) {
      i++;
      continue;
    }
    // A word: letters and digits, with single dots and apostrophes inside ("N.V", "People's").
    const start = i;
    i += first;
    for (;;) {
      const n = wordCharAt(text, i, to);
      if (n > 0) {
        i += n;
        continue;
      }
      if (i + 1 < to && isJoiner(text.charCodeAt(i))) {
        const after = wordCharAt(text, i + 1, to);
        if (after > 0) {
          i += 1 + after;
          continue;
        }
      }
      break;
    }
    let end = i;
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    const beforeLast = text.charCodeAt(end - 2);
    if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019) && end - start > 2) {
      end -= 2;
      possessive = true;
    } else {
      const after = text.charCodeAt(end);
      if ((after === 39 || after === 0x2019) && POSSESSIVE_AFTER.test(text.slice(end, Math.min(to, end + 3))))
        possessive = true;
    }
    // Dotted abbreviations such as "N.V" keep their dots in `text` but not in `norm`.
    const clues = cluesAt(text, start, end);
    tokens.push({
      start,
      end,
      text: clues.text,
      norm: clues.norm,
      capitalized: clues.capitalized,
      acronymLike: clues.acronymLike,
      letterRun: clues.letterRun,
      upper: clues.upper,
      possessive,
      gap: start === previousEnd ? "" : gapBetween(text, previousEnd, start),
    });
    previousEnd = i;
  }
  return tokens;
}

/** The marks between two words, trimmed: most often only a space, which needs no new string. */
function gapBetween(text: string, from: number, to: number): string {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return text.slice(from, to).trim();
  return "";
}

/** Whether a word looks like an acronym: HIT, BMSTU, SPbU, МГТУ, ITMO. */
export function isAcronymLike(word: string): boolean {
  if (word.length < 2 || word.length > 12) return false;
  let upper = 0;
  let letters = 0;
  for (const c of word) {
    if (c === "." || c === "'" || c === "’") return false;
    if (UPPER.test(c)) upper++;
    if (LETTER.test(c)) letters++;
  }
  // Counted by code point, compared with the length in code units, as always.
  if (upper === word.length) return letters > 0;
  return upper >= 2 && FIRST_UPPER.test(word) && upper / word.length >= 0.5;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const FIRST_UPPER = /^\p{Lu}/u;
const LETTERS_2 = /\p{L}{2}/u;
const LETTERS_3 = /\p{L}{3}/u;

/** The normal form of one word: lower case, no diacritics or dots, Russian cut to its stem. */
export function normalizeWord(word: string): string {
  if (CYRILLIC.test(word)) {
    // Not decomposed: "й" would lose its breve and become "и".
    return stemRussian(word.toLowerCase().replace(/[.'’]/g, "").replace(/ё/g, "е"));
  }
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.'’]/g, "");
}

// Inflectional endings of Russian nouns and adjectives, longest first.
const RUSSIAN_ENDINGS = [
  "иями",
  "ями",
  "ами",
  "ыми",
  "ими",
  "иях",
  "ией",
  "ого",
  "его",
  "ому",
  "ему",
  "ая",
  "яя",
  "ую",
  "юю",
  "ой",
  "ей",
  "ый",
  "ий",
  "ые",
  "ие",
  "ых",
  "их",
  "ым",
  "им",
  "ом",
  "ем",
  "ах",
  "ях",
  "ов",
  "ев",
  "ам",
  "ям",
  "ии",
  "ия",
  "ию",
  "ы",
  "и",
  "а",
  "я",
  "у",
  "ю",
  "е",
  "о",
  "ь",
  "й",
];

/** A crude stem of a Russian word: enough to match "Томского университета" to "Томский университет". */
export function stemRussian(word: string): string {
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}
