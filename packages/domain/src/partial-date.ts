import * as z from "zod";

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** An ISO date at day, month or year precision: `2021-04-27`, `2020-09` or `2011`. */
export const IsoPartial = z.string().refine((s) => (DAY.test(s) && isRealDay(s)) || MONTH.test(s) || YEAR.test(s), {
  message: "a date as YYYY, YYYY-MM or YYYY-MM-DD",
});
export type IsoPartial = z.infer<typeof IsoPartial>;

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date as precise as its source and no more: "in September 2020" is `{ precision: "month",
 * value: "2020-09" }`, never padded to a day. A span such as "the second half of 2020" is a
 * `range` from its first to its last unit, with the words it came from as `label`.
 */
export const PartialDate = z.discriminatedUnion("precision", [
  z.object({ precision: z.literal("day"), value: IsoPartial.refine((s) => DAY.test(s), "YYYY-MM-DD") }),
  z.object({ precision: z.literal("month"), value: IsoPartial.refine((s) => MONTH.test(s), "YYYY-MM") }),
  z.object({ precision: z.literal("year"), value: IsoPartial.refine((s) => YEAR.test(s), "YYYY") }),
  z
    .object({
      precision: z.literal("range"),
      start: IsoPartial,
      end: IsoPartial,
      /** The phrase the range was read from, such as "second half of 2020". */
      label: z.string().optional(),
    })
    .refine((r) => r.start <= r.end, { message: "a range starts before it ends" }),
]);
export type PartialDate = z.infer<typeof PartialDate>;

/** Builds a PartialDate from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined for anything else. */
export function parseIsoPartial(text: string): PartialDate | undefined {
  if (!IsoPartial.safeParse(text).success) return undefined;
  if (DAY.test(text)) return { precision: "day", value: text };
  if (MONTH.test(text)) return { precision: "month", value: text };
  return { precision: "year", value: text };
}

/** The earliest ISO string a date covers, for sorting (`2020-07` for the second half of 2020). */
export function dateStart(date: PartialDate): string {
  return date.precision === "range" ? date.start : date.value;
}

/** The most precise single ISO string that is true of the whole date (a range within 2020 is `2020`). */
export function dateCommonPrefix(date: PartialDate): string {
  if (date.precision !== "range") return date.value;
  const { start, end } = date;
  if (start === end) return start;
  if (start.slice(0, 7) === end.slice(0, 7)) return start.slice(0, 7);
  if (start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  return start;
}

/** Orders dates by their start, the less precise first when they start alike; undefined last. */
export function compareDates(a: PartialDate | null | undefined, b: PartialDate | null | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  const sa = dateStart(a);
  const sb = dateStart(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return sa.length - sb.length;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function formatIso(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? iso;
}

/** Writes a date for people: "27 April 2021", "September 2020", "2011", "second half of 2020". */
export function formatDate(date: PartialDate): string {
  if (date.precision !== "range") return formatIso(date.value);
  if (date.label) return date.label;
  return `${formatIso(date.start)} – ${formatIso(date.end)}`;
}

const padLow = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
const padHigh = (iso: string) => (iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso);

/** The last ISO string a date covers: a range's end, else its value. */
export function dateEnd(date: PartialDate): string {
  return date.precision === "range" ? date.end : date.value;
}

/** Whether a date overlaps `from`..`to` (ISO partial strings, both inclusive, either optional). */
export function dateWithin(date: PartialDate | null | undefined, from?: string, to?: string): boolean {
  return boundsWithin(date ? dateStart(date) : null, date ? dateEnd(date) : null, from, to);
}

/**
 * `dateWithin` for a date given by its start and end (`dateStart`, `dateEnd`; both null when undated), as an index
 * or a table of dates holds them.
 */
export function boundsWithin(start: string | null, end: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (start === null || end === null) return false;
  if (from && padHigh(end) < padLow(from)) return false;
  if (to && padLow(start) > padHigh(to)) return false;
  return true;
}
