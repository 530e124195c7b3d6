import type { Span } from "./span.ts";

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "st",
  "mt",
  "no",
  "nos",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "inc",
  "ltd",
  "co",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "acad",
  "assoc",
  "dept",
  "univ",
  "gen",
  "gov",
  "sen",
  "rep",
  "jr",
  "sr",
  "fig",
  "approx",
  "ул",
  "им",
  "г",
  "гг",
  "т",
  "д",
  "проф",
  "акад",
  "чл",
  "корр",
  "см",
  "тыс",
  "млн",
  "млрд",
  "руб",
  "п",
  "с",
  "к",
]);

/** Closing quotes and brackets, which stay with the sentence they close: " ' ” ’ » ) ]. */
function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 41 || code === 93
  );
}

const CAN_START = /[\p{Lu}\p{N}"'“‘«(\p{Script=Han}]/u;

/** The longest sentence handed to the extractors; a longer run with no sentence end is cut into pieces. */
export const MAX_SENTENCE_CHARS = 2000;
// Where a piece may end: white space or a clause mark, looked for in the second half of the piece.
const SOFT_BREAK = /[\s,;:，、；：]/;

/**
 * Splits text into sentences: at line breaks, and after `.`, `!`, `?` (or their Chinese forms)
 * when what follows can start a sentence. Initials ("N. V. Samotesova") and abbreviations
 * ("Prof.", "St.") do not end one. Leading and trailing white space is trimmed from each span. A run
 * longer than `MAX_SENTENCE_CHARS` (a 10 MB line, a table flattened into one line) is cut at white space
 * or a clause mark, or at the cap when it has none, so evidence stays quotable.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    pushBounded(spans, text, s, e);
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i + 1);
      continue;
    }
    // 。！？；
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) {
      let j = i + 1;
      while (j < to && isCloser(text.charCodeAt(j))) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < to && isCloser(text.charCodeAt(j))) j++;
    if (j < to && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < to && text.charCodeAt(k) !== 10 && !CAN_START.test(text[k] ?? "")) continue;
    if (c === 46 && endsWithAbbreviation(text, from, i)) continue;
    push(j);
    i = j - 1;
  }
  push(to);
  return spans;
}

function pushBounded(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  while (end - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    let k = cut;
    while (k > s + MAX_SENTENCE_CHARS / 2 && !SOFT_BREAK.test(text[k - 1] ?? "")) k--;
    if (k > s + MAX_SENTENCE_CHARS / 2) cut = k;
    else if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    let e = cut;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    s = cut;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
  }
  if (end > s) spans.push({ start: s, end, text: text.slice(s, end) });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether a UTF-16 code unit is white space as `\s` in a regular expression has it. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Letters by UTF-16 code unit, filled in as they are met: 1 a letter, 2 not.
const LETTER_UNIT = new Uint8Array(65536);

function isLetterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 46) return true;
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Half of a surrogate pair is not a letter by itself.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let kind = LETTER_UNIT[code] ?? 0;
  if (kind === 0) {
    kind = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_UNIT[code] = kind;
  }
  return kind === 1;
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  while (s > from && isLetterOrDot(text, s - 1)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // A single capital letter is an initial ("A. A. Volkov"), as are runs like "N.V".
  if (/^\p{Lu}$/u.test(word) || /^(\p{Lu}\.)+\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
