import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fontBytes } from "./fonts.ts";
import { type KeptLayouts, type KeptRun, keptLayouts } from "./kept-layouts.ts";

export interface GlyphRun {
  advanceWidth: number;
  glyphs: unknown[];
  positions: object[];
  features: Record<string, boolean>;
}
interface FontkitGlyph {
  id: number;
}
export interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  numGlyphs: number;
  head: { checkSumAdjustment: number };
  layout(text: string, ...rest: unknown[]): GlyphRun;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph | null;
}
interface DecodeStream {
  buffer: Uint8Array;
}
interface FontFormat {
  probe(buffer: Uint8Array): boolean;
  new (stream: DecodeStream): FontkitFont;
}
export interface Fontkit {
  create(buffer: Uint8Array): FontkitFont;
  registerFormat(format: FontFormat): void;
}

/** A face parsed once per process: its PostScript name, the token pdfkit opens instead of the file, the font. */
export interface SharedFace {
  name: string;
  token: Uint8Array;
  font: FontkitFont;
}

/** The Regular and Bold faces of Noto Sans SC. */
export interface SharedFonts {
  regular: SharedFace;
  bold: SharedFace;
}

// Each distinct word is shaped once per process; the cap only bounds memory in a long-lived process.
const MEMO_LIMIT = 50_000;

let shared: SharedFonts | undefined;

/**
 * The two faces of Noto Sans SC as tokens pdfkit opens with fontkit. pdfkit parses a font again for
 * every document and shapes every word again (OpenType layout of a 10 MB font is most of a brief's
 * time), so fontkit's own extension point, `registerFormat`, is used to hand out one parsed font
 * per face whose layout results are kept. The format recognises only these token objects; every
 * other font goes through fontkit as before.
 */
export function sharedFonts(): SharedFonts {
  if (shared) return shared;
  const fontkit = pdfkitFontkit();
  const version = fontkitVersion();
  const bytes = fontBytes();
  const fonts = new WeakMap<Uint8Array, FontkitFont>();
  const face = (data: Uint8Array): SharedFace => {
    const parsed = fontkit.create(data);
    readLocaTable(parsed, data);
    const key =
      version &&
      `${parsed.postscriptName}-${parsed.head.checkSumAdjustment.toString(16)}-${data.length}-fontkit${version}`;
    const font = memoiseLayout(parsed, keptLayouts(key));
    const token = new TextEncoder().encode(`accord shared font ${font.postscriptName}`);
    fonts.set(token, font);
    return { name: font.postscriptName, token, font };
  };
  const faces = { regular: face(bytes.regular), bold: face(bytes.bold) };
  class SharedFont {
    static probe(buffer: Uint8Array): boolean {
      return fonts.has(buffer);
    }
    constructor(stream: DecodeStream) {
      // biome-ignore lint/correctness/noConstructorReturn: fontkit constructs formats; this one hands out a parsed font
      return fonts.get(stream.buffer)!;
    }
  }
  fontkit.registerFormat(SharedFont as unknown as FontFormat);
  shared = faces;
  return shared;
}

interface TrueTypeTables {
  directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
  head?: { indexToLocFormat?: number };
  _tables?: Record<string, unknown>;
}

/**
 * Fills in the font's `loca` table (where each glyph's outline starts), which fontkit would otherwise decode one
 * entry at a time when pdfkit first opens the font: some 10 ms per face for the 30,000 glyphs of Noto Sans SC.
 * The result is the one fontkit's own decoding gives (a `version` and the byte `offsets`, short offsets doubled).
 * A font without the table, or with one already read, is left as it is.
 */
export function readLocaTable(font: FontkitFont, data: Uint8Array): void {
  const f = font as unknown as TrueTypeTables;
  const table = f.directory?.tables?.loca;
  const version = f.head?.indexToLocFormat;
  if (!table || !f._tables || "loca" in f._tables || (version !== 0 && version !== 1)) return;
  const view = new DataView(data.buffer, data.byteOffset + table.offset, table.length);
  const size = version === 0 ? 2 : 4;
  const offsets: number[] = new Array(Math.floor(table.length / size));
  for (let i = 0; i < offsets.length; i++)
    offsets[i] = version === 0 ? view.getUint16(2 * i) * 2 : view.getUint32(4 * i);
  // fontkit marks short offsets it has doubled, so as not to double them twice.
  f._tables.loca = version === 0 ? { version, offsets, _processed: true } : { version, offsets };
}

/** The width of a line of text in points, shaped with the face the PDF prints it in. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const { font } = sharedFonts()[bold ? "bold" : "regular"];
  return (font.layout(text).advanceWidth * fontSize) / font.unitsPerEm;
}

/** The fontkit pdfkit itself requires (resolved from pdfmake's pdfkit), so the format is registered where it is read. */
export function pdfkitFontkit(): Fontkit {
  return fromPdfkit()("fontkit") as Fontkit;
}

function fromPdfkit(): NodeJS.Require {
  const fromReports = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromReports.resolve("pdfmake"));
  return createRequire(fromPdfmake.resolve("pdfkit"));
}

// Kept runs are fontkit's output: another fontkit version shapes afresh. Undefined when not found.
function fontkitVersion(): string | undefined {
  try {
    let dir = dirname(fromPdfkit().resolve("fontkit"));
    for (let up = 0; up < 4; up++, dir = dirname(dir)) {
      let pkg: { name?: unknown; version?: unknown };
      try {
        pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as typeof pkg;
      } catch {
        continue;
      }
      if (pkg.name === "fontkit" && typeof pkg.version === "string") return pkg.version;
    }
  } catch {}
  return undefined;
}

// pdfkit scales the positions of a run in place, so each caller gets a copy of the kept run. A run
// shaped in an earlier process comes from `kept`; one shaped now is recorded there.
function memoiseLayout(font: FontkitFont, kept: KeptLayouts): FontkitFont {
  const layout = font.layout.bind(font);
  const getGlyph = font.getGlyph.bind(font);
  let lookups: Map<number, number[]> | undefined;
  font.getGlyph = (id, codePoints) => {
    if (lookups && !lookups.has(id)) lookups.set(id, [...(codePoints ?? [])]);
    return getGlyph(id, codePoints);
  };
  const shape = (text: string): GlyphRun => {
    const stored = kept.get(text);
    const fits = (id: number) => id < font.numGlyphs;
    if (stored?.ids.every(fits) && stored.lookups.every(([id]) => fits(id))) return restoreRun(stored, getGlyph);
    lookups = new Map();
    try {
      const run = layout(text);
      kept.put(text, keepRun(run, lookups));
      return run;
    } finally {
      lookups = undefined;
    }
  };
  const memo = new Map<string, GlyphRun>();
  font.layout = (text: string, ...rest: unknown[]) => {
    if (rest.some((r) => r !== undefined)) return layout(text, ...rest);
    let run = memo.get(text);
    if (!run) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      run = shape(text);
      memo.set(text, run);
    }
    return copyRun(run);
  };
  return font;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

function keepRun(run: GlyphRun, lookups: Map<number, number[]>): KeptRun {
  const r = run as GlyphRun & { script: string; language: string | null; direction: string };
  return {
    lookups: [...lookups],
    ids: run.glyphs.map((g) => (g as FontkitGlyph).id),
    positions: (run.positions as Position[]).flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    features: Object.entries(run.features),
    script: r.script,
    language: r.language,
    direction: r.direction,
  };
}

// What pdfkit and textWidth read of a run besides its fields, summed as fontkit's GlyphRun sums it.
const RESTORED_RUN = {
  get advanceWidth(): number {
    let width = 0;
    for (const p of (this as unknown as GlyphRun).positions as Position[]) width += p.xAdvance;
    return width;
  },
  get advanceHeight(): number {
    let height = 0;
    for (const p of (this as unknown as GlyphRun).positions as Position[]) height += p.yAdvance;
    return height;
  },
};

// The glyph lookups of the shaping are replayed in order, so fontkit's glyph objects are the ones shaping makes.
function restoreRun(kept: KeptRun, getGlyph: FontkitFont["getGlyph"]): GlyphRun {
  for (const [id, codePoints] of kept.lookups) getGlyph(id, codePoints);
  const p = kept.positions;
  const positions: Position[] = new Array(kept.ids.length);
  for (let i = 0; i < positions.length; i++)
    positions[i] = { xAdvance: p[4 * i]!, yAdvance: p[4 * i + 1]!, xOffset: p[4 * i + 2]!, yOffset: p[4 * i + 3]! };
  return Object.assign(Object.create(RESTORED_RUN) as GlyphRun, {
    glyphs: kept.ids.map((id) => getGlyph(id)),
    positions,
    script: kept.script,
    language: kept.language,
    direction: kept.direction,
    features: Object.fromEntries(kept.features),
  });
}

function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run)) as GlyphRun, run);
  copy.glyphs = [...run.glyphs];
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p)) as object, p));
  copy.features = { ...run.features };
  return copy;
}
