#!/usr/bin/env node
// pnpm fuzz [--count N] [--seconds S] [--seed X] [--limit S] [--jobs N] [--only I] [--save DIR] [--json]
// Feeds generated hostile inputs to the built @accord/ingest in child processes and counts what became of each.
import { fork } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateInput } from "./generate-input.mjs";
import { formatSummary, summarize } from "./summarize.mjs";

const HELP = `Usage: pnpm fuzz [options]

Generates hostile documents (random bytes under every extension, broken PDFs and DOCX, zip bombs,
HTML nested 100,000 deep, 10 MB lines, bad encodings, control and bidi characters, huge names),
reads and extracts each with the built @accord/ingest in a child process, and prints what became
of them. Exit code 1 when any input crashed the process, threw, or hung.

Options:
  --count N     inputs to try (default 1000)
  --seconds S   stop starting new inputs after S seconds
  --seed X      the run's seed (default 1); input I of seed X is always the same bytes
  --limit S     per-document time limit in seconds (default 60): the reader is given half of it
                as its own timeout; a document with no result within S seconds is a hang
  --jobs N      child processes working at once (default 1)
  --only I,J    run only these inputs (to reproduce a failure)
  --save DIR    write the inputs that crashed or hung into DIR
  --json        print the summary as JSON instead of a table

Example:
  pnpm fuzz --count 10000 --seed 2024`;

const PROGRESS_EVERY = 500;
const CHILD = fileURLToPath(new URL("fuzz-child.mjs", import.meta.url));
const INGEST = fileURLToPath(new URL("../../packages/ingest/dist/index.js", import.meta.url));

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    seconds: { type: "string" },
    seed: { type: "string", default: "1" },
    limit: { type: "string", default: "60" },
    jobs: { type: "string", default: "1" },
    only: { type: "string" },
    save: { type: "string" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const number = (name, min) => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < min) {
    console.error(`error: --${name} takes a number of at least ${min}, not '${values[name]}'`);
    process.exit(2);
  }
  return n;
};
if (!existsSync(INGEST)) {
  console.error(`error: build @accord/ingest first (${INGEST} is missing): pnpm build`);
  process.exit(2);
}

const seed = values.seed;
const limitMs = number("limit", 0.01) * 1000;
const deadline = values.seconds === undefined ? Number.POSITIVE_INFINITY : Date.now() + number("seconds", 0) * 1000;
const indices = values.only === undefined ? null : values.only.split(",").map(Number);
if (indices?.some((i) => !Number.isInteger(i) || i < 0)) {
  console.error(`error: --only takes input numbers separated by commas, not '${values.only}'`);
  process.exit(2);
}
const count = indices ? indices.length : Math.floor(number("count", 0));
const jobs = Math.min(Math.floor(number("jobs", 1)), Math.max(count, 1));

const results = [];
const started = Date.now();
let next = 0;
const takeIndex = () => {
  if (Date.now() > deadline) return null;
  if (indices) return next < indices.length ? indices[next++] : null;
  return next < count ? next++ : null;
};

await Promise.all(Array.from({ length: jobs }, () => work()));

const summary = summarize(results, { seed, limitMs, seconds: (Date.now() - started) / 1000 });
if (values.save) saveFailures(values.save, summary.failures);
console.log(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
process.exitCode = summary.crashes + summary.hangs > 0 ? 1 : 0;

// One slot: a child process that takes inputs one after another and is replaced when it dies or hangs.
async function work() {
  let child = null;
  for (let index = takeIndex(); index !== null; index = takeIndex()) {
    child ??= await startChild();
    const result = await runOne(child, index);
    results.push(result);
    if (results.length % PROGRESS_EVERY === 0)
      process.stderr.write(`fuzz: ${results.length}/${count} inputs, ${Math.round((Date.now() - started) / 1000)} s\n`);
    if (result.outcome !== "stored" && result.outcome !== "rejected")
      process.stderr.write(
        `fuzz: input ${index} (${result.kind}, ${result.name}): ${result.outcome}: ${result.message ?? result.reason}\n`,
      );
    if (result.outcome === "crash" || result.outcome === "hang") child = null;
  }
  child?.process.kill();
}

function startChild() {
  return new Promise((resolve, reject) => {
    const proc = fork(CHILD, [], { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" });
    const child = { process: proc, stderr: "", listener: null };
    proc.stderr.on("data", (chunk) => {
      child.stderr = (child.stderr + chunk).slice(-2000);
    });
    proc.on("message", (message) => {
      if (message.type === "ready") resolve(child);
      else child.listener?.(message);
    });
    proc.on("exit", (code, signal) => child.listener?.({ type: "exit", code, signal }));
    proc.on("error", reject);
  });
}

function runOne(child, index) {
  return new Promise((resolve) => {
    let input = { kind: "?", name: "?", size: 0 };
    let timer = null;
    let begin = Date.now();
    const finish = (result) => {
      clearTimeout(timer);
      child.listener = null;
      resolve({ index, ...input, ms: Date.now() - begin, ...result });
    };
    child.listener = (message) => {
      if (message.type === "started") {
        input = { kind: message.kind, name: message.name.slice(0, 80), size: message.size };
        begin = Date.now();
        timer = setTimeout(() => {
          child.listener = null;
          child.process.kill("SIGKILL");
          finish({ outcome: "hang", reason: `hang: no result within ${limitMs / 1000} s` });
        }, limitMs);
      } else if (message.type === "done") {
        finish(message);
      } else if (message.type === "exit") {
        const how = message.signal ? `signal ${message.signal}` : `exit code ${message.code}`;
        const lastLine = child.stderr.trim().split("\n").filter(Boolean).slice(-3).join(" | ").slice(0, 300);
        finish({ outcome: "crash", message: `process died (${how})${lastLine ? `: ${lastLine}` : ""}` });
      }
    };
    child.process.send({ seed, index, timeoutMs: Math.max(1, Math.round(limitMs / 2)) });
  });
}

function saveFailures(dir, failures) {
  mkdirSync(dir, { recursive: true });
  for (const failure of failures) {
    const { name, bytes } = generateInput(seed, failure.index);
    writeFileSync(join(dir, `${failure.index}-${name.slice(0, 60).replace(/[^\w.-]/g, "_")}`), bytes);
  }
}
