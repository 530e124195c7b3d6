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

const CLOSERS = "\"'”’»)]";

/**
 * Splits text into sentences: at line breaks, and after `.`, `!`, `?` (or their Chinese forms)
 * when what follows can start a sentence. Initials ("N. V. Samotesova") and abbreviations
 * ("Prof.", "St.") do not end one. Leading and trailing white space is trimmed from each span.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text[i] ?? "";
    if (c === "\n") {
      push(i + 1);
      continue;
    }
    if (c === "。" || c === "！" || c === "？" || c === "；") {
      let j = i + 1;
      while (j < to && CLOSERS.includes(text[j] ?? "")) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < to && CLOSERS.includes(text[j] ?? "")) j++;
    if (j < to && !/\s/.test(text[j] ?? "")) continue;
    let k = j;
    while (k < to && (text[k] === " " || text[k] === "\t")) k++;
    const next = text[k] ?? "";
    if (k < to && next !== "\n" && !/[\p{Lu}\p{N}"'“‘«(\p{Script=Han}]/u.test(next)) continue;
    if (c === "." && endsWithAbbreviation(text, from, i)) continue;
    push(j);
    i = j - 1;
  }
  push(to);
  return spans;
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  while (s > from && /[\p{L}.]/u.test(text[s - 1] ?? "")) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // A single capital letter is an initial ("A. A. Volkov"), as are runs like "N.V".
  if (/^\p{Lu}$/u.test(word) || /^(\p{Lu}\.)+\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
