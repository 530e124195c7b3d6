import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { DocumentFacts } from "@accord/domain";
import { readGazetteer } from "@accord/ingest";
import { openStore, type SaveResult, type Store } from "@accord/store";
import { describe, expect, test } from "vitest";
import { ingestFiles, MIN_FILES_FOR_WORKERS } from "../src/ingest-files.ts";
import { startIngestPool } from "../src/ingest-pool.ts";
import type { Io } from "../src/io.ts";
import { run } from "../src/run.ts";

const FAKE_WORKER = new URL("./fixtures/fake-ingest-worker.mjs", import.meta.url);

function quietIo(cwd: string): Io {
  return {
    stdout: () => {},
    stderr: () => {},
    readStdin: async () => new Uint8Array(),
    cwd,
    env: {},
    isTTY: false,
    now: () => 0,
  };
}

function corpus(count: number, special: Record<number, string> = {}): { cwd: string; files: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), "accord-ingest-files-"));
  mkdirSync(join(cwd, "in"));
  const files = Array.from({ length: count }, (_, i) => {
    const file = join(cwd, "in", `${String(i).padStart(4, "0")}.txt`);
    writeFileSync(file, special[i] ?? `Item ${i}: a note about nothing in particular, number ${i}.\n`);
    return file;
  });
  return { cwd, files };
}

// A store that only counts, and checks at every save how far ingest has read into the file list.
function countingStore(
  onSave: (facts: DocumentFacts) => void,
): Store & { saved: DocumentFacts[]; packedAfter: number[] } {
  const saved: DocumentFacts[] = [];
  // How many documents were saved when the facets were packed, at each call.
  const packedAfter: number[] = [];
  const fail = () => Promise.reject(new Error("not used"));
  return {
    saved,
    packedAfter,
    dialect: "sqlite",
    hasDocument: fail,
    async saveDocument(facts): Promise<SaveResult> {
      onSave(facts);
      saved.push(facts);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { status: "added", storyId: `story:${facts.document.id.slice(0, 16)}` as SaveResult["storyId"] };
    },
    async saveDocuments(list): Promise<SaveResult[]> {
      const results: SaveResult[] = [];
      for (const facts of list) results.push(await this.saveDocument(facts));
      return results;
    },
    snapshot: fail,
    snapshotOf: fail,
    heads: fail,
    entities: fail,
    facets: fail,
    scanFacets: fail,
    organizationFacets: fail,
    newest: fail,
    headsOf: fail,
    organizationsNamed: fail,
    referringTo: fail,
    importSnapshot: fail,
    listDocuments: fail,
    counts: fail,
    async packFacets() {
      packedAfter.push(saved.length);
      return { packed: true, partnerships: 0, events: 0, bytes: 1 };
    },
    close: async () => {},
  };
}

function watchedList(files: string[]): { list: string[]; furthest: () => number } {
  let furthest = -1;
  const list = new Proxy(files, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) furthest = Math.max(furthest, Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, furthest: () => furthest };
}

describe("ingestFiles with workers", () => {
  test("a crash, an endless extraction and a stuck read are each one document's reason; the rest is saved", async () => {
    // More files than the workers' depth and two batches hold, so that an unbounded read would show.
    const count = MIN_FILES_FOR_WORKERS + 900;
    const { cwd, files } = corpus(count, { 7: "CRASH", 30: "HANG", 55: "STUCK" });
    const { list, furthest } = watchedList(files);
    const workers = 2;
    let worstLead = 0;
    const store = countingStore(() => {
      worstLead = Math.max(worstLead, furthest() + 1 - store.saved.length);
    });
    let gazetteerLoads = 0;
    const summary = await ingestFiles(
      quietIo(cwd),
      store,
      () => {
        gazetteerLoads++;
        return readGazetteer();
      },
      list,
      // Limits far above what a crash takes to be seen, so that a loaded machine does not mistake one for the other.
      { workers, workerScript: FAKE_WORKER, extractTimeoutMs: 6000, timeoutMs: 500 },
    );
    expect(summary.failed.map((f) => f.file).sort()).toEqual(
      ["0007", "0030", "0055"].map((n) => join("in", `${n}.txt`)),
    );
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.file, f.reason]));
    expect(reasons[join("in", "0007.txt")]).toBe("the extractor crashed: boom");
    expect(reasons[join("in", "0030.txt")]).toBe("extraction took longer than 6 s");
    expect(reasons[join("in", "0055.txt")]).toBe("reading took longer than 1 s");
    expect(summary.added).toBe(count - 3);
    // In the files' order, whichever worker finished first.
    const failed = new Set(summary.failed.map((f) => f.file));
    expect(summary.documents.map((d) => d.file)).toEqual(
      files.map((f) => relative(cwd, f)).filter((f) => !failed.has(f)),
    );
    expect(summary.documents.map((d) => d.id)).toEqual(store.saved.map((f) => f.document.id));
    // The facets are packed once, after the last document.
    expect(store.packedAfter).toEqual([store.saved.length]);
    // Never more than 16 documents a worker and two batches of 256 (one being written, the next filling) between
    // the file list and the store (the store does not see the three that failed, so they count too); without the
    // bound the list would be read to its end.
    expect(worstLead).toBeGreaterThan(0);
    expect(worstLead).toBeLessThanOrEqual(16 * workers + 2 * 256 + 3);
    expect(16 * workers + 256 + 3).toBeLessThan(count);
    expect(gazetteerLoads).toBe(0);
  }, 60_000);

  test("a worker that cannot load the gazetteer fails the run with the gazetteer's error", async () => {
    const { cwd, files } = corpus(MIN_FILES_FOR_WORKERS);
    const store = countingStore(() => {});
    const running = ingestFiles(quietIo(cwd), store, readGazetteer, files, {
      workers: 2,
      workerScript: FAKE_WORKER,
      gazetteerFiles: ["broken.json"],
    });
    await expect(running).rejects.toMatchObject({ name: "GazetteerError", message: "broken.json: not valid JSON" });
    expect(store.saved).toEqual([]);
  });

  test("fewer files than it takes to pay for workers are read in this thread, with the gazetteer passed", async () => {
    const { cwd, files } = corpus(3, {
      1: "Harbin Institute of Technology and Bauman Moscow State Technical University signed an agreement on 3 March 2022.",
    });
    const store = await openStore(join(cwd, "kb.db"));
    let gazetteerLoads = 0;
    const summary = await ingestFiles(
      quietIo(cwd),
      store,
      () => {
        gazetteerLoads++;
        return readGazetteer();
      },
      files,
      { workers: 4, workerScript: FAKE_WORKER },
    );
    const counts = await store.counts();
    // Ingest left the facets packed as they now are.
    const pack = await store.packFacets();
    await store.close();
    expect(pack).toMatchObject({ packed: false, partnerships: counts.partnerships, events: counts.events });
    expect(gazetteerLoads).toBe(1);
    expect(summary.added).toBe(3);
    expect(summary.documents.map((d) => d.file)).toEqual(["0000", "0001", "0002"].map((n) => join("in", `${n}.txt`)));
    expect(counts.partnerships).toBeGreaterThan(0);
  }, 30_000);
});

describe("startIngestPool", () => {
  test("a document done while this thread was busy past its deadline keeps its result", async () => {
    const { files } = corpus(1);
    const pool = await startIngestPool({
      size: 1,
      script: FAKE_WORKER,
      workerData: { gazetteerFiles: [] },
      readLimitMs: 50,
      extractLimitMs: 50,
    });
    try {
      // Held in a setImmediate callback: after it, expired timers are run before the replies waiting are read.
      await new Promise((resolve) => setImmediate(resolve));
      const running = pool.run({ origin: "file:0000.txt", file: files[0] as string });
      // The worker reads, extracts and replies while this thread is held well past both limits; when it is let go,
      // the expired deadline and the waiting reply are both there to be handled.
      const until = Date.now() + 600;
      while (Date.now() < until);
      const result = await running;
      expect(result).toMatchObject({ ok: true });
    } finally {
      await pool.close();
    }
  });
});

describe("accord ingest --workers", () => {
  test("takes a whole number from 1", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "accord-ingest-workers-"));
    const err: string[] = [];
    const io = { ...quietIo(cwd), stderr: (t: string) => err.push(t) };
    expect(await run(["ingest", "x.txt", "--workers", "0"], io)).toBe(2);
    expect(err.join("")).toBe("error: ingest: --workers takes a whole number from 1, not '0'\n");
  });
});
