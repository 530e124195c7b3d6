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
  /**
   * Documents handed to a worker at once (1 by default): it works through them in order, so it is not left idle
   * while this thread is busy writing. Only the first is running; the others go to another worker if it stops.
   */
  depth?: number;
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
  /** The job running first, then those waiting in the worker, in order. */
  jobs: Job[];
  timer: NodeJS.Timeout | undefined;
  retired: boolean;
}

/** Starts `size` workers and waits until each has loaded its gazetteer; one that cannot is the pool's error. */
export async function startIngestPool(options: IngestPoolOptions): Promise<IngestPool> {
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let fatal: Error | null = null;
  let nextId = 1;
  const depth = Math.max(1, Math.floor(options.depth ?? 1));

  const fail = (error: Error) => {
    fatal ??= error;
    for (const job of queue.splice(0)) job.reject(error);
    for (const slot of slots) {
      for (const job of slot.jobs.splice(0)) job.reject(error);
      retire(slot);
    }
  };

  const disarm = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.timer = undefined;
  };

  const retire = (slot: Slot) => {
    slot.retired = true;
    disarm(slot);
    slots.delete(slot);
    void slot.worker.terminate();
  };

  // A stopped worker's running job gets the reason; the ones waiting behind it go back to the front of the queue.
  const stop = (slot: Slot, result: IngestTaskResult) => {
    const [running, ...waiting] = slot.jobs.splice(0);
    retire(slot);
    running?.resolve(result);
    queue.unshift(...waiting);
    if (!fatal) spawn().catch(fail);
  };

  // A deadline that passes while this thread was busy is judged only after the replies and the exit already waiting
  // have been handled (setImmediate runs after them): a document that was done, or a worker that had crashed, in time
  // keeps its own result.
  const arm = (slot: Slot, ms: number, reason: string) => {
    disarm(slot);
    const timer = setTimeout(() => {
      setImmediate(() => {
        if (!slot.retired && slot.timer === timer) stop(slot, { ok: false, reason });
      });
    }, ms);
    slot.timer = timer;
  };
  const armRead = (slot: Slot) =>
    arm(slot, options.readLimitMs, `reading took longer than ${seconds(options.readLimitMs)}`);

  const dispatch = (slot: Slot) => {
    while (slot.jobs.length < depth) {
      const job = queue.shift();
      if (!job) return;
      slot.jobs.push(job);
      if (slot.jobs.length === 1) armRead(slot);
      slot.worker.postMessage({ id: job.id, task: job.task } satisfies WorkerRequest);
    }
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
      const slot: Slot = { worker, jobs: [], timer: undefined, retired: false };
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
        } else if (reply.type === "extracting" && slot.jobs[0]?.id === reply.id) {
          arm(slot, options.extractLimitMs, `extraction took longer than ${seconds(options.extractLimitMs)}`);
        } else if (reply.type === "done") {
          const at = slot.jobs.findIndex((j) => j.id === reply.id);
          if (at < 0) return;
          const [job] = slot.jobs.splice(at, 1);
          job?.resolve(reply.result);
          // The worker goes on with the next job it holds as soon as it is done with one.
          if (at === 0) {
            disarm(slot);
            if (slot.jobs.length > 0) armRead(slot);
          }
          dispatch(slot);
        }
      });
      worker.on("error", (error) => {
        lastError = error;
      });
      worker.on("exit", (code) => {
        if (slot.retired) return;
        if (!started) {
          retire(slot);
          reject(new Error(`an ingest worker stopped while starting: ${lastError?.message ?? `exit code ${code}`}`));
          return;
        }
        stop(slot, { ok: false, reason: crashReason(lastError, code) });
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
        for (const slot of slots) if (slot.jobs.length < depth && queue.length > 0) dispatch(slot);
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
