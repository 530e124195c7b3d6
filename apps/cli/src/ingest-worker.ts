// The entry of one ingest worker thread: loads the gazetteer once, then reads and extracts one document a message.
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { readGazetteer } from "@accord/ingest";
import { type IngestTask, type IngestTaskResult, readAndExtract } from "./ingest-task.ts";

/** What a worker is started with. */
export interface IngestWorkerData {
  /** The user's gazetteer files, loaded before the shipped ones. */
  gazetteerFiles: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
}

/** A document for the worker. */
export interface WorkerRequest {
  id: number;
  task: IngestTask;
}

/** What a worker tells: ready (or why not), that reading is over, and the result. */
export type WorkerReply =
  | { type: "ready" }
  | { type: "init-failed"; name: string; message: string }
  | { type: "extracting"; id: number }
  | { type: "done"; id: number; result: IngestTaskResult };

function serve(port: MessagePort, data: IngestWorkerData): void {
  const post = (reply: WorkerReply) => port.postMessage(reply);
  let gazetteer: ReturnType<typeof readGazetteer>;
  try {
    gazetteer = readGazetteer(data.gazetteerFiles);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: "init-failed", name: e.name, message: e.message });
    return;
  }
  const limits = {
    ...(data.maxBytes ? { maxBytes: data.maxBytes } : {}),
    ...(data.timeoutMs ? { timeoutMs: data.timeoutMs } : {}),
  };
  // Documents are handled one at a time in the order they came: the pool may send the next before this one is done.
  let previous = Promise.resolve();
  port.on("message", ({ id, task }: WorkerRequest) => {
    previous = previous.then(async () => {
      const result = await readAndExtract(gazetteer, task, {
        ...limits,
        onExtracting: () => post({ type: "extracting", id }),
      });
      post({ type: "done", id, result });
    });
  });
  post({ type: "ready" });
}

if (parentPort) serve(parentPort, workerData as IngestWorkerData);
