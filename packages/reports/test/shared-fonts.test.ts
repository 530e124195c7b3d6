import { expect, test } from "vitest";
import { fontBytes } from "../src/fonts.ts";
import { type GlyphRun, pdfkitFontkit, readLocaTable, sharedFonts } from "../src/shared-fonts.ts";

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

test("the loca table read ahead is the one fontkit decodes, for both faces", () => {
  for (const face of ["regular", "bold"] as const) {
    const data = fontBytes()[face];
    const decoded = fontkit.create(data) as unknown as { loca: { version: number; offsets: number[] } };
    const early = fontkit.create(data);
    const tables = (early as unknown as { _tables: Record<string, unknown> })._tables;
    expect("loca" in tables).toBe(false);
    readLocaTable(early, data);
    // Read now, not when first asked for.
    expect("loca" in tables).toBe(true);
    const read = (early as unknown as { loca: { version: number; offsets: number[] } }).loca;
    expect(read.offsets.length).toBeGreaterThan(30_000);
    expect(read.version).toBe(decoded.loca.version);
    expect(read.offsets).toEqual([...decoded.loca.offsets]);
    // The glyphs' boxes come from those offsets.
    const box = (f: typeof early) => f.getGlyph(1234)?.["cbox" as never];
    expect(box(early)).toEqual(box(fontkit.create(data)));
  }
});

test("a font whose loca table is already read keeps it", () => {
  const data = fontBytes().regular;
  const font = fontkit.create(data) as unknown as { loca: { offsets: number[] } };
  const table = font.loca;
  readLocaTable(font as never, data);
  expect((font as unknown as { loca: unknown }).loca).toBe(table);
});
