#!/usr/bin/env node
import * as nodeModule from "node:module";

// Node 22.1+ keeps the code it compiles between runs (a brief loads some 200 modules); Node 20 has
// no such cache and runs as before. The cache is only a cache: a failure to open it is ignored.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import("./run.ts");

// A reader that stops early (`accord list … | head`) is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const chunks: Buffer[] = [];
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    if (chunks.length === 0) for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stderr.isTTY === true && process.env.NO_COLOR === undefined,
  now: () => performance.now(),
});
process.exitCode = code;
