import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SourceDocument } from "@accord/domain";
import { expect, test } from "vitest";
import { accord, scratch } from "./helpers.ts";

const Sqlite = createRequire(new URL("../../packages/store/package.json", import.meta.url))("better-sqlite3") as new (
  path: string,
  options: { readonly: boolean },
) => { prepare(sql: string): { get(): unknown }; close(): void };

function storedCount(db: string): number {
  const raw = new Sqlite(db, { readonly: true });
  try {
    return (raw.prepare("select count(*) as n from documents").get() as { n: number }).n;
  } finally {
    raw.close();
  }
}

const FOLDERS = ["a", "b", "c", "d"];
const PER_FOLDER = 60;

function writeNotes(root: string): string[] {
  const left = ["Harbin Institute of Technology", "Tomsk Polytechnic University", "Tsinghua University"];
  const right = ["Bauman Moscow State Technical University", "Saint Petersburg State University"];
  const origins: string[] = [];
  FOLDERS.forEach((folder, f) => {
    mkdirSync(join(root, folder), { recursive: true });
    for (let i = 0; i < PER_FOLDER; i++) {
      const n = f * PER_FOLDER + i;
      writeFileSync(
        join(root, folder, `note-${n}.txt`),
        `Note ${n}\n\n${left[n % left.length]} and ${right[n % right.length]} signed agreement number ${n} on ${1 + (n % 28)} May ${2001 + (n % 24)}.\n`,
      );
      origins.push(`inbox/${folder}/note-${n}.txt`);
    }
  });
  return origins;
}

test("four ingests of overlapping folders and two brief renders at once on one store: every document once, no lock error", async () => {
  const cwd = scratch("concurrency");
  const origins = writeNotes(join(cwd, "inbox"));
  mkdirSync(join(cwd, "seed"));
  writeFileSync(
    join(cwd, "seed", "visit.txt"),
    "Visit\n\nOn 3 March 2021 Harbin Institute of Technology (HIT) and Bauman Moscow State Technical University (BMSTU) signed an agreement on a joint programme in robotics.\n",
  );
  const seeded = await accord(["ingest", "seed", "--db", "shared.db"], { cwd });
  expect(seeded.code, seeded.stderr).toBe(0);

  // Each folder is given to two of the four ingests, so every file is raced for by two processes.
  const ingests = FOLDERS.map((folder, i) =>
    accord(["ingest", `inbox/${folder}`, `inbox/${FOLDERS[(i + 1) % FOLDERS.length]}`, "--db", "shared.db", "--json"], {
      cwd,
    }),
  );
  // The briefs start once the ingests are writing, so they read while others write.
  const deadline = Date.now() + 60_000;
  while (storedCount(join(cwd, "shared.db")) < 20 && Date.now() < deadline) await sleep(20);
  const briefs = [
    accord(["brief", "pair", "HIT", "BMSTU", "--db", "shared.db", "--out", "pair.pdf"], { cwd }),
    accord(["brief", "countries", "CN", "RU", "--db", "shared.db", "--format", "md", "--out", "countries.md"], { cwd }),
  ];
  const results = await Promise.all([...ingests, ...briefs]);
  for (const r of results) {
    expect(r.stderr).not.toMatch(/locked|busy/i);
    expect(r.code, r.stderr).toBe(0);
  }
  const summaries = results
    .slice(0, FOLDERS.length)
    .map(
      (r) => JSON.parse(r.stdout) as { added: number; unchanged: number; nearDuplicates: number; failed: unknown[] },
    );
  for (const s of summaries) expect(s.failed).toEqual([]);
  // Each file is added by exactly one of the two ingests that read it; the other finds it unchanged.
  expect(summaries.reduce((sum, s) => sum + s.added + s.nearDuplicates, 0)).toBe(origins.length);
  expect(summaries.reduce((sum, s) => sum + s.unchanged, 0)).toBe(origins.length);

  const list = await accord(["list", "documents", "--db", "shared.db", "--json"], { cwd });
  expect(list.code, list.stderr).toBe(0);
  const documents = (JSON.parse(list.stdout) as unknown[]).map((d) =>
    SourceDocument.pick({ id: true, origin: true }).parse(d),
  );
  expect(documents.map((d) => d.origin).sort()).toEqual([...origins, "seed/visit.txt"].sort());
  expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);

  expect(readFileSync(join(cwd, "pair.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  expect(statSync(join(cwd, "countries.md")).size).toBeGreaterThan(0);
}, 180_000);
