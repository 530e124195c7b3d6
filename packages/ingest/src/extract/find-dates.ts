import type { PartialDate } from "@accord/domain";
import { FUTURE } from "./cues.ts";

/** A date named in the text, resolved against the document's publication date. */
export interface DateMention {
  start: number;
  end: number;
  date: PartialDate;
  /** Whether the text itself gave the year (not inferred from the publication date). */
  explicitYear: boolean;
}

/** The dates of each sentence of a document, read on first use. */
export interface SentenceDates {
  at(sentence: number): DateMention[];
  count: number;
}

const MONTHS_EN = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_EN =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTHS_RU_GEN = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];
const MONTH_RU =
  "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)";
const ORD = "(?:st|nd|rd|th)?";

const pad = (n: number) => String(n).padStart(2, "0");

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const en = MONTHS_EN.findIndex((m) => m.startsWith(w.slice(0, 3)));
  if (/^[a-z]/.test(w)) return en;
  if (w.startsWith("ма") && (w === "мая" || w === "мае" || w === "май")) return 4;
  return MONTHS_RU_GEN.findIndex((m, i) => i !== 4 && w.startsWith(m));
}

function day(y: number, m: number, d: number): PartialDate | undefined {
  const date = new Date(Date.UTC(y, m, d));
  if (m < 0 || m > 11 || date.getUTCMonth() !== m || date.getUTCDate() !== d || y < 1900 || y > 2100) return undefined;
  return { precision: "day", value: `${y}-${pad(m + 1)}-${pad(d)}` };
}

/** The day before the story's date ("yesterday", "вчера", 昨天), when the story is dated to the day. */
function dayBefore(r: Reference | undefined): [PartialDate | undefined, boolean] | undefined {
  if (!r?.exactDay) return undefined;
  const d = new Date(Date.UTC(r.year, r.month, r.day - 1));
  return [day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), false];
}

function month(y: number, m: number): PartialDate | undefined {
  if (m < 0 || m > 11 || y < 1900 || y > 2100) return undefined;
  return { precision: "month", value: `${y}-${pad(m + 1)}` };
}

function year(y: number): PartialDate | undefined {
  return y >= 1900 && y <= 2100 ? { precision: "year", value: String(y) } : undefined;
}

interface Reference {
  year: number;
  month: number;
  day: number;
  /** Whether the day is the story's own (not filled in for a month or a year). */
  exactDay: boolean;
}

function referenceOf(published: PartialDate | null): Reference | undefined {
  if (!published) return undefined;
  const iso = published.precision === "range" ? published.end : published.value;
  const [y, m, d] = iso.split("-").map(Number);
  if (!y) return undefined;
  return { year: y, month: (m ?? 12) - 1, day: d ?? 28, exactDay: d !== undefined };
}

/** The year of a month and day given without one: the latest such date not long after publication. */
function inferYear(ref: Reference, m: number, d: number): number {
  const candidate = Date.UTC(ref.year, m, d);
  const published = Date.UTC(ref.year, ref.month, ref.day);
  return candidate - published > 45 * 86_400_000 ? ref.year - 1 : ref.year;
}

type Rule = {
  re: RegExp;
  /** The rule matches words alone ("last year", "去年"); every other rule needs a digit in the text. */
  wordsOnly?: boolean;

  make: (m: RegExpExecArray, ref: Reference | undefined) => [PartialDate | undefined, boolean] | undefined;
};

const NUM_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  a: 1,
};

// A half of a year, or a season, as a range of months.
const HALF: Record<string, [string, string]> = { first: ["01", "06"], second: ["07", "12"] };
const SEASONS: Record<string, [string, string]> = {
  spring: ["03", "05"],
  summer: ["06", "08"],
  autumn: ["09", "11"],
  winter: ["12", "02"],
};
const range = (y: number, [s, e]: [string, string], label: string): PartialDate =>
  s > e
    ? { precision: "range", start: `${y}-${s}`, end: `${y + 1}-${e}`, label }
    : { precision: "range", start: `${y}-${s}`, end: `${y}-${e}`, label };
const HALF_RU: Record<string, string> = { перв: "first", втор: "second" };
const SEASON_RU: Record<string, string> = { весн: "spring", лет: "summer", осен: "autumn", зим: "winter" };
const SEASON_ZH: Record<string, string> = { 春: "spring", 夏: "summer", 秋: "autumn", 冬: "winter" };
const RELATIVE_YEAR_ZH: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1 };
const ZH_YEAR_SHIFT: Record<string, number> = { ...RELATIVE_YEAR_ZH, 前年: -2 };

// A brief prints a range by its label: in English, whatever the text's language ("весной 2025 года" is spring 2025).
const englishLabel = (part: string, y: number) =>
  part in HALF ? `${part} half of ${y}` : part === "winter" ? `winter ${y}–${String(y + 1).slice(2)}` : `${part} ${y}`;

/** A span of days ("3–4 June 2025"): its first day (group 1), month (group 2) and year (group 3, or inferred). */
function firstDayOfSpan(m: RegExpExecArray, r: Reference | undefined): [PartialDate | undefined, boolean] | undefined {
  const mi = monthIndex(m[2]!);
  if (m[3]) return [day(+m[3], mi, +m[1]!), true];
  return r ? [day(inferYear(r, mi, +m[1]!), mi, +m[1]!), false] : undefined;
}

const RULES: Rule[] = [
  {
    // "2024年上半年", "今年下半年", "2023年秋季": a half or a season of a year.
    wordsOnly: true,
    re: /(?:(\d{4})\s*年|(今年|去年|明年))\s*(?:(上|下)半年|(春|夏|秋|冬)季?(?![节天]))/g,
    make: (m, r) => {
      const y = m[1] ? +m[1] : r ? r.year + (RELATIVE_YEAR_ZH[m[2]!] ?? 0) : undefined;
      if (y === undefined) return undefined;
      const part = m[3] ? (m[3] === "上" ? "first" : "second") : SEASON_ZH[m[4]!]!;
      const months = m[3] ? HALF[part]! : SEASONS[part]!;
      return [range(y, months, englishLabel(part, y)), m[1] !== undefined];
    },
  },
  {
    // "в первой половине 2024 года", "во втором полугодии 2023 года", "весной 2025 года", "с осени 2025 года",
    // "на весну 2026 года".
    re: /(?:(?:в|во)\s+(перв|втор)(?:ой|ом)\s+(?:половине|полугодии)|(?<!\p{L})(весн|лет|осен|зим)(?:ой|ом|ою|ью|ы|и|а|о|у|е|ь))\s+(\d{4})(?:\s*(?:года|г\.))?/giu,
    make: (m) => {
      const part = m[1] ? HALF_RU[m[1].toLowerCase()]! : SEASON_RU[m[2]!.toLowerCase()]!;
      const months = m[1] ? HALF[part]! : SEASONS[part]!;
      return [range(+m[3]!, months, englishLabel(part, +m[3]!)), true];
    },
  },
  {
    // "весной следующего года", "осенью прошлого года": a season of a year against the story's.
    wordsOnly: true,
    re: /(?<!\p{L})(весн|лет|осен|зим)(?:ой|ом|ою|ью|ы|и|а|о|у|е|ь)\s+(прошлого|этого|текущего|следующего)\s+года/giu,
    make: (m, r) => {
      if (!r) return undefined;
      const w = m[2]!.toLowerCase();
      const y = r.year + (w === "прошлого" ? -1 : w === "следующего" ? 1 : 0);
      const season = SEASON_RU[m[1]!.toLowerCase()]!;
      return [range(y, SEASONS[season]!, englishLabel(season, y)), false];
    },
  },
  { re: /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/g, make: (m) => [day(+m[1]!, +m[2]! - 1, +m[3]!), true] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, make: (m) => [day(+m[3]!, +m[2]! - 1, +m[1]!), true] },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, make: (m) => [day(+m[1]!, +m[2]! - 1, +m[3]!), true] },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月/g, make: (m) => [month(+m[1]!, +m[2]! - 1), true] },
  // "去年10月15日", "去年10月", "明年3月": a day or a month of the year before or after the story's.
  {
    re: /(今年|去年|明年|前年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    make: (m, r) => (r ? [day(r.year + ZH_YEAR_SHIFT[m[1]!]!, +m[2]! - 1, +m[3]!), false] : undefined),
  },
  {
    re: /(去年|明年|前年)\s*(\d{1,2})\s*月/g,
    make: (m, r) => (r ? [month(r.year + ZH_YEAR_SHIFT[m[1]!]!, +m[2]! - 1), false] : undefined),
  },
  {
    re: /(?:今年)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    make: (m, r) => (r ? [day(inferYear(r, +m[1]! - 1, +m[2]!), +m[1]! - 1, +m[2]!), false] : undefined),
  },
  { re: /今年\s*(\d{1,2})\s*月/g, make: (m, r) => (r ? [month(r.year, +m[1]! - 1), false] : undefined) },
  {
    // "5日在圣彼得堡签署": a day alone is of the story's month, or of the month before when it is past the story's
    // day. (月 is written as an escape so that the rule does not wait for 年 or 月 in the sentence.)
    re: /(?<![\u6708\d期共近数第至到~～\-–—])(\d{1,2})\s*日(?![\u5185\u524d\u540e])/g,
    make: (m, r) => {
      if (!r?.exactDay) return undefined;
      const d = +m[1]!;
      const shift = d > r.day ? -1 : 0;
      const at = new Date(Date.UTC(r.year, r.month + shift, 1));
      return [day(at.getUTCFullYear(), at.getUTCMonth(), d), false];
    },
  },
  {
    // "11月底", "12月初", "3月中旬": a part of a month of the story's year (or the year before).
    re: /(\d{1,2})\s*月(?:底|初|份|末|上旬|中旬|下旬)/g,
    make: (m, r) => (r ? [month(inferYear(r, +m[1]! - 1, 15), +m[1]! - 1), false] : undefined),
  },
  {
    wordsOnly: true,
    re: /(本月|上个?月|下个?月)/g,
    make: (m, r) => {
      if (!r) return undefined;
      const shift = m[1]!.startsWith("上") ? -1 : m[1]!.startsWith("下") ? 1 : 0;
      const d = new Date(Date.UTC(r.year, r.month + shift, 1));
      return [month(d.getUTCFullYear(), d.getUTCMonth()), false];
    },
  },
  { re: /(\d{4})\s*年(?!\d)/g, make: (m) => [year(+m[1]!), true] },
  { wordsOnly: true, re: /去年/g, make: (_m, r) => (r ? [year(r.year - 1), false] : undefined) },
  { wordsOnly: true, re: /今年/g, make: (_m, r) => (r ? [year(r.year), false] : undefined) },
  {
    // "3–4 июня 2025 года", "с 3 по 5 июня": a span of days is dated by its first.
    re: new RegExp(
      `(?:\\b|(?<![\\p{L}\\d])с\\s+)(\\d{1,2})\\s*(?:[–—-]|по)\\s*\\d{1,2}\\s+${MONTH_RU}(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?`,
      "giu",
    ),
    make: firstDayOfSpan,
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RU}\\s+(\\d{4})(?:\\s*(?:года|г\\.))?`, "giu"),
    make: (m) => [day(+m[3]!, monthIndex(m[2]!), +m[1]!), true],
  },
  {
    re: new RegExp(`(?:в|во)\\s+${MONTH_RU}\\s+(\\d{4})`, "giu"),
    make: (m) => [month(+m[2]!, monthIndex(m[1]!)), true],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RU}(?!\\s+\\d)`, "giu"),
    make: (m, r) => (r ? [day(inferYear(r, monthIndex(m[2]!), +m[1]!), monthIndex(m[2]!), +m[1]!), false] : undefined),
  },
  {
    // "в конце ноября", "в начале декабря 2023 года", "к середине марта".
    wordsOnly: true,
    re: new RegExp(
      `(?:(?:в|во)\\s+(?:начале|конце|середине)|к\\s+(?:началу|концу|середине))\\s+${MONTH_RU}(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?`,
      "giu",
    ),
    make: (m, r) => {
      const mi = monthIndex(m[1]!);
      if (m[2]) return [month(+m[2], mi), true];
      return r ? [month(inferYear(r, mi, 15), mi), false] : undefined;
    },
  },
  // "в 2023/2024 учебном году": the year it starts.
  { re: /\b(\d{4})\s*[/–-]\s*(?:\d{2}|\d{4})\s+учебн/giu, make: (m) => [year(+m[1]!), true] },
  { re: /(?:в|с)\s+(\d{4})\s+(?:году|года|г\.)/giu, make: (m) => [year(+m[1]!), true] },
  // "в начале 2024 года", "к концу 2025 года", "до 2030 года".
  {
    re: /(?:в\s+(?:начале|конце|середине)|к\s+(?:началу|концу)|до|с|по|к)\s+(\d{4})\s+(?:году|года|г\.)/giu,
    make: (m) => [year(+m[1]!), true],
  },
  {
    // "в сентябре прошлого года", "в марте этого года": a month of the year before or of the story's year.
    wordsOnly: true,
    re: new RegExp(`(?:в|во)\\s+${MONTH_RU}\\s+(прошлого|этого|текущего|следующего)\\s+года`, "giu"),
    make: (m, r) => {
      if (!r) return undefined;
      const w = m[2]!.toLowerCase();
      return [month(r.year + (w === "прошлого" ? -1 : w === "следующего" ? 1 : 0), monthIndex(m[1]!)), false];
    },
  },
  { wordsOnly: true, re: /в\s+прошлом\s+году/giu, make: (_m, r) => (r ? [year(r.year - 1), false] : undefined) },
  {
    // "в конце прошлого года", "в начале этого года", "к середине следующего года": a year against the story's.
    wordsOnly: true,
    re: /(?:(?:в|во)\s+(?:начале|конце|середине)|к\s+(?:началу|концу|середине))\s+(прошлого|этого|текущего|следующего)\s+года/giu,
    make: (m, r) => {
      if (!r) return undefined;
      const w = m[1]!.toLowerCase();
      return [year(r.year + (w === "прошлого" ? -1 : w === "следующего" ? 1 : 0)), false];
    },
  },
  { wordsOnly: true, re: /в\s+этом\s+году/giu, make: (_m, r) => (r ? [year(r.year), false] : undefined) },
  {
    re: new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, "gi"),
    make: (m) => [day(+m[3]!, monthIndex(m[1]!), +m[2]!), true],
  },
  {
    // "3–4 June 2025", "3-5 June": a span of days is dated by its first.
    re: new RegExp(
      `\\b(\\d{1,2})${ORD}\\s*[–—-]\\s*\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH_EN}(?:,?\\s+(\\d{4})\\b)?`,
      "gi",
    ),
    make: firstDayOfSpan,
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_EN},?\\s+(\\d{4})\\b`, "gi"),
    make: (m) => [day(+m[3]!, monthIndex(m[2]!), +m[1]!), true],
  },
  { re: new RegExp(`\\b${MONTH_EN},?\\s+(\\d{4})\\b`, "gi"), make: (m) => [month(+m[2]!, monthIndex(m[1]!)), true] },
  {
    re: new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})${ORD}\\b(?!,?\\s*\\d{4})`, "gi"),
    make: (m, r) => (r ? [day(inferYear(r, monthIndex(m[1]!), +m[2]!), monthIndex(m[1]!), +m[2]!), false] : undefined),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_EN}\\b(?!,?\\s*\\d{4})`, "gi"),
    make: (m, r) => (r ? [day(inferYear(r, monthIndex(m[2]!), +m[1]!), monthIndex(m[2]!), +m[1]!), false] : undefined),
  },
  {
    re: /\b(first|second|1st|2nd)\s+half\s+of\s+(?:the\s+year\s+)?(\d{4})\b/gi,
    make: (m) => {
      const y = +m[2]!;
      const first = /^(first|1st)$/i.test(m[1]!);
      return [
        { precision: "range", start: `${y}-${first ? "01" : "07"}`, end: `${y}-${first ? "06" : "12"}`, label: m[0] },
        true,
      ];
    },
  },
  {
    re: /\b(spring|summer|autumn|fall)\s+(?:of\s+)?(\d{4})\b/gi,
    make: (m) => {
      const y = +m[2]!;
      const [s, e] = (
        { spring: ["03", "05"], summer: ["06", "08"], autumn: ["09", "11"], fall: ["09", "11"] } as Record<
          string,
          [string, string]
        >
      )[m[1]!.toLowerCase()]!;
      return [{ precision: "range", start: `${y}-${s}`, end: `${y}-${e}`, label: m[0] }, true];
    },
  },
  {
    re: /\b(?:in|since|from|by|until|of|early|mid|late|end of|beginning of|back in|back to|as of)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b(?!\s*(?:students|people|participants|%|percent))/gi,
    make: (m) => [year(+m[1]!), true],
  },
  {
    // "from the 2023 academic year", "the 2023/24 school year": the year it starts.
    re: /\b((?:19|20)\d{2})(?:[-–/](?:19|20)?\d{2})?\s+(?:academic|school)\s+year\b/gi,
    make: (m) => [year(+m[1]!), true],
  },
  {
    // "late November", "early December", "mid-March": a month of the story's year (or the year before).
    wordsOnly: true,
    re: new RegExp(`\\b(?:early|mid|late|end of|beginning of)[- ]${MONTH_EN}(?!\\s*\\d)`, "gi"),
    make: (m, r) => {
      const mi = monthIndex(m[1]!);
      return r && mi >= 0 ? [month(inferYear(r, mi, 15), mi), false] : undefined;
    },
  },
  { re: /\bmid-((?:19|20)\d{2})\b/gi, make: (m) => [year(+m[1]!), true] },
  {
    wordsOnly: true,
    re: /\b(last|this|next|previous|past)\s+year\b/gi,
    make: (m, r) => {
      if (!r) return undefined;
      const w = m[1]!.toLowerCase();
      return [year(r.year + (w === "next" ? 1 : w === "this" ? 0 : -1)), false];
    },
  },
  {
    wordsOnly: true,
    re: /\b(one|two|three|four|five|six|seven|eight|nine|ten|a|\d{1,2})\s+years?\s+ago\b/gi,
    make: (m, r) => (r ? [year(r.year - (NUM_WORDS[m[1]!.toLowerCase()] ?? +m[1]!)), false] : undefined),
  },
  {
    wordsOnly: true,
    re: /\byesterday\b/gi,
    make: (_m, r) => dayBefore(r),
  },
  {
    wordsOnly: true,
    re: /(?<!\p{L})вчера(?!\p{L})/giu,
    make: (_m, r) => dayBefore(r),
  },
  {
    wordsOnly: true,
    re: /昨天|昨日/g,
    make: (_m, r) => dayBefore(r),
  },
  {
    // "On Tuesday" in a dated story: the last such day up to the story's date ("next Tuesday" is left alone).
    wordsOnly: true,
    re: /\b(?:on|last|this past)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
    make: (m, r) => lastWeekday(WEEKDAYS.indexOf(m[1]!.toLowerCase()), r),
  },
  {
    // "last week", "на прошлой неделе", 上周: the days of the week before the story's, Monday to Sunday.
    wordsOnly: true,
    re: /\b(?:last|this past|this)\s+week\b/gi,
    make: (m, r) => weekOf(r, /^this\s/i.test(m[0]) ? 0 : -1),
  },
  {
    wordsOnly: true,
    re: /(?<!\p{L})на\s+(?:прошлой|минувшей|этой)\s+неделе(?!\p{L})/giu,
    make: (m, r) => weekOf(r, /этой/i.test(m[0]) ? 0 : -1),
  },
  {
    wordsOnly: true,
    re: /上周|上星期|本周/g,
    make: (m, r) => weekOf(r, m[0] === "本周" ? 0 : -1),
  },
  {
    // "в четверг", "во вторник", "в минувшую пятницу": likewise.
    wordsOnly: true,
    re: /(?<!\p{L})(?:в|во)\s+(?:минувш(?:ий|ую|ее)\s+|прошл(?:ый|ую|ое)\s+)?(воскресенье|понедельник|вторник|среду|четверг|пятницу|субботу)(?!\p{L})/giu,
    make: (m, r) => lastWeekday(WEEKDAYS_RU.indexOf(m[1]!.toLowerCase()), r),
  },
  {
    wordsOnly: true,
    re: /\b(last|this|next|earlier this|later this)\s+month\b/gi,
    make: (m, r) => {
      if (!r) return undefined;
      const w = m[1]!.toLowerCase();
      const shift = w === "last" ? -1 : w === "next" ? 1 : 0;
      const d = new Date(Date.UTC(r.year, r.month + shift, 1));
      return [month(d.getUTCFullYear(), d.getUTCMonth()), false];
    },
  },
  {
    // "this September", "last May", "next March": the month nearest the story in that direction.
    wordsOnly: true,
    re: new RegExp(`\\b(this|last|next|earlier this)\\s+${MONTH_EN}(?!\\s*\\d)`, "gi"),
    make: (m, r) => {
      if (!r) return undefined;
      const w = m[1]!.toLowerCase();
      const mi = monthIndex(m[2]!);
      if (mi < 0) return undefined;
      const y =
        w === "last"
          ? mi < r.month
            ? r.year
            : r.year - 1
          : w === "next"
            ? mi > r.month
              ? r.year
              : r.year + 1
            : r.year;
      return [month(y, mi), false];
    },
  },
  {
    // "signed in Minsk in October", "will open in September": a month alone, tried after every rule with a year.
    wordsOnly: true,
    re: new RegExp(
      `\\b(?:in|since|from|until|by|during|early|late|mid-?|(?:the\\s+)?(?:end|beginning|middle)\\s+of)\\s+${MONTH_EN}(?![a-z])(?![\\s,]*\\d)`,
      "gi",
    ),
    make: (m, r) => monthAlone(m, r),
  },
  {
    // "в октябре", "с сентября".
    wordsOnly: true,
    re: new RegExp(
      `(?<!\\p{L})(?:в|во|с|до)\\s+${MONTH_RU}(?!\\p{L})(?!\\s+(?:\\d|прошлого|этого|текущего|следующего))`,
      "giu",
    ),
    make: (m, r) => monthAlone(m, r),
  },
];

/**
 * A month named without its year: in a sentence that looks ahead the next such month from the story's, in any
 * other the last one, or one at most 45 days ahead.
 */
function monthAlone(m: RegExpExecArray, r: Reference | undefined): [PartialDate | undefined, boolean] | undefined {
  const mi = m[1] ? monthIndex(m[1]) : -1;
  if (!r || mi < 0) return undefined;
  const ahead = FUTURE.test(m.input);
  return [month(ahead ? (mi >= r.month ? r.year : r.year + 1) : inferYear(r, mi, 1), mi), false];
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAYS_RU = ["воскресенье", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу"];

// The week (Monday to Sunday) of a story's exact date, or `shift` weeks from it, as a range of days; this week ends
// at the story's day. No label: "last week" says nothing in a brief, its days do.
function weekOf(r: Reference | undefined, shift: number): [PartialDate | undefined, boolean] | undefined {
  if (!r?.exactDay) return undefined;
  const published = Date.UTC(r.year, r.month, r.day);
  const monday = published - ((new Date(published).getUTCDay() + 6) % 7) * 86_400_000 + shift * 7 * 86_400_000;
  const last = shift === 0 ? published : monday + 6 * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return [{ precision: "range", start: iso(monday), end: iso(last) }, false];
}

// The last day of the week `weekday` (0 for Sunday) up to a story's exact date, which may be that day itself.
function lastWeekday(weekday: number, r: Reference | undefined): [PartialDate | undefined, boolean] | undefined {
  if (!r?.exactDay || weekday < 0) return undefined;
  const published = new Date(Date.UTC(r.year, r.month, r.day));
  const back = (published.getUTCDay() - weekday + 7) % 7;
  const d = new Date(published.getTime() - back * 86_400_000);
  return [day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), false];
}

// Most sentences have no digit, and most rules need one; a rule written with Chinese date characters, Cyrillic
// words, an English month name or the words day, month or year needs those in the text too. Each clue is tested
// at most once per sentence.
const CLUES = {
  digit: /\d/,
  han: /[年月]/,
  cyrillic: /[\u0400-\u04ff]/,
  // Every rule names its month after a word boundary (\b or white space), though not always before one.
  month: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  day: /day/i,
  monthWord: /month/i,
  year: /year/i,
};
type Clue = keyof typeof CLUES;
const CLUE_NAMES = Object.keys(CLUES) as Clue[];
const CLUES_OF_RULE: number[][] = RULES.map((r) => {
  const clues: Clue[] = r.wordsOnly ? [] : ["digit"];
  const source = r.re.source;
  if (/[年月]/.test(source)) clues.push("han");
  else if (/[\u0400-\u04ff]/.test(source)) clues.push("cyrillic");
  else if (source.includes(MONTH_EN)) clues.push("month");
  else if (r.wordsOnly && /day\b/.test(source)) clues.push("day");
  else if (r.wordsOnly && /month/.test(source)) clues.push("monthWord");
  else if (r.wordsOnly && /year/.test(source)) clues.push("year");
  return clues.map((c) => CLUE_NAMES.indexOf(c));
});

// Which clues the sentence at hand has: 0 not tested yet, 1 present, 2 absent. Reset for each sentence.
const clueState = new Uint8Array(CLUE_NAMES.length);

function allCluesHold(clues: readonly number[], slice: string): boolean {
  for (const c of clues) {
    if (clueState[c] === 0) clueState[c] = CLUES[CLUE_NAMES[c] as Clue].test(slice) ? 1 : 2;
    if (clueState[c] !== 1) return false;
  }
  return true;
}

// One document's sentences share its publication date: it is parsed once.
const lastReference: { published: PartialDate | null | undefined; ref: Reference | undefined } = {
  published: undefined,
  ref: undefined,
};

/** Whether a date begins after the story's publication date (compared to the coarser of the two precisions). */
export function afterPublication(date: PartialDate, published: PartialDate | null): boolean {
  if (!published) return false;
  const start = date.precision === "range" ? date.start : date.value;
  const story = published.precision === "range" ? published.end : published.value;
  const n = Math.min(start.length, story.length);
  return start.slice(0, n) > story.slice(0, n);
}

/** Every date the text names between `from` and `to`, earliest in the text first, without overlaps. */
export function findDates(text: string, published: PartialDate | null, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (published !== lastReference.published) {
    lastReference.published = published;
    lastReference.ref = referenceOf(published);
  }
  const ref = lastReference.ref;
  const found: DateMention[] = [];
  // 0 not tested yet, 1 present, 2 absent.
  clueState.fill(0);
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r] as Rule;
    if (!allCluesHold(CLUES_OF_RULE[r] ?? [], slice)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const made = rule.make(m, ref);
      if (made?.[0]) found.push({ start, end, date: made[0], explicitYear: made[1] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
