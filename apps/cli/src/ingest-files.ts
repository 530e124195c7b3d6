import { existsSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentFacts } from "@accord/domain";
import type { Gazetteer } from "@accord/ingest";
import type { SaveStatus, Store, StoryKeys } from "@accord/store";
import { startIngestPool } from "./ingest-pool.ts";
import { type IngestTask, type IngestTaskResult, readAndExtract } from "./ingest-task.ts";
import type { Io } from "./io.ts";
import { Progress } from "./progress.ts";

export { toSourceDocument } from "./ingest-task.ts";

/** What one run of ingest did. */
export interface IngestSummary {
  added: number;
  unchanged: number;
  replaced: number;
  nearDuplicates: number;
  failed: { file: string; reason: string }[];
  documents: { file: string; status: SaveStatus; id: string; storyId: string }[];
}

/** Options of one ingest run. */
export interface IngestOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** Worker threads that read and extract; 1 (the default) does both in this thread. */
  workers?: number;
  /** The user's gazetteer files, which workers load with the shipped ones: the same gazetteer as the one passed. */
  gazetteerFiles?: readonly string[];
  /** A worker extracting one document for longer than this is stopped and replaced (default 30 s). */
  extractTimeoutMs?: number;
  /** The worker script; the built `ingest-worker.js` beside this file unless given. */
  workerScript?: URL;
}

/** Below this many documents, starting workers (each loads the gazetteer) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 100;
const DEFAULT_EXTRACT_TIMEOUT_MS = 30_000;
const DEFAULT_READ_TIMEOUT_MS = 20_000;
// A read times out on its own; twice its limit only catches a worker stuck in synchronous parsing.
const READ_LIMIT_FACTOR = 2;

/**
 * Reads, extracts and stores each file, up to 256 documents a transaction; a bad file is a reason, never a stop.
 * With `workers` > 1 and enough files, worker threads read and extract while this thread alone writes, in order
 * of completion, holding at most 16 documents a worker (8 handed to it, 8 done and waiting) and two batches (one
 * being written, the next filling), then packs the facets again if a document changed them (`Store.packFacets`).
 * `gazetteer` may be a function, called only when this thread extracts.
 */
export async function ingestFiles(
  io: Io,
  store: Store,
  gazetteer: Gazetteer | (() => Gazetteer),
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, replaced: 0, nearDuplicates: 0, failed: [], documents: [] };
  const progress = new Progress(io, files.length, "ingest");
  const batch = new SaveBatch(io, store, summary, progress);
  const record = async (task: IngestTask, result: IngestTaskResult) => {
    if (result.ok) await batch.add(task.origin, result.facts, result.storyKeys);
    else {
      summary.failed.push({ file: task.origin, reason: result.reason });
      progress.tick();
    }
  };
  const tasks = taskIterator(io, files);
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const script = options.workerScript ?? builtWorkerScript();
  if (workers > 1 && files.length >= MIN_FILES_FOR_WORKERS && script) {
    await ingestInWorkers(tasks, record, { ...options, workers, script });
  } else {
    const index = typeof gazetteer === "function" ? gazetteer() : gazetteer;
    for await (const task of tasks) await record(task, await readAndExtract(index, task, options));
  }
  await batch.flush();
  // What counting reads of every partnership and event, packed again if a document changed it.
  await store.packFacets();
  progress.finish();
  return summary;
}

async function ingestInWorkers(
  tasks: AsyncIterable<IngestTask>,
  record: (task: IngestTask, result: IngestTaskResult) => Promise<void>,
  options: IngestOptions & { workers: number; script: URL },
): Promise<void> {
  const pool = await startIngestPool({
    size: options.workers,
    script: options.script,
    workerData: {
      gazetteerFiles: [...(options.gazetteerFiles ?? [])],
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    },
    readLimitMs: (options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS) * READ_LIMIT_FACTOR,
    extractLimitMs: options.extractTimeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS,
    depth: WORKER_DEPTH,
  });
  try {
    // Results are recorded in the files' order, whichever worker finishes first: which of two near-duplicates is
    // the story's first, and so what is stored, is then the same with any number of workers.
    const limit = 2 * WORKER_DEPTH * options.workers;
    const completed = new Map<number, { task: IngestTask; result: IngestTaskResult }>();
    let failure: Error | null = null;
    let wake: (() => void) | null = null;
    let sent = 0;
    let recorded = 0;
    const iterator = tasks[Symbol.asyncIterator]();
    let exhausted = false;
    for (;;) {
      while (!exhausted && sent - recorded < limit) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const task = next.value;
        const position = sent++;
        pool
          .run(task)
          .then(
            (result) => completed.set(position, { task, result }),
            (error: Error) => {
              failure ??= error;
            },
          )
          .finally(() => wake?.());
      }
      if (failure) throw failure;
      if (exhausted && recorded === sent) break;
      const item = completed.get(recorded);
      if (!item) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        continue;
      }
      completed.delete(recorded);
      await record(item.task, item.result);
      recorded++;
    }
  } finally {
    await pool.close();
  }
}

async function* taskIterator(io: Io, files: readonly string[]): AsyncGenerator<IngestTask> {
  for (const file of files) {
    const origin = file === "-" ? "stdin" : relative(io.cwd, file) || file;
    yield file === "-" ? { origin, name: "stdin.txt", bytes: await io.readStdin() } : { origin, file };
  }
}

// Documents are saved in batches, one transaction each, and every document of a batch is stored or (after a
// crash) absent, never in part. A commit writes every page the batch changed once: the index pages and the heads
// of the organizations most documents name change in nearly every document, so a large batch writes far less
// (5,000 generated documents: 256 a batch took a fifth less time than 32, and half the system time).
const BATCH_DOCUMENTS = 256;
// Documents handed to each worker at once, so that workers go on extracting while this thread writes a batch.
const WORKER_DEPTH = 8;
// A batch waits at most this long for more documents, so that a slow trickle of files is still saved as it comes.
const BATCH_MS = 3000;

// The next batch fills while one is written: the store lets the event loop run between documents, so workers are
// handed files and their results are queued meanwhile, and with one thread the next files are read (their reads
// wait on the disk, not on this thread) and extracted. Reading waits only when the next batch is full before the
// previous one is written, when writing is what limits the pace.
type Pending = { origin: string; facts: DocumentFacts; storyKeys: StoryKeys | undefined };

class SaveBatch {
  readonly #io: Io;
  readonly #store: Store;
  readonly #summary: IngestSummary;
  readonly #progress: Progress;
  #pending: Pending[] = [];
  #since = 0;
  #saving: Promise<void> = Promise.resolve();

  constructor(io: Io, store: Store, summary: IngestSummary, progress: Progress) {
    this.#io = io;
    this.#store = store;
    this.#summary = summary;
    this.#progress = progress;
  }

  /** Queues one document, and starts saving the batch when it is full or its first document has waited long enough. */
  async add(origin: string, facts: DocumentFacts, storyKeys?: StoryKeys): Promise<void> {
    if (this.#pending.length === 0) this.#since = this.#io.now();
    this.#pending.push({ origin, facts, storyKeys });
    if (this.#pending.length >= BATCH_DOCUMENTS || this.#io.now() - this.#since >= BATCH_MS) await this.#startSaving();
  }

  /** Saves what is queued, and returns once every batch is stored (or throws what failed). */
  async flush(): Promise<void> {
    await this.#startSaving();
    await this.#saving;
  }

  // Waits for the batch being written (rethrowing its failure), then starts writing the queued one.
  async #startSaving(): Promise<void> {
    await this.#saving;
    const pending = this.#pending;
    if (pending.length === 0) return;
    this.#pending = [];
    const saving = this.#save(pending);
    // Its failure reaches whoever waits for it next; until then it is no unhandled rejection.
    saving.catch(() => undefined);
    this.#saving = saving;
  }

  async #save(pending: readonly Pending[]): Promise<void> {
    const results = await this.#store.saveDocuments(
      pending.map((p) => p.facts),
      pending.map((p) => p.storyKeys),
    );
    const summary = this.#summary;
    pending.forEach(({ origin, facts }, i) => {
      const saved = results[i] as (typeof results)[number];
      if (saved.status === "added") summary.added++;
      else if (saved.status === "unchanged") summary.unchanged++;
      else if (saved.status === "replaced") summary.replaced++;
      else summary.nearDuplicates++;
      summary.documents.push({ file: origin, status: saved.status, id: facts.document.id, storyId: saved.storyId });
      this.#progress.tick();
    });
  }
}

// From dist the worker is the built file beside this one; from source (tests) there is none and ingest stays here.
function builtWorkerScript(): URL | undefined {
  const url = new URL("./ingest-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}
