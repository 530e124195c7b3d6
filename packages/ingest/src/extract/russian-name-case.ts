import { GIVEN_NAMES_RU } from "./name-lexicon.ts";

/** The case and gender a Russian given name is written in, as its ending tells. */
type Form = { gender: "m" | "f"; case: "nom" | "gen" | "dat" | "acc" | "ins" | "pre" };

// Oblique endings of given names, with what the nominative ends in instead: "Константина" is Константин, "Андрея"
// Андрей, "Елены" Елена, "Натальи" Наталья. The first that gives a listed name wins.
const GIVEN_ENDINGS: readonly [ending: string, nominative: string, form: Form][] = [
  ["ом", "", { gender: "m", case: "ins" }],
  ["ем", "й", { gender: "m", case: "ins" }],
  ["ем", "ь", { gender: "m", case: "ins" }],
  ["ой", "а", { gender: "f", case: "ins" }],
  ["ей", "я", { gender: "f", case: "ins" }],
  ["а", "", { gender: "m", case: "gen" }],
  ["я", "й", { gender: "m", case: "gen" }],
  ["я", "ь", { gender: "m", case: "gen" }],
  ["у", "", { gender: "m", case: "dat" }],
  ["ю", "й", { gender: "m", case: "dat" }],
  ["ю", "ь", { gender: "m", case: "dat" }],
  ["е", "", { gender: "m", case: "pre" }],
  ["е", "й", { gender: "m", case: "pre" }],
  ["и", "й", { gender: "m", case: "pre" }],
  ["ы", "а", { gender: "f", case: "gen" }],
  ["и", "а", { gender: "f", case: "gen" }],
  ["и", "я", { gender: "f", case: "gen" }],
  ["е", "а", { gender: "f", case: "dat" }],
  ["у", "а", { gender: "f", case: "acc" }],
  ["ю", "я", { gender: "f", case: "acc" }],
];
// Names whose stem loses a vowel in the other cases: "Павла" is Павел, "Льва" Лев, "Петра" Пётр.
const FLEETING: Record<string, string> = { павл: "павел", льв: "лев", петр: "пётр" };

// Men's names that decline like women's: "Никиты Анисимова" is Никита Анисимов.
const MALE_IN_A = new Set(["никита", "илья", "кузьма", "фома", "лука", "савва"]);

/** Whether a word is a listed Russian given name in any case ("Ириной", "Александру"). */
export const isRussianGivenName = (word: string): boolean => givenInAnyCase(word) !== undefined;

/** A given name in the nominative, with the case and gender it was written in; undefined when it is not listed. */
function givenInAnyCase(word: string): { nominative: string; form: Form } | undefined {
  const lower = word.toLowerCase();
  const gender = (name: string, as: Form["gender"]) => (MALE_IN_A.has(name) ? "m" : as);
  if (GIVEN_NAMES_RU.has(lower))
    return { nominative: lower, form: { gender: gender(lower, /[ая]$/.test(lower) ? "f" : "m"), case: "nom" } };
  for (const [ending, nominative, form] of GIVEN_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    const listed = FLEETING[stem] && form.gender === "m" ? FLEETING[stem] : stem + nominative;
    if (stem.length >= 2 && GIVEN_NAMES_RU.has(listed))
      return { nominative: listed, form: { gender: gender(listed, form.gender), case: form.case } };
  }
  return undefined;
}

// Surname endings by gender and case, with the nominative's: "Могилевского" is Могилевский, "Ивановой" Иванова.
const MALE_SURNAME: Record<Exclude<Form["case"], "nom">, readonly [string, string][]> = {
  gen: [
    ["ского", "ский"],
    ["цкого", "цкий"],
    ["ова", "ов"],
    ["ева", "ев"],
    ["ёва", "ёв"],
    ["ина", "ин"],
    ["ына", "ын"],
  ],
  acc: [
    ["ского", "ский"],
    ["цкого", "цкий"],
    ["ова", "ов"],
    ["ева", "ев"],
    ["ёва", "ёв"],
    ["ина", "ин"],
    ["ына", "ын"],
  ],
  dat: [
    ["скому", "ский"],
    ["цкому", "цкий"],
    ["ову", "ов"],
    ["еву", "ев"],
    ["ёву", "ёв"],
    ["ину", "ин"],
    ["ыну", "ын"],
  ],
  ins: [
    ["ским", "ский"],
    ["цким", "цкий"],
    ["овым", "ов"],
    ["евым", "ев"],
    ["ёвым", "ёв"],
    ["иным", "ин"],
    ["ыным", "ын"],
  ],
  pre: [
    ["ском", "ский"],
    ["цком", "цкий"],
    ["ове", "ов"],
    ["еве", "ев"],
    ["ёве", "ёв"],
    ["ине", "ин"],
    ["ыне", "ын"],
  ],
};
const FEMALE_OBLIQUE: readonly [string, string][] = [
  ["ской", "ская"],
  ["цкой", "цкая"],
  ["овой", "ова"],
  ["евой", "ева"],
  ["ёвой", "ёва"],
  ["иной", "ина"],
  ["ыной", "ына"],
];
const FEMALE_SURNAME: Record<Exclude<Form["case"], "nom">, readonly [string, string][]> = {
  gen: FEMALE_OBLIQUE,
  dat: FEMALE_OBLIQUE,
  ins: FEMALE_OBLIQUE,
  pre: FEMALE_OBLIQUE,
  acc: [
    ["скую", "ская"],
    ["цкую", "цкая"],
    ["ову", "ова"],
    ["еву", "ева"],
    ["ёву", "ёва"],
    ["ину", "ина"],
    ["ыну", "ына"],
  ],
};
const VOWEL = /[аеёиоуыэюя]$/;

/** A surname in the nominative, given the form its given name is in; as written when its ending says nothing. */
function surnameFor(word: string, form: Form): string {
  if (form.case === "nom") return word;
  const lower = word.toLowerCase();
  const table = (form.gender === "m" ? MALE_SURNAME : FEMALE_SURNAME)[form.case];
  for (const [ending, nominative] of table)
    if (lower.endsWith(ending) && lower.length > ending.length + 1)
      return word.slice(0, word.length - ending.length) + nominative;
  // A man's surname ending in a consonant takes the noun's endings: "Шевчука", "Шевчуку", "Шевчуком".
  if (form.gender === "m") {
    const ending = { gen: "а", acc: "а", dat: "у", ins: "ом", pre: "е" }[form.case];
    const stem = lower.slice(0, -ending.length);
    if (lower.endsWith(ending) && stem.length >= 3 && !VOWEL.test(stem) && !/[йь]$/.test(stem))
      return word.slice(0, word.length - ending.length);
  }
  return word;
}

/**
 * A Russian name of a listed given name and a surname, in the nominative: "Константина Могилевского" is
 * "Константин Могилевский", "Елены Ивановой" "Елена Иванова". Undefined when the given name is not listed.
 */
export function russianNameInNominative(given: string, surname: string): string | undefined {
  const found = givenInAnyCase(given);
  if (!found) return undefined;
  const first = found.nominative.charAt(0).toUpperCase() + found.nominative.slice(1);
  // The given name keeps its written letters where the lexicon has ё for е ("Петр" stays Петр).
  const asWritten = found.form.case === "nom" ? given : first;
  return `${asWritten} ${surnameFor(surname, found.form)}`;
}
