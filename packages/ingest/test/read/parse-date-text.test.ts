import { describe, expect, test } from "vitest";
import { findDateInLines, findDateInUrl, parseDateText } from "../../src/read/index.ts";

const day = (value: string) => ({ precision: "day", value });

describe("parseDateText", () => {
  test.each([
    ["2025-09-25", "2025-09-25"],
    ["2025.09.25", "2025-09-25"],
    ["2025/9/5", "2025-09-05"],
    ["25.09.2025", "2025-09-25"],
    ["May 3, 2021", "2021-05-03"],
    ["Sept. 14, 2020", "2020-09-14"],
    ["3 May 2021", "2021-05-03"],
    ["3rd of", null],
    ["2021年5月3日", "2021-05-03"],
    ["２０２１年５月３日", "2021-05-03"],
    ["3 мая 2021 г.", "2021-05-03"],
    ["14 сентября 2020 года", "2020-09-14"],
    ["2021-05-03T10:15:00+08:00", "2021-05-03"],
    ["2021-05-03T23:59:59.000Z", "2021-05-03"],
    ["Mon, 03 May 2021 10:00:00 GMT", "2021-05-03"],
    ["20210503", "2021-05-03"],
  ])("reads %s", (text, expected) => {
    expect(parseDateText(text)).toEqual(expected === null ? null : day(expected));
  });

  test("reads month-precision dates", () => {
    expect(parseDateText("September 2020")).toEqual({ precision: "month", value: "2020-09" });
    expect(parseDateText("2021年5月")).toEqual({ precision: "month", value: "2021-05" });
  });

  test.each([
    "Recently",
    "",
    "2021-02-30",
    "31.04.2021",
    "05/03/2021",
    "1850-01-01",
    "Room 2021-13-01",
    "call 12345678",
  ])("finds no date in %j", (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  test("reads a slash date when only one reading is possible", () => {
    expect(parseDateText("25/09/2025")).toEqual(day("2025-09-25"));
  });

  test("takes the first date of a text", () => {
    expect(parseDateText("Signed on 3 May 2021, in force since 2021-06-01")).toEqual(day("2021-05-03"));
  });
});

describe("findDateInLines", () => {
  test.each([
    ["Rectors meet\n\nRelease time:2025-09-25  Views: 12\n\nThe rectors met.", "2025-09-25"],
    ["Rectors meet\n\nPublished: 3 May 2021\n\nThe rectors met.", "2021-05-03"],
    ["Rectors meet\n\nMay 3, 2021\n\nThe rectors met.", "2021-05-03"],
    ["校长会晤\n\n来源：新闻中心 发布时间：2025-09-25 浏览次数：100\n\n两校校长会晤。", "2025-09-25"],
    ["Встреча ректоров\n\nДата публикации: 03.05.2021\n\nРекторы встретились.", "2021-05-03"],
  ])("finds the date in %j", (text, expected) => {
    expect(findDateInLines(text)).toEqual(day(expected));
  });

  test("ignores a date inside a sentence of the body", () => {
    expect(
      findDateInLines("Rectors meet\n\nThe agreement of 3 May 2021 was renewed by both universities today."),
    ).toBeNull();
  });
});

describe("findDateInUrl", () => {
  test.each([
    ["https://news.example.edu.cn/2021/05/03/article.html", "2021-05-03"],
    ["https://news.example.edu.cn/info/20210503/1234.htm", "2021-05-03"],
    ["http://www.example.gov.cn/xw/202105/t20210503_123.html", "2021-05-03"],
    ["http://www.example.com/2021-05/03/c_1234.htm", "2021-05-03"],
  ])("reads %s", (url, expected) => {
    expect(findDateInUrl(url)).toEqual(day(expected));
  });

  test("finds nothing in a url without a date", () => {
    expect(findDateInUrl("https://example.ru/news/12345")).toBeNull();
    expect(findDateInUrl(null)).toBeNull();
  });
});
