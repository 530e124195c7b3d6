import type { PartialDate } from "@accord/domain";

const MONTHS_EN: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// Genitive ("3 мая") and nominative ("май 2021") stems; the first letters decide.
const MONTHS_RU: [RegExp, number][] = [
  [/^янв/, 1],
  [/^фев/, 2],
  [/^мар/, 3],
  [/^апр/, 4],
  [/^ма[йяе]/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^авг/, 8],
  [/^сен/, 9],
  [/^окт/, 10],
  [/^ноя/, 11],
  [/^дек/, 12],
];

const EN_MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const RU_MONTH =
  "(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[йя]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])";

interface Found {
  index: number;
  date: PartialDate | null;
}

type Matcher = (m: RegExpExecArray) => PartialDate | null;

const PATTERNS: [RegExp, Matcher][] = [
  // 2025-09-25, 2025.09.25, 2025/09/25, 2021年5月3日, and the date part of ISO datetimes.
  [/(?<!\d)(\d{4})\s*([-./年])\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)/g, (m) => day(m[1], m[3], m[4])],
  // 25.09.2025 is day first; 05/03/2021 is only read when one reading is possible.
  [
    /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/g,
    (m) => (m[2] === "." ? day(m[4], m[3], m[1]) : unambiguousSlashDate(m[1]!, m[3]!, m[4]!)),
  ],
  [
    new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH},?\\s+(\\d{4})(?!\\d)`, "giu"),
    (m) => day(m[3], enMonth(m[2]), m[1]),
  ],
  [
    new RegExp(`(?<!\\p{L})${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "giu"),
    (m) => day(m[3], enMonth(m[1]), m[2]),
  ],
  [new RegExp(`(?<!\\d)(\\d{1,2})\\s+${RU_MONTH}\\s+(\\d{4})(?!\\d)`, "giu"), (m) => day(m[3], ruMonth(m[2]), m[1])],
  [/(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/g, (m) => month(m[1], m[2])],
  [new RegExp(`(?<![\\p{L}\\d])${EN_MONTH},?\\s+(\\d{4})(?!\\d)`, "giu"), (m) => month(m[2], enMonth(m[1]))],
  [new RegExp(`(?<![\\p{L}\\d])${RU_MONTH}\\s+(\\d{4})(?!\\d)`, "giu"), (m) => month(m[2], ruMonth(m[1]))],
];

/**
 * Reads the first date written in a text: ISO dates and datetimes, `2025.09.25`, `25.09.2025`,
 * `May 3, 2021`, `3 May 2021`, `2021年5月3日`, `3 мая 2021 г.`, and month-precision forms such as
 * `May 2021`. Impossible or ambiguous dates are not dates.
 */
export function parseDateText(text: string): PartialDate | null {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const normalized = sample.normalize("NFKC");
  const compact = /^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(normalized);
  if (compact) return day(compact[1], compact[2], compact[3]);
  const found: Found[] = [];
  for (const [pattern, read] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(normalized); m !== null; m = pattern.exec(normalized)) {
      const date = read(m);
      if (date) {
        found.push({ index: m.index, date });
        break;
      }
    }
  }
  found.sort((a, b) => a.index - b.index || precisionRank(a.date) - precisionRank(b.date));
  return found[0]?.date ?? null;
}

function precisionRank(date: PartialDate | null): number {
  return date?.precision === "day" ? 0 : 1;
}

function enMonth(name: string | undefined): number | undefined {
  const key = name?.toLowerCase().replace(/\.$/, "") ?? "";
  return key.startsWith("sept") ? 9 : MONTHS_EN[key.slice(0, 3)];
}

function ruMonth(name: string | undefined): number | undefined {
  const lower = name?.toLowerCase() ?? "";
  return MONTHS_RU.find(([stem]) => stem.test(lower))?.[1];
}

function unambiguousSlashDate(a: string, b: string, year: string): PartialDate | null {
  const first = Number(a);
  const second = Number(b);
  if (first === second) return day(year, first, second);
  if (first > 12) return day(year, second, first);
  if (second > 12) return day(year, first, second);
  return null;
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function day(
  y: string | undefined,
  m: string | number | undefined,
  d: string | number | undefined,
): PartialDate | null {
  const year = Number(y);
  const mon = Number(m);
  const dd = Number(d);
  if (!plausibleYear(year) || !Number.isInteger(mon) || !Number.isInteger(dd)) return null;
  const date = new Date(Date.UTC(year, mon - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mon - 1 || date.getUTCDate() !== dd) return null;
  return { precision: "day", value: `${year}-${pad(mon)}-${pad(dd)}` };
}

function month(y: string | undefined, m: string | number | undefined): PartialDate | null {
  const year = Number(y);
  const mon = Number(m);
  if (!plausibleYear(year) || !Number.isInteger(mon) || mon < 1 || mon > 12) return null;
  return { precision: "month", value: `${year}-${pad(mon)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
