import { expect, test } from "vitest";
import { splitSentences } from "../../src/text/split-sentences.ts";

test("initials, abbreviations and St. do not end a sentence; offsets point into the text", () => {
  const text = "Prof. Irina A. Balova met N.V. Samotesova in St. Petersburg. They signed!\n签署协议。双方同意。";
  const spans = splitSentences(text);
  expect(spans.map((s) => s.text)).toEqual([
    "Prof. Irina A. Balova met N.V. Samotesova in St. Petersburg.",
    "They signed!",
    "签署协议。",
    "双方同意。",
  ]);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
});
