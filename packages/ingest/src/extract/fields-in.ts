import type { FieldId } from "@accord/domain";
import { FIELDS } from "@accord/domain";

const CYRILLIC_WORD = /[\u0400-\u04ff]/;
const CYRILLIC_WORDS = /[\u0400-\u04ff]+/g;
const LATIN_TERM = /^[a-z ]+$/;
const HAN_TERM = /\p{Script=Han}/u;
const NON_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

// English terms count as whole words, Chinese as written, Russian when all their stems are present.
// A Russian word counts for its longest stem only: "искусственного" is "искусственн" (artificial), not "искусств" (art).
const RUSSIAN_STEMS = [
  ...new Set(FIELDS.flatMap((f) => f.terms.filter((t) => CYRILLIC_WORD.test(t)).flatMap((t) => t.split(" ")))),
];
const OTHER_SCRIPTS = FIELDS.map((field) => ({
  han: field.terms.filter((t) => HAN_TERM.test(t)),
  russian: field.terms.filter((t) => CYRILLIC_WORD.test(t)).map((t) => t.split(" ")),
}));

const isWordCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

function boundaryInside(term: string, at: number): boolean {
  return isWordCode(term.charCodeAt(at - 1)) !== isWordCode(term.charCodeAt(at));
}

const LATIN_TERMS = [...new Set(FIELDS.flatMap((f) => f.terms.filter((t) => LATIN_TERM.test(t))))];

/**
 * The fields each English term stands for, with those of the shorter terms it begins with ("space" in
 * "space science"): where one term is found, those are found at the same place too.
 */
const FIELDS_OF_TERM = new Map(
  LATIN_TERMS.map((term) => {
    const fields: number[] = [];
    FIELDS.forEach((field, k) => {
      const within = field.terms.some(
        (u) => LATIN_TERM.test(u) && term.startsWith(u) && (u.length === term.length || boundaryInside(term, u.length)),
      );
      if (within) fields.push(k);
    });
    return [term, fields];
  }),
);

// At each word start, the longest term found there (with a word boundary after it): one scan finds every term.
const ANY_TERM = new RegExp(
  `\\b(?=(${[...LATIN_TERMS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join("|")})\\b)`,
  "gi",
);

/** The Russian stems of the vocabulary that the words of a text begin with, the longest for each word. */
function russianStemsIn(text: string): Set<string> {
  const found = new Set<string>();
  if (!CYRILLIC_WORD.test(text)) return found;
  for (const [word] of text.toLowerCase().matchAll(CYRILLIC_WORDS)) {
    let best = "";
    for (const stem of RUSSIAN_STEMS) if (stem.length > best.length && word.startsWith(stem)) best = stem;
    if (best) found.add(best);
  }
  return found;
}

/** The fields of study or research a sentence names, in the order of `FIELDS`. */
const EDUCATION_AUTHORITY = /教育(部|厅|局|委员会|委)/g;

export function fieldsIn(text: string): FieldId[] {
  const named = new Uint8Array(FIELDS.length);
  let any = false;
  ANY_TERM.lastIndex = 0;
  for (let m = ANY_TERM.exec(text); m; m = ANY_TERM.exec(text)) {
    ANY_TERM.lastIndex = m.index + 1;
    for (const k of FIELDS_OF_TERM.get((m[1] ?? "").toLowerCase()) ?? []) named[k] = 1;
    any = true;
  }
  const otherScripts = NON_LATIN.test(text);
  if (!any && !otherScripts) return [];
  const stems = otherScripts ? russianStemsIn(text) : new Set<string>();
  // "获教育部批准": a ministry or a department of education approving something is no field of it.
  const han = otherScripts ? text.replace(EDUCATION_AUTHORITY, "") : text;
  const out: FieldId[] = [];
  FIELDS.forEach((field, k) => {
    const other = OTHER_SCRIPTS[k];
    if (
      named[k] === 1 ||
      (otherScripts &&
        other !== undefined &&
        (other.han.some((t) => han.includes(t)) || other.russian.some((parts) => parts.every((p) => stems.has(p)))))
    )
      out.push(field.id);
  });
  return out;
}
