import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { SourceDocument } from "@accord/domain";
import { expect, test } from "vitest";
import { accord, CLI, scratch } from "./helpers.ts";

// better-sqlite3 is the store's own dependency; the test opens the file with it, as another program would.
const Sqlite = createRequire(new URL("../../packages/store/package.json", import.meta.url))("better-sqlite3") as new (
  path: string,
  options?: { readonly?: boolean; fileMustExist?: boolean },
) => { pragma(sql: string): unknown; prepare(sql: string): { get(): unknown; all(): unknown[] }; close(): void };

// Ingest saves up to 256 documents a transaction, so each killed run below stores one batch or two: 12 kills take
// at most 12 × 512 of the 6,400 documents, and the last run still has files left when it is killed.
const DOCUMENTS = 6400;
const KILLS = 12;
// A batch of these small notes takes about a second to read and save; a kill falls at a seeded moment of the next.
const MAX_DELAY_MS = 900;

/** Small notes, each a different text naming two universities. */
function writeNotes(dir: string, count: number): string[] {
  const left = [
    "Harbin Institute of Technology",
    "Tomsk Polytechnic University",
    "Tsinghua University",
    "Fudan University",
  ];
  const right = [
    "Bauman Moscow State Technical University",
    "Saint Petersburg State University",
    "Kazan Federal University",
  ];
  mkdirSync(dir);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `note-${String(i).padStart(4, "0")}.txt`;
    writeFileSync(
      join(dir, name),
      `Note ${i}\n\n${left[i % left.length]} and ${right[i % right.length]} signed agreement number ${i} on ${1 + (i % 28)} March ${2000 + (i % 25)}.\n`,
    );
    names.push(name);
  }
  return names;
}

/** A seeded generator (mulberry32), so the kill moments are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function storedOrigins(db: string): string[] {
  if (!existsSync(db)) return [];
  try {
    const raw = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare("select origin from documents").all() as { origin: string }[]).map((r) => r.origin);
    } finally {
      raw.close();
    }
  } catch {
    return []; // not yet created or not yet migrated
  }
}

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const raw = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare("select count(*) as n from documents").get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0;
  }
}

/** Starts `accord ingest FILES`, and SIGKILLs it `delayMs` after the store first holds `target` documents. */
function ingestUntilKilled(cwd: string, files: readonly string[], target: number, delayMs: number) {
  // One thread: workers would each build the gazetteer again at every restart, and they never write to the store.
  const child = spawn(process.execPath, [CLI, "ingest", ...files, "--db", "x.db", "--workers", "1"], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd },
    stdio: "ignore",
  });
  return new Promise<{ signal: NodeJS.Signals | null; code: number | null; storedAtKill: number }>((resolve) => {
    let storedAtKill = -1;
    const poll = setInterval(() => {
      const n = storedCount(join(cwd, "x.db"));
      if (n >= target && storedAtKill < 0) {
        storedAtKill = n;
        clearInterval(poll);
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    }, 20);
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, storedAtKill });
    });
  });
}

test(`ingest SIGKILLed at ${KILLS} seeded moments of a ${DOCUMENTS}-document run: a sound store each time, every document once at the end`, async () => {
  const cwd = scratch("crash");
  const names = writeNotes(join(cwd, "inbox"), DOCUMENTS);
  const next = random(20_26);
  const kills: { delayMs: number; storedAtKill: number; after: number }[] = [];
  const all = names.map((n) => `inbox/${n}`);
  for (let k = 0; k < KILLS; k++) {
    // Each restart is given the files not stored yet: a rerun on the whole folder re-reads every stored file first,
    // which many times over would make this test take minutes; the last run below does take the whole folder.
    const stored = new Set(storedOrigins(join(cwd, "x.db")));
    const rest = all.filter((f) => !stored.has(f));
    // The kill comes after this run's first commit, so it falls among reads and writes, not during startup.
    const delayMs = Math.floor(next() * MAX_DELAY_MS);
    const outcome = await ingestUntilKilled(cwd, rest, stored.size + 1, delayMs);
    const db = new Sqlite(join(cwd, "x.db"));
    try {
      expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
      expect(db.pragma("foreign_key_check")).toEqual([]);
    } finally {
      db.close();
    }
    const after = storedCount(join(cwd, "x.db"));
    kills.push({ delayMs, storedAtKill: outcome.storedAtKill, after });
    // A run that got to the end before the kill is no kill; with files left for more batches it should not happen.
    expect(outcome.signal, JSON.stringify(kills)).toBe("SIGKILL");
    expect(after).toBeGreaterThanOrEqual(outcome.storedAtKill);
  }
  const counts = kills.map((k) => k.after);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));

  const resumed = await accord(["ingest", "inbox", "--db", "x.db", "--json"], { cwd });
  expect(resumed.code, resumed.stderr).toBe(0);
  const summary = JSON.parse(resumed.stdout) as { added: number; unchanged: number; failed: unknown[] };
  expect(summary.failed).toEqual([]);
  expect(summary.unchanged).toBe(counts.at(-1));
  expect(summary.added + summary.unchanged).toBe(DOCUMENTS);

  const list = await accord(["list", "documents", "--db", "x.db", "--json"], { cwd });
  expect(list.code, list.stderr).toBe(0);
  const documents = (JSON.parse(list.stdout) as unknown[]).map((d) =>
    SourceDocument.pick({ id: true, origin: true }).parse(d),
  );
  expect(documents.map((d) => d.origin).sort()).toEqual(names.map((n) => `inbox/${n}`));
  expect(new Set(documents.map((d) => d.id)).size).toBe(DOCUMENTS);
  // The figures the README's reliability section quotes.
  console.info(
    `kill test: ${DOCUMENTS} documents, ${kills.length} SIGKILLs at ${counts.join(", ")} stored; integrity ok after each; resumed run added ${summary.added}, found ${summary.unchanged} unchanged`,
  );
}, 300_000);
