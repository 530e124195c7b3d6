import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openStore } from "../src/index.ts";
import { BACKENDS } from "./helpers/backends.ts";
import { generateDocuments } from "./helpers/generate.ts";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const CHILD = fileURLToPath(new URL("fixtures/save-documents.mjs", import.meta.url));

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: string[];
  stderr: string;
}

// Runs the child that saves documents through the built store; `killAfter` lines of output, it is SIGKILLed.
function saveInChild(location: string, file: string, options: { reverse?: boolean; killAfter?: number } = {}) {
  const child = spawn(process.execPath, [CHILD, location, file, ...(options.reverse ? ["reverse"] : [])], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise<Outcome>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.killAfter !== undefined && stdout.split("\n").length > options.killAfter) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code, signal, lines: stdout.split("\n").filter((l) => l.length > 0), stderr }),
    );
  });
}

let scratch: string;

beforeAll(() => {
  // Node 20 cannot run TypeScript, so the children import the built package (turbo builds it before this test).
  if (!existsSync(join(PACKAGE, "dist", "index.js")))
    throw new Error("build @accord/store first: pnpm turbo run build --filter @accord/store");
  scratch = mkdtempSync(join(tmpdir(), "accord-store-processes-"));
}, 180_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.each(BACKENDS)("processes writing to a store on $name", (backend) => {
  test("a writer killed mid-way leaves a sound store that a second run completes", async () => {
    const count = 1000;
    const documents = generateDocuments(count, 7);
    const file = join(scratch, `crash-${backend.name}.json`);
    writeFileSync(file, JSON.stringify(documents));
    const { location, cleanup } = await backend.fresh();
    try {
      const killed = await saveInChild(location, file, { killAfter: count / 2 });
      expect(killed.signal).toBe("SIGKILL");
      expect(killed.lines.length).toBeGreaterThanOrEqual(count / 2);
      expect(killed.lines.length).toBeLessThan(count);
      if (backend.name === "sqlite") {
        const raw = new SqliteDatabase(location);
        try {
          expect(raw.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
          expect(raw.pragma("foreign_key_check")).toEqual([]);
        } finally {
          raw.close();
        }
      }
      const store = await openStore(location);
      try {
        const before = (await store.counts()).documents;
        expect(before).toBeGreaterThanOrEqual(killed.lines.length);
        const statuses = [];
        for (const facts of documents) statuses.push((await store.saveDocument(facts)).status);
        expect(statuses.filter((s) => s === "unchanged")).toHaveLength(before);
        expect(statuses.filter((s) => s === "added")).toHaveLength(count - before);
        const listed = await store.listDocuments();
        expect(new Set(listed.map((d) => d.id)).size).toBe(count);
        expect(listed.map((d) => d.id).sort()).toEqual(documents.map((d) => d.document.id).sort());
        const kb = await store.snapshot();
        expect(kb.organizations).toHaveLength(1);
        expect(kb.organizations[0]?.evidence).toHaveLength(count);
      } finally {
        await store.close();
      }
    } finally {
      await cleanup();
    }
  }, 180_000);

  test("two writers saving the same documents at once store each once, without errors", async () => {
    const count = 200;
    const documents = generateDocuments(count, 11);
    const file = join(scratch, `concurrent-${backend.name}.json`);
    writeFileSync(file, JSON.stringify(documents));
    const { location, cleanup } = await backend.fresh();
    try {
      const [a, b] = await Promise.all([saveInChild(location, file), saveInChild(location, file, { reverse: true })]);
      for (const outcome of [a, b]) {
        expect(outcome.stderr).toBe("");
        expect(outcome.code).toBe(0);
        expect(outcome.lines).toHaveLength(count);
      }
      // Each document is added by exactly one of the two writers; the other finds it unchanged.
      const added = [...a.lines, ...b.lines].filter((l) => l.endsWith(" added"));
      expect(added).toHaveLength(count);
      const store = await openStore(location);
      try {
        expect((await store.counts()).documents).toBe(count);
        const listed = await store.listDocuments();
        expect(new Set(listed.map((d) => d.id)).size).toBe(count);
      } finally {
        await store.close();
      }
    } finally {
      await cleanup();
    }
  }, 180_000);
});
