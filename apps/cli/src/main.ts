#!/usr/bin/env node
import { run } from "./run.ts";

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
