import { expect, test } from "vitest";
import { MAX_SENTENCE_CHARS, splitSentences } from "../../src/text/split-sentences.ts";

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

test("a run with no sentence end is cut at white space into pieces no longer than the cap", () => {
  const text = `${"Harbin Institute of Technology ".repeat(400)}\n${"x".repeat(5000)}`;
  const spans = splitSentences(text);
  expect(spans.length).toBeGreaterThan(6);
  for (const s of spans) {
    expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
  }
  const words = spans.filter((s) => !s.text.startsWith("x"));
  for (const s of words)
    expect(s.text.split(" ").every((w) => /^(Harbin|Institute|of|Technology)$/.test(w))).toBe(true);
  expect(spans.filter((s) => s.text.startsWith("x")).map((s) => s.text.length)).toEqual([2000, 2000, 1000]);
});

test("a cut at the cap does not split a surrogate pair", () => {
  const text = "𝐱".repeat(3000);
  for (const s of splitSentences(text)) {
    expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(s.text.codePointAt(0)).toBe(0x1d431);
    expect(s.text.length % 2).toBe(0);
  }
});
