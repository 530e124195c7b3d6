import { expect, test } from "vitest";
import { fontBytes } from "../src/fonts.ts";
import { type GlyphRun, pdfkitFontkit, sharedFonts } from "../src/shared-fonts.ts";

const fontkit = pdfkitFontkit();
const advance = (run: GlyphRun) => run.positions.map((p) => (p as { xAdvance: number }).xAdvance);

test("hands out one parsed font per face, under its PostScript name", () => {
  const { regular, bold } = sharedFonts();
  expect([regular.name, bold.name]).toEqual(["NotoSansSC-Regular", "NotoSansSC-Bold"]);
  expect(sharedFonts().regular.token).toBe(regular.token);
  expect(fontkit.create(regular.token)).toBe(fontkit.create(regular.token));
  expect(fontkit.create(bold.token)).not.toBe(fontkit.create(regular.token));
});

test("fonts that are not tokens open as before", () => {
  const font = fontkit.create(fontBytes().regular);
  expect(font).not.toBe(fontkit.create(sharedFonts().regular.token));
  expect(font.postscriptName).toBe("NotoSansSC-Regular");
});

test("a kept layout is the one fontkit gives, and a caller changing its copy changes nothing", () => {
  const shared = fontkit.create(sharedFonts().regular.token);
  const fresh = fontkit.create(fontBytes().regular);
  const text = "Харбинский 哈尔滨工业大学 AVAWAY ";
  const first = shared.layout(text);
  expect(advance(first)).toEqual(advance(fresh.layout(text)));
  const widths = advance(first);
  for (const p of first.positions) (p as { xAdvance: number }).xAdvance *= 0.01;
  first.glyphs.length = 0;
  const again = shared.layout(text);
  expect(again).not.toBe(first);
  expect(advance(again)).toEqual(widths);
  expect(again.glyphs).toHaveLength(widths.length);
});
