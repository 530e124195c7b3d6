// One `accord` command run again and again in one process (the built CLI's `run`, as main.js calls it), each run
// opening the store afresh: what a command costs once Node and the modules are loaded, as in an app that keeps
// them. Prints {"runs": [ms, ...]} as JSON; the first run (loading and compiling) is left out.
// Usage: node bench/query-warm.mjs RUNS ARG...
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./common.mjs";

const [count, ...argv] = process.argv.slice(2);
const { run } = await import(pathToFileURL(join(ROOT, "apps", "cli", "dist", "run.js")).href);
const io = {
  stdout: () => {},
  stderr: () => {},
  readStdin: async () => new Uint8Array(),
  cwd: process.cwd(),
  env: {},
  isTTY: false,
  now: () => performance.now(),
};
const runs = [];
for (let i = 0; i <= Number(count); i++) {
  const started = performance.now();
  const code = await run(argv, io);
  if (code !== 0) throw new Error(`accord ${argv.join(" ")} exited ${code}`);
  if (i > 0) runs.push(performance.now() - started);
}
process.stdout.write(`${JSON.stringify({ runs })}\n`);
