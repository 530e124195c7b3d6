import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { fontBytes, fontFiles, preloadFonts } from "../src/fonts.ts";

test("fonts read ahead in the background are the font files, read once", async () => {
  const started = preloadFonts();
  expect(preloadFonts()).toBe(started);
  await started;
  const { regular, bold } = fontBytes();
  expect(Buffer.from(regular).equals(readFileSync(fontFiles().regular))).toBe(true);
  expect(Buffer.from(bold).equals(readFileSync(fontFiles().bold))).toBe(true);
  expect(fontBytes().regular).toBe(regular);
  await expect(preloadFonts()).resolves.toBeUndefined();
});
