import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A shaped run as kept between processes. Besides the glyph ids and positions of the run, it holds the
 * glyphs fontkit looked up while shaping, in order, each with the code points it was first asked for:
 * fontkit keeps one glyph object per id with the code points of its first lookup (pdfkit writes them
 * into the PDF's text map), so a kept run replays those lookups and leaves the font as shaping would.
 */
export interface KeptRun {
  lookups: [id: number, codePoints: number[]][];
  ids: number[];
  /** xAdvance, yAdvance, xOffset and yOffset of each glyph, one after the other. */
  positions: number[];
  features: [tag: string, on: boolean][];
  script: string;
  language: string | null;
  direction: string;
}

/** The kept runs of one face, read from its file the first time they are asked for. */
export interface KeptLayouts {
  get(text: string): KeptRun | undefined;
  put(text: string, run: KeptRun): void;
}

// Reading the file is part of every cold brief, so it stays small: past this, it starts over.
const FILE_LIMIT = 10_000;
const FORMAT = 1;

let folder: string | undefined;
const stores = new Set<{ save(): void }>();

/**
 * Keeps the shaped runs of the brief fonts in `dir` (one file per face, named after the face, its
 * checksum and the fontkit version), so that a new process does not shape the same words again;
 * `undefined` stops keeping them. A missing, unreadable or foreign file only means shaping afresh.
 */
export function keepLayouts(dir: string | undefined): void {
  folder = dir;
}

/** Writes what was shaped since the files were read; a failure to write is ignored. */
export function saveKeptLayouts(): void {
  for (const store of stores) store.save();
}

/** The kept runs of a face; `key` names the face, its file and the shaping code exactly. */
export function keptLayouts(key: string | undefined): KeptLayouts {
  let runs: Map<string, KeptRun> | undefined;
  let from: string | undefined;
  let added = 0;
  const file = () => (folder && key ? join(folder, `layouts-${key}-v${FORMAT}.json`) : undefined);
  const load = () => {
    const path = file();
    if (runs && from === path) return runs;
    runs = new Map();
    from = path;
    added = 0;
    if (path) {
      try {
        const entries = JSON.parse(readFileSync(path, "utf8")) as unknown;
        if (Array.isArray(entries))
          for (const entry of entries)
            if (Array.isArray(entry) && typeof entry[0] === "string" && isKeptRun(entry[1]))
              runs.set(entry[0], entry[1]);
      } catch {}
    }
    return runs;
  };
  const store = {
    get: (text: string) => (file() ? load().get(text) : undefined),
    put(text: string, run: KeptRun) {
      if (!file()) return;
      const map = load();
      if (map.size >= FILE_LIMIT) {
        map.clear();
        added = 0;
      }
      map.set(text, run);
      added++;
    },
    save() {
      const path = file();
      if (!path || from !== path || added === 0 || !runs) return;
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(folder as string, { recursive: true });
        writeFileSync(temporary, JSON.stringify([...runs]));
        renameSync(temporary, path);
        added = 0;
      } catch {
        rmSync(temporary, { force: true });
      }
    },
  };
  stores.add(store);
  return store;
}

const isInt = (x: unknown) => Number.isInteger(x);
const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === "number");

// A file another version wrote, or a damaged one, must never reach fontkit: every field is checked.
function isKeptRun(x: unknown): x is KeptRun {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    Array.isArray(r.lookups) &&
    r.lookups.every((l) => Array.isArray(l) && l.length === 2 && isInt(l[0]) && isNumbers(l[1]) && l[1].every(isInt)) &&
    isNumbers(r.ids) &&
    r.ids.every(isInt) &&
    isNumbers(r.positions) &&
    r.positions.length === r.ids.length * 4 &&
    Array.isArray(r.features) &&
    r.features.every((f) => Array.isArray(f) && typeof f[0] === "string" && typeof f[1] === "boolean") &&
    typeof r.script === "string" &&
    (r.language === null || typeof r.language === "string") &&
    typeof r.direction === "string"
  );
}
