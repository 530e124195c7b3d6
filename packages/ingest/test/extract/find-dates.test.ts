import type { PartialDate } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { findDates } from "../../src/extract/find-dates.ts";

const day = (value: string): PartialDate => ({ precision: "day", value });
const dates = (text: string, published: PartialDate | null = day("2021-05-03")) =>
  findDates(text, published).map((d) => d.date);

describe("findDates", () => {
  test("a span of days is dated by its first day, in Russian and English, with or without its year", () => {
    const june = day("2025-06-05");
    expect(dates("3–4 июня в Санкт-Петербурге прошел форум ректоров.", june)).toEqual([day("2025-06-03")]);
    expect(dates("С 2 по 6 июня 2024 года прошла летняя школа.", june)).toEqual([day("2024-06-02")]);
    expect(dates("The forum was held on 3–4 June 2025 in Harbin.", june)).toEqual([day("2025-06-03")]);
    expect(dates("Classes ran from 27-29 May.", june)).toEqual([day("2025-05-27")]);
    // Years joined by a dash are no span of days.
    expect(dates("в 2020–2021 годах", june)).toEqual([]);
  });
  test("a month alone is the last one before the story, or the next one in a sentence that looks ahead", () => {
    const month = (value: string): PartialDate => ({ precision: "month", value });
    const december = day("2023-12-08");
    expect(dates("The agreement was signed in Minsk in October.", december)).toEqual([month("2023-10")]);
    expect(dates("The delegation came in May.", december)).toEqual([month("2023-05")]);
    expect(dates("Classes will start in September.", day("2024-03-10"))).toEqual([month("2024-09")]);
    expect(dates("The institute will open in February.", december)).toEqual([month("2024-02")]);
    expect(dates("Соглашение подписали в октябре.", december)).toEqual([month("2023-10")]);
    expect(dates("Обучение начнется в сентябре.", day("2024-03-10"))).toEqual([month("2024-09")]);
    // A city is no month, a month with its year keeps it, "may" is no month.
    expect(dates("A delegation from Novosibirsk arrived in March 2020; it may return.", december)).toEqual([
      month("2020-03"),
    ]);
  });
  test("Russian seasons in any case, and the start, middle or end of a year named against the story's", () => {
    const range = (start: string, end: string, label: string): PartialDate => ({
      precision: "range",
      start,
      end,
      label,
    });
    const march = day("2024-03-02");
    expect(dates("Обмен начнется с осени 2025 года.", march)).toEqual([range("2025-09", "2025-11", "autumn 2025")]);
    expect(dates("Школу перенесли на весну 2026 года.", march)).toEqual([range("2026-03", "2026-05", "spring 2026")]);
    expect(dates("Центр открыли летом 2023 года.", march)).toEqual([range("2023-06", "2023-08", "summer 2023")]);
    expect(dates("В конце прошлого года вузы открыли центр.", march)).toEqual([{ precision: "year", value: "2023" }]);
    expect(dates("Подписание запланировано на весну следующего года.", march)).toEqual([
      range("2025-03", "2025-05", "spring 2025"),
    ]);
    expect(dates("Осенью прошлого года прошла школа.", march)).toEqual([range("2023-09", "2023-11", "autumn 2023")]);
    expect(dates("В начале этого года подписали соглашение.", march)).toEqual([{ precision: "year", value: "2024" }]);
    expect(dates("К середине следующего года откроют лабораторию.", march)).toEqual([
      { precision: "year", value: "2025" },
    ]);
  });
  test("a day without a year takes the article's year", () => {
    expect(dates("On the afternoon of April 27th, an agreement was signed.")).toEqual([day("2021-04-27")]);
  });
  test("a day after the article's date belongs to the year before", () => {
    expect(dates("The visit of December 12 was a success.")).toEqual([day("2020-12-12")]);
  });
  test("months and years keep their precision", () => {
    expect(dates("They signed in September 2020, and had met in 2011.")).toEqual([
      { precision: "month", value: "2020-09" },
      { precision: "year", value: "2011" },
    ]);
  });
  test("the second half of a year is a range within it", () => {
    expect(dates("programs approved in the second half of 2020")).toEqual([
      { precision: "range", start: "2020-07", end: "2020-12", label: "second half of 2020" },
    ]);
  });
  test("'recently' is no date; relative years need the article's date", () => {
    expect(dates("Recently, the talk was held online.")).toEqual([]);
    expect(dates("Two years ago HSE began a network.")).toEqual([{ precision: "year", value: "2019" }]);
    expect(dates("Two years ago HSE began a network.", null)).toEqual([]);
  });
  test("Russian and Chinese dates", () => {
    expect(dates("Соглашение подписали 15 мая 2019 года.")).toEqual([day("2019-05-15")]);
    expect(dates("в сентябре 2020 года")).toEqual([{ precision: "month", value: "2020-09" }]);
    expect(dates("2023年6月18日签署协议")).toEqual([day("2023-06-18")]);
    expect(dates("8月30日至9月1日访问我校")).toEqual([day("2020-08-30"), day("2020-09-01")]);
  });
  test("halves and seasons of a year in Russian and Chinese are ranges with an English label; a festival is no season", () => {
    const range = (start: string, end: string, label: string) => ({ precision: "range", start, end, label });
    expect(dates("В первой половине 2024 года вузы запустят программу.")).toEqual([
      range("2024-01", "2024-06", "first half of 2024"),
    ]);
    expect(dates("осенью 2025 года")).toEqual([range("2025-09", "2025-11", "autumn 2025")]);
    expect(dates("今年上半年，两校续签了协议")).toEqual([range("2021-01", "2021-06", "first half of 2021")]);
    expect(dates("去年冬季")).toEqual([range("2020-12", "2021-02", "winter 2020–21")]);
    // A month or a day of the year before or after the story's keeps its precision.
    expect(dates("去年10月，两校签署了合作备忘录")).toEqual([{ precision: "month", value: "2020-10" }]);
    expect(dates("前年9月15日，双方签署协议")).toEqual([day("2019-09-15")]);
    expect(dates("明年3月将开学")).toEqual([{ precision: "month", value: "2022-03" }]);
    expect(dates("2024年春节期间")).toEqual([{ precision: "year", value: "2024" }]);
    expect(dates("к концу 2025 года")).toEqual([{ precision: "year", value: "2025" }]);
  });
  test("a part of a month without its year is that month of the story's year (or the year before)", () => {
    const month = (value: string) => ({ precision: "month", value });
    const story = day("2024-12-10");
    expect(dates("11月底，两校签署协议", story)).toEqual([month("2024-11")]);
    expect(dates("上个月", story)).toEqual([month("2024-11")]);
    expect(dates("в конце ноября", story)).toEqual([month("2024-11")]);
    expect(dates("в начале декабря 2023 года", story)).toEqual([month("2023-12")]);
    expect(dates("The talks took place in late November.", story)).toEqual([month("2024-11")]);
    expect(dates("в 2023/2024 учебном году", story)).toEqual([{ precision: "year", value: "2023" }]);
    expect(dates("by mid-2024", story)).toEqual([{ precision: "year", value: "2024" }]);
  });
  test("impossible days are no dates", () => {
    expect(dates("on 2021-02-30")).toEqual([]);
  });
  test("weekdays, months named from the story's date, and 'back to' a year", () => {
    // 2021-05-03 was a Monday.
    expect(dates("The memorandum was signed on Thursday.")).toEqual([day("2021-04-29")]);
    expect(dates("They met on Monday.")).toEqual([day("2021-05-03")]);
    expect(dates("They will meet next Tuesday.")).toEqual([]);
    expect(dates("Соглашение подписали в четверг в Новосибирске.")).toEqual([day("2021-04-29")]);
    expect(dates("Во вторник делегация прибыла в Харбин.")).toEqual([day("2021-04-27")]);
    expect(dates("В минувшую пятницу открылась лаборатория.")).toEqual([day("2021-04-30")]);
    // Last week is Monday to Sunday before the story's week; this week runs to the story's day.
    const lastWeek = { precision: "range", start: "2021-04-26", end: "2021-05-02" };
    expect(dates("The agreement was signed last week.")).toEqual([lastWeek]);
    expect(dates("Соглашение подписали на прошлой неделе.")).toEqual([lastWeek]);
    expect(dates("上周，两校签署了合作协议。")).toEqual([lastWeek]);
    expect(dates("本周两校签署协议。", day("2021-05-05"))).toEqual([
      { precision: "range", start: "2021-05-03", end: "2021-05-05" },
    ]);
    // "в среде" (in an environment) is no Wednesday.
    expect(dates("Студенты учатся в среде, где говорят по-китайски.")).toEqual([]);
    expect(dates("Last month the lab opened; this month it hires.")).toEqual([
      { precision: "month", value: "2021-04" },
      { precision: "month", value: "2021-05" },
    ]);
    expect(dates("A school opens this September, after talks last November.")).toEqual([
      { precision: "month", value: "2021-09" },
      { precision: "month", value: "2020-11" },
    ]);
    expect(dates("Their partnership dates back to 2005.")).toEqual([{ precision: "year", value: "2005" }]);
    expect(dates("The memorandum was signed on Thursday.", { precision: "month", value: "2021-05" })).toEqual([]);
  });
  test("Russian months of the year before or of the story's year", () => {
    expect(dates("Программу запустили в сентябре прошлого года, а в марте этого года продлили.")).toEqual([
      { precision: "month", value: "2020-09" },
      { precision: "month", value: "2021-03" },
    ]);
  });
});
