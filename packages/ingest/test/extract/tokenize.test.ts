import { expect, test } from "vitest";
import { tokenize } from "../../src/text/tokenize.ts";

test("a stretch cut inside a run of letters ends its last word at the stretch's end", () => {
  const text = "x".repeat(5000);
  const tokens = tokenize(text, 2000, 4000);
  expect(tokens.map((t) => [t.start, t.end])).toEqual([[2000, 4000]]);
  expect(tokenize("Harbin Institute", 0, 9).map((t) => t.text)).toEqual(["Harbin", "In"]);
});
