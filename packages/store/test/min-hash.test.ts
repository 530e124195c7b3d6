import { describe, expect, test } from "vitest";
import { jaccard, lshKeys, minHashSignature, NEAR_DUPLICATE_JACCARD, shinglesOf } from "../src/min-hash.ts";
import { OTHER_STORY, STORY, STORY_SYNDICATED } from "./helpers/texts.ts";

describe("shinglesOf", () => {
  test("takes overlapping runs of five words, ignoring case and punctuation", () => {
    expect([...shinglesOf("One, two THREE four five six.")]).toEqual([
      "one two three four five",
      "two three four five six",
    ]);
  });

  test("takes a text shorter than five words as one shingle", () => {
    expect([...shinglesOf("Harbin, 27 April")]).toEqual(["harbin 27 april"]);
    expect(shinglesOf(" — ").size).toBe(0);
  });

  test("counts each Chinese character as a word", () => {
    expect([...shinglesOf("哈尔滨工业大学")]).toEqual(["哈 尔 滨 工 业", "尔 滨 工 业 大", "滨 工 业 大 学"]);
  });
});

describe("near-duplicate detection", () => {
  const story = shinglesOf(STORY);
  const copy = shinglesOf(STORY_SYNDICATED);
  const other = shinglesOf(OTHER_STORY);

  test("a syndicated copy is above the threshold and an unrelated story far below", () => {
    expect(jaccard(story, copy)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_JACCARD);
    expect(jaccard(story, copy)).toBeLessThan(1);
    expect(jaccard(story, other)).toBeLessThan(0.05);
    expect(jaccard(story, story)).toBe(1);
  });

  test("MinHash signatures estimate the Jaccard similarity", () => {
    const a = minHashSignature(story);
    const b = minHashSignature(copy);
    expect(a).toHaveLength(120);
    const agree = a.filter((v, i) => v === b[i]).length / a.length;
    expect(Math.abs(agree - jaccard(story, copy))).toBeLessThan(0.15);
    expect(minHashSignature(story)).toEqual(a);
  });

  test("near-duplicates share an LSH band and unrelated texts do not", () => {
    const keys = (s: Set<string>) => new Set(lshKeys(minHashSignature(s)));
    const mine = keys(story);
    expect(mine.size).toBe(20);
    expect([...keys(copy)].some((k) => mine.has(k))).toBe(true);
    expect([...keys(other)].some((k) => mine.has(k))).toBe(false);
  });

  test("LSH keys are safe integers, one a band, that change with their band's rows alone", () => {
    const signature = minHashSignature(story);
    const keys = lshKeys(signature);
    expect(keys).toHaveLength(20);
    for (const key of keys) expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
    const changed = [...signature];
    changed[6 * 7 + 2] = (changed[6 * 7 + 2] ?? 0) ^ 1;
    const after = lshKeys(changed);
    expect(after.map((k, band) => k !== keys[band])).toEqual(Array.from({ length: 20 }, (_, band) => band === 7));
    // The same rows in another band are another key.
    const repeated = Array.from({ length: 120 }, (_, i) => signature[i % 6] ?? 0);
    expect(new Set(lshKeys(repeated)).size).toBe(20);
  });
});
