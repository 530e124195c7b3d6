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
  /** Followed by a possessive 's or ’s. */
  possessive: boolean;
  /** The punctuation between this token and the previous one (trimmed), "" when only spaces. */
  gap: string;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Splits a stretch of text into word tokens; offsets are into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  let previousEnd = 0;
  for (const match of slice.matchAll(WORD)) {
    let word = match[0];
    const index = match.index ?? 0;
    let possessive = false;
    const tail = /['’]s$/i.exec(word);
    if (tail && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/^['’]s\b/.test(slice.slice(index + word.length, index + word.length + 3))) {
      possessive = true;
    }
    // Dotted abbreviations such as "N.V" keep their dots in `text` but not in `norm`.
    const start = from + index;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      norm: normalizeWord(word),
      capitalized: /^[\p{Lu}\p{N}]/u.test(word),
      acronymLike: isAcronymLike(word),
      possessive,
      gap: slice.slice(previousEnd, index).trim(),
    });
    previousEnd = index + match[0].length;
  }
  return tokens;
}

/** Whether a word looks like an acronym: HIT, BMSTU, SPbU, МГТУ, ITMO. */
export function isAcronymLike(word: string): boolean {
  if (word.length < 2 || word.length > 12 || /[.'’]/.test(word)) return false;
  const upper = [...word].filter((c) => /\p{Lu}/u.test(c)).length;
  if (upper === word.length) return /\p{L}/u.test(word);
  return upper >= 2 && /^\p{Lu}/u.test(word) && upper / word.length >= 0.5;
}

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
