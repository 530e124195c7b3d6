import { describe, expect, test } from "vitest";
import { flattenDeepNesting } from "../../src/read/flatten-deep-nesting.ts";
import { stripSiteName } from "../../src/read/parse-html-document.ts";
import { reflowPdfText } from "../../src/read/reflow-pdf-text.ts";

describe("flattenDeepNesting", () => {
  test("leaves ordinary pages as they are", () => {
    const html = `<html><body>${"<div><p>one<p>two<br>more</p><img src=x></div>".repeat(50)}</body></html>`;
    expect(flattenDeepNesting(html, 8)).toBe(html);
  });

  test("drops only the tags below the limit, keeping their text", () => {
    const html = "<a><b><c><d>text</d></c></b></a>";
    expect(flattenDeepNesting(html, 2)).toBe("<a><b>text</b></a>");
  });
});

describe("stripSiteName", () => {
  test.each([
    ["Rectors meet - HIT News", "HIT News", "Rectors meet"],
    ["莫斯科国立大学代表团访问我校_新闻网", null, "莫斯科国立大学代表团访问我校"],
    [
      "News | A very long title of an article about the rectors",
      null,
      "News | A very long title of an article about the rectors",
    ],
    ["Rectors meet", null, "Rectors meet"],
  ])("%s", (title, publisher, expected) => {
    expect(stripSiteName(title, publisher, null)).toBe(expected);
  });

  test("prefers the h1 the title starts with", () => {
    expect(stripSiteName("Rectors meet: a new step - HIT", null, "Rectors meet: a new step")).toBe(
      "Rectors meet: a new step",
    );
  });
});

describe("reflowPdfText", () => {
  const item = (str: string, y: number, x = 72) => ({ str, x, y, width: str.length * 6, height: 12, eol: true });

  test("joins Chinese lines without spaces and mends hyphenated words", () => {
    const pages = [
      [
        item("哈尔滨工业大学与圣彼得堡国立大学", 700),
        item("签署合作协议。", 686),
        item("co-opera-", 640),
        item("tion goes on", 626),
      ],
    ];
    expect(reflowPdfText(pages)).toBe("哈尔滨工业大学与圣彼得堡国立大学签署合作协议。\n\nco-operation goes on");
  });

  test("drops page numbers and running heads", () => {
    const page = (n: number) => [
      item("Press release of the university", 760),
      item(`Body of page ${n}.`, 700),
      item(String(n), 40),
    ];
    expect(reflowPdfText([page(1), page(2), page(3)])).toBe("Body of page 1.\n\nBody of page 2.\n\nBody of page 3.");
  });
});
