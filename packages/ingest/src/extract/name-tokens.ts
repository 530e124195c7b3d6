import type { Token } from "../text/tokenize.ts";
import { countryFromName } from "./country-clues.ts";
import { CONNECTORS, SENTENCE_STARTERS } from "./lexicon.ts";

// Abbreviations a name goes on after: "St. Petersburg", "им. Н. Э. Баумана".
const ABBREVIATED = new Set(["st", "mt", "ft", "им"]);
const SAINTS = new Set(["st", "saint", "san", "santa", "sankt"]);

/** Whether a token follows the previous one with nothing between but a space or a joining mark. */
export function joinable(t: Token): boolean {
  return t.gap === "" || /^[-–—‐'’&/"“”«»]$/.test(t.gap);
}

/** Whether tokens[i] continues the name tokens[i - 1] is part of ("St. Petersburg" included). */
export function joinableAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (joinable(t)) return true;
  const prev = tokens[i - 1];
  return (
    t.gap === "." &&
    prev !== undefined &&
    (ABBREVIATED.has(prev.norm) || /^\p{Lu}$/u.test(prev.text) || /^(\p{Lu}\.)+\p{Lu}\p{Ll}?$/iu.test(prev.text))
  );
}

/** A capitalized word that can be part of a name (not a number, not a sentence opener). */
export function isNameWord(t: Token): boolean {
  return t.capitalized && !/^\d+$/.test(t.text) && !SENTENCE_STARTERS.has(t.norm);
}

const LOWER_HYPHENATED = /^\p{Ll}+-/u;

/** "russian-chinese": lower-case words joined by a hyphen; most words have no hyphen and need no regex. */
function isLowerHyphenated(word: string): boolean {
  return word.includes("-") && LOWER_HYPHENATED.test(word);
}

/** English names are capitalized: "Russian government" is not "Government of the Russian Federation". */
export function capitalizedName(tokens: readonly Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.gap.includes("(")) depth++;
    if (t.gap.includes(")")) depth = Math.max(0, depth - 1);
    // "Kazan (Volga region) Federal University": a parenthesis may hold lower-case words.
    // "Sun Yat-sen University": a lower-case word joined by a hyphen to the one before is part of it.
    const hyphenJoined = i > from && t.gap === "-";
    if (depth === 0 && !t.capitalized && !CONNECTORS.has(t.norm) && !isLowerHyphenated(t.text) && !hyphenJoined)
      return false;
  }
  return true;
}

/** Whether `capitalizedName` can hold for a name starting with `t`: its first word decides it alone. */
export function mayStartCapitalizedName(t: Token): boolean {
  if (t.capitalized || t.gap.includes("(")) return true;
  return CONNECTORS.has(t.norm) || isLowerHyphenated(t.text);
}

/** A sentence in capitals (a shouted headline, an OCR line) gives no clue of where names are. */
export function shouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.letterRun < 2) continue;
    words++;
    if (t.upper) upper++;
  }
  return words >= 4 && upper / words > 0.6;
}

/** A headline in Title Case: capitals there do not mark names. */
export function titleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.letterRun < 3 || CONNECTORS.has(t.norm)) continue;
    words++;
    if (t.capitalized) capitalized++;
  }
  return words >= 5 && capitalized / words >= 0.85;
}

/** A place name ("Moscow", "St. Petersburg"): the word or, after "St.", the next one. */
export function isPlace(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (countryFromName(t.text) !== null) return true;
  const next = tokens[i + 1];
  return SAINTS.has(t.norm) && next !== undefined && countryFromName(next.text) !== null;
}
