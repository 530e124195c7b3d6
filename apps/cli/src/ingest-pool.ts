import { Worker } from "node:worker_threads";
import type { IngestTask, IngestTaskResult } from "./ingest-task.ts";
import type { IngestWorkerData, WorkerReply, WorkerRequest } from "./ingest-worker.ts";

/** How a pool of ingest workers is started. */
export interface IngestPoolOptions {
  size: number;
  /** The worker's script: the built `ingest-worker.js`, or a stand-in speaking its protocol. */
  script: URL;
  workerData: IngestWorkerData;
  /** A worker still reading one document after this long is stopped (reads time out on their own before). */
  readLimitMs: number;
  /** A worker extracting one document for longer than this is stopped and replaced. */
  extractLimitMs: number;
  /** Heap limit of each worker, in MB: a document that needs more is a reason. */
  heapMb?: number;
}

/** Worker threads that read and extract documents; a crash or an overrun is that document's reason. */
export interface IngestPool {
  /** Runs one document on the next free worker. */
  run(task: IngestTask): Promise<IngestTaskResult>;
  /** Stops every worker. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  task: IngestTask;
  resolve: (result: IngestTaskResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | undefined;
  retired: boolean;
}

/** Starts `size` workers and waits until each has loaded its gazetteer; one that cannot is the pool's error. */
export async function startIngestPool(options: IngestPoolOptions): Promise<IngestPool> {
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let fatal: Error | null = null;
  let nextId = 1;

  const fail = (error: Error) => {
    fatal ??= error;
    for (const job of queue.splice(0)) job.reject(error);
    for (const slot of slots) {
      slot.job?.reject(error);
      retire(slot);
    }
  };

  const retire = (slot: Slot) => {
    slot.retired = true;
    clearTimeout(slot.timer);
    slots.delete(slot);
    void slot.worker.terminate();
  };

  const arm = (slot: Slot, ms: number, reason: string) => {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      const job = slot.job;
      retire(slot);
      job?.resolve({ ok: false, reason });
      if (!fatal) spawn().catch(fail);
    }, ms);
  };

  const dispatch = (slot: Slot) => {
    const job = queue.shift();
    if (!job) return;
    slot.job = job;
    arm(slot, options.readLimitMs, `reading took longer than ${seconds(options.readLimitMs)}`);
    slot.worker.postMessage({ id: job.id, task: job.task } satisfies WorkerRequest);
  };

  const spawn = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(options.script, {
        workerData: options.workerData,
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 2048 },
        stdout: true,
        stderr: true,
      });
      // stdout carries only the command's result: whatever a worker prints is dropped.
      worker.stdout.resume();
      worker.stderr.resume();
      const slot: Slot = { worker, job: null, timer: undefined, retired: false };
      let started = false;
      let lastError: Error | undefined;
      worker.on("message", (reply: WorkerReply) => {
        if (slot.retired) return;
        if (reply.type === "ready") {
          started = true;
          slots.add(slot);
          resolve();
          dispatch(slot);
        } else if (reply.type === "init-failed") {
          const error = new Error(reply.message);
          error.name = reply.name;
          retire(slot);
          reject(error);
        } else if (reply.type === "extracting" && slot.job?.id === reply.id) {
          arm(slot, options.extractLimitMs, `extraction took longer than ${seconds(options.extractLimitMs)}`);
        } else if (reply.type === "done" && slot.job?.id === reply.id) {
          const job = slot.job;
          slot.job = null;
          clearTimeout(slot.timer);
          job.resolve(reply.result);
          dispatch(slot);
        }
      });
      worker.on("error", (error) => {
        lastError = error;
      });
      worker.on("exit", (code) => {
        if (slot.retired) return;
        const job = slot.job;
        retire(slot);
        if (!started) {
          reject(new Error(`an ingest worker stopped while starting: ${lastError?.message ?? `exit code ${code}`}`));
          return;
        }
        job?.resolve({ ok: false, reason: crashReason(lastError, code) });
        if (!fatal) spawn().catch(fail);
      });
    });

  try {
    await Promise.all(Array.from({ length: Math.max(1, options.size) }, spawn));
  } catch (error) {
    fail(error as Error);
    throw error;
  }

  return {
    run(task) {
      if (fatal) return Promise.reject(fatal);
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        for (const slot of slots) if (slot.job === null && queue.length > 0) dispatch(slot);
      });
    },
    async close() {
      fatal ??= new Error("the ingest pool is closed");
      const workers = [...slots].map((s) => s.worker);
      for (const slot of [...slots]) retire(slot);
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function crashReason(error: Error | undefined, code: number): string {
  if ((error as { code?: string } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY")
    return "extraction ran out of memory";
  const message = (error?.message.split("\n")[0] ?? "").trim();
  return `the extractor crashed: ${message || `exit code ${code}`}`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
