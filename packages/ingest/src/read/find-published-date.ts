import type { PartialDate } from "@accord/domain";
import { parseDateText } from "./parse-date-text.ts";

const LEAD_LINES = 12;
const LONE_DATE_MAX = 40;

// Labels that announce the publication date, in the three languages, as sites write them.
const LABEL =
  /(?<![a-zа-яё])(?:release\s*time|released|published(?:\s+on)?|publication\s+date|posted(?:\s+on)?|date|发布时间|发布日期|发表时间|发稿时间|时间|日期|дата\s+публикации|дата|опубликовано|размещено|добавлено)\s*[:：]/iu;

/**
 * Finds the publication date in the first lines of a body: a labelled date ("Release time:2025-09-25",
 * "发布时间：2025-09-25", "Дата публикации: 03.05.2021") or a date alone on a line under the title.
 */
export function findDateInLines(text: string): PartialDate | null {
  const lines = leadLines(text);
  for (const line of lines) {
    const label = LABEL.exec(line);
    if (!label) continue;
    const date = parseDateText(line.slice(label.index + label[0].length));
    if (date) return date;
  }
  for (const line of lines) {
    if (line.length > LONE_DATE_MAX) continue;
    const date = parseDateText(line);
    if (date && isMostlyDate(line)) return date;
  }
  return null;
}

/** The date a url carries in its path: `/2021/05/03/`, `/2021-05/03/`, `/20210503/`, `t20210503_`. */
export function findDateInUrl(url: string | null | undefined): PartialDate | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // A plain file path is searched as it is.
  }
  const patterns = [
    /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=\/|[_.-]|$)/,
    /(?:^|\/)((?:19|20)\d{2})[/-]?(\d{2})\/?(\d{2})(?=\/)/,
    /(?:^|[/_a-z])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/i,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(path);
    if (!m) continue;
    const date = parseDateText(`${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}`);
    if (date) return date;
  }
  return null;
}

function leadLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < LEAD_LINES && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, Math.min(end, start + 500)).trim();
    if (line !== "") lines.push(line);
    start = end + 1;
  }
  return lines;
}

// "May 3, 2021" or "3 мая 2021 г." alone, perhaps with a weekday or time, not a sentence that mentions a date.
function isMostlyDate(line: string): boolean {
  const rest = line
    .normalize("NFKC")
    .replace(/\d+/g, "")
    .replace(/[\p{P}\p{Z}\s]+/gu, "")
    .replace(
      /(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[йя]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|года|г|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|年|月|日|星期[一二三四五六日天]|周[一二三四五六日]|am|pm|utc|gmt)/giu,
      "",
    );
  return rest.length <= 2;
}
