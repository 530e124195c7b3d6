import { createRequire } from "node:module";
import { fontBytes } from "./fonts.ts";

export interface GlyphRun {
  advanceWidth: number;
  glyphs: unknown[];
  positions: object[];
  features: Record<string, boolean>;
}
export interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  layout(text: string, ...rest: unknown[]): GlyphRun;
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
  const bytes = fontBytes();
  const fonts = new WeakMap<Uint8Array, FontkitFont>();
  const face = (data: Uint8Array): SharedFace => {
    const font = memoiseLayout(fontkit.create(data));
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

/** The width of a line of text in points, shaped with the face the PDF prints it in. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const { font } = sharedFonts()[bold ? "bold" : "regular"];
  return (font.layout(text).advanceWidth * fontSize) / font.unitsPerEm;
}

/** The fontkit pdfkit itself requires (resolved from pdfmake's pdfkit), so the format is registered where it is read. */
export function pdfkitFontkit(): Fontkit {
  const fromReports = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromReports.resolve("pdfmake"));
  const fromPdfkit = createRequire(fromPdfmake.resolve("pdfkit"));
  return fromPdfkit("fontkit") as Fontkit;
}

// pdfkit scales the positions of a run in place, so each caller gets a copy of the kept run.
function memoiseLayout(font: FontkitFont): FontkitFont {
  const layout = font.layout.bind(font);
  const memo = new Map<string, GlyphRun>();
  font.layout = (text: string, ...rest: unknown[]) => {
    if (rest.some((r) => r !== undefined)) return layout(text, ...rest);
    let run = memo.get(text);
    if (!run) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      run = layout(text);
      memo.set(text, run);
    }
    return copyRun(run);
  };
  return font;
}

function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run)) as GlyphRun, run);
  copy.glyphs = [...run.glyphs];
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p)) as object, p));
  copy.features = { ...run.features };
  return copy;
}
