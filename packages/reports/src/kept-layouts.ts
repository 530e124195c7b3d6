import { createHash } from "node:crypto";
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
  let path = { folder: undefined as string | undefined, file: undefined as string | undefined };
  const file = () => {
    if (path.folder !== folder)
      path = { folder, file: folder && key ? join(folder, `layouts-${key}-v${FORMAT}.json`) : undefined };
    return path.file;
  };
  const load = () => {
    const at = file();
    if (runs && from === at) return runs;
    runs = new Map();
    from = at;
    added = 0;
    if (at) for (const [text, run] of readRuns(at)) runs.set(text, run);
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
      const at = file();
      if (!at || from !== at || added === 0 || !runs) return;
      const temporary = `${at}.${process.pid}.tmp`;
      try {
        mkdirSync(folder as string, { recursive: true });
        const json = JSON.stringify([...runs]);
        writeFileSync(temporary, `${digest(json)}\n${json}`);
        renameSync(temporary, at);
        added = 0;
      } catch {
        // Under a file, or read-only: the folder is no place to keep them, and that is no failure.
        try {
          rmSync(temporary, { force: true });
        } catch {}
      }
    },
  };
  stores.add(store);
  return store;
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

// The file starts with the SHA-256 of the rest, so that a damaged or foreign file is told apart
// without checking every run in it (reading it is part of every cold brief).
function readRuns(path: string): [string, KeptRun][] {
  try {
    const text = readFileSync(path, "utf8");
    const newline = text.indexOf("\n");
    const json = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== digest(json)) return [];
    const entries = JSON.parse(json) as unknown;
    return Array.isArray(entries) && entries.every(isEntry) ? entries : [];
  } catch {
    return [];
  }
}

const isEntry = (x: unknown): x is [string, KeptRun] =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === "string" && typeof x[1] === "object" && x[1] !== null;
