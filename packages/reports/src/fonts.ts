import { closeSync, fstatSync, openSync, read, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { cmapLookup } from "./read-cmap.ts";

/** The font family name the document definition and the charts use. */
export const FONT_FAMILY = "NotoSansSC";

/** Where the Noto Sans SC files are, resolved from node_modules (nothing is copied into the repo). */
export interface FontFiles {
  dir: string;
  regular: string;
  bold: string;
}

/** The bytes of the two faces, read once per process. */
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

let files: FontFiles | undefined;
let bytes: FontBytes | undefined;
let coverage: Coverage | undefined;

/** The code points a brief can print as they are; any other is printed as its code point. */
export type Coverage = Pick<ReadonlySet<number>, "has">;

/** Resolves the Regular and Bold TrueType files of @expo-google-fonts/noto-sans-sc. */
export function fontFiles(): FontFiles {
  if (!files) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("@expo-google-fonts/noto-sans-sc/package.json"));
    files = {
      dir,
      regular: join(dir, "400Regular", "NotoSansSC_400Regular.ttf"),
      bold: join(dir, "700Bold", "NotoSansSC_700Bold.ttf"),
    };
  }
  return files;
}

/** Reads the two faces from the font package's folder, once: each is about 10 MB. */
export function fontBytes(): FontBytes {
  if (!bytes) {
    const { regular, bold } = fontFiles();
    bytes = { regular: readFileSync(regular), bold: readFileSync(bold) };
  }
  return bytes;
}

let reading: Promise<void> | undefined;

/**
 * Starts reading the two faces in the background, each in one read on libuv's thread pool, so that
 * a caller can go on with other work meanwhile; `fontBytes` then has them without reading. It never
 * rejects: a face that cannot be read this way is read again by `fontBytes`, which reports why.
 */
export function preloadFonts(): Promise<void> {
  if (bytes) return Promise.resolve();
  if (!reading) {
    const { regular, bold } = fontFiles();
    reading = Promise.all([readWhole(regular), readWhole(bold)]).then(
      ([r, b]) => {
        bytes ??= { regular: r, bold: b };
      },
      () => {
        reading = undefined;
      },
    );
  }
  return reading;
}

function readWhole(path: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let fd: number;
    let size: number;
    try {
      fd = openSync(path, "r");
      size = fstatSync(fd).size;
    } catch (error) {
      reject(error);
      return;
    }
    const buffer = Buffer.allocUnsafe(size);
    read(fd, buffer, 0, size, 0, (error, n) => {
      try {
        closeSync(fd);
      } catch {}
      if (error || n !== size) reject(error ?? new Error(`${path}: read ${n} of ${size} bytes`));
      else resolve(buffer);
    });
  });
}

/**
 * The code points both the Regular and the Bold face have glyphs for, each looked up in the two
 * cmaps the first time it is asked about, rather than listing the 30,000 code points of the fonts.
 */
export function fontCoverage(): Coverage {
  if (!coverage) {
    const regular = cmapLookup(fontBytes().regular);
    const bold = cmapLookup(fontBytes().bold);
    const known = new Map<number, boolean>();
    coverage = {
      has(c: number): boolean {
        let has = known.get(c);
        if (has === undefined) {
          has = regular(c) && bold(c);
          known.set(c, has);
        }
        return has;
      },
    };
  }
  return coverage;
}
