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
const FORMAT = 2;

/**
 * The file's form of a run: its text, lookups, glyph ids, positions, and the index of its shape (features, script,
 * language, direction) in the file's list of shapes, since nearly every run of a face has the same one. Rows are
 * read as they are and made into runs only when asked for.
 */
type Row = [text: string, lookups: KeptRun["lookups"], ids: number[], positions: number[], shape: number];
type Shape = [features: KeptRun["features"], script: string, language: string | null, direction: string];
interface Kept {
  shapes: Shape[];
  rows: Map<string, Row>;
}

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
  let kept: Kept | undefined;
  let shapeIndex = new Map<string, number>();
  let from: string | undefined;
  let added = 0;
  let path = { folder: undefined as string | undefined, file: undefined as string | undefined };
  const file = () => {
    if (path.folder !== folder)
      path = { folder, file: folder && key ? join(folder, `layouts-${key}-v${FORMAT}.json`) : undefined };
    return path.file;
  };
  const load = (): Kept => {
    const at = file();
    if (kept && from === at) return kept;
    kept = (at && readKept(at)) || { shapes: [], rows: new Map() };
    shapeIndex = new Map(kept.shapes.map((shape, i) => [JSON.stringify(shape), i]));
    from = at;
    added = 0;
    return kept;
  };
  const store = {
    get(text: string): KeptRun | undefined {
      if (!file()) return undefined;
      const { rows, shapes } = load();
      const row = rows.get(text);
      const shape = row && shapes[row[4]];
      if (!row || !shape) return undefined;
      const [features, script, language, direction] = shape;
      return { lookups: row[1], ids: row[2], positions: row[3], features, script, language, direction };
    },
    put(text: string, run: KeptRun) {
      if (!file()) return;
      const { rows, shapes } = load();
      if (rows.size >= FILE_LIMIT) {
        rows.clear();
        added = 0;
      }
      const shape: Shape = [run.features, run.script, run.language, run.direction];
      const id = JSON.stringify(shape);
      let index = shapeIndex.get(id);
      if (index === undefined) {
        index = shapes.push(shape) - 1;
        shapeIndex.set(id, index);
      }
      rows.set(text, [text, run.lookups, run.ids, run.positions, index]);
      added++;
    },
    save() {
      const at = file();
      if (!at || from !== at || added === 0 || !kept) return;
      const temporary = `${at}.${process.pid}.tmp`;
      try {
        mkdirSync(folder as string, { recursive: true });
        const json = JSON.stringify({ shapes: kept.shapes, rows: [...kept.rows.values()] });
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
function readKept(path: string): Kept | undefined {
  try {
    const text = readFileSync(path, "utf8");
    const newline = text.indexOf("\n");
    const json = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== digest(json)) return undefined;
    const parsed = JSON.parse(json) as { shapes?: unknown; rows?: unknown };
    const { shapes, rows } = parsed;
    if (!Array.isArray(shapes) || !shapes.every(isShape) || !Array.isArray(rows) || !rows.every(isRow))
      return undefined;
    return { shapes, rows: new Map(rows.map((row) => [row[0], row])) };
  } catch {
    return undefined;
  }
}

const isShape = (x: unknown): x is Shape =>
  Array.isArray(x) && x.length === 4 && Array.isArray(x[0]) && typeof x[1] === "string" && typeof x[3] === "string";

const isRow = (x: unknown): x is Row =>
  Array.isArray(x) &&
  x.length === 5 &&
  typeof x[0] === "string" &&
  Array.isArray(x[1]) &&
  Array.isArray(x[2]) &&
  Array.isArray(x[3]) &&
  Number.isInteger(x[4]);
