#!/usr/bin/env node
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import * as nodeModule from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

type Run = typeof import("./run.ts").run;

// Node 22.1+ keeps the code it compiles between runs (a brief loads some 200 modules); Node 20 has
// no such cache and runs as before. The cache is only a cache: a failure to open it is ignored.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// The commands that run from a bundle (scripts/bundle-commands.mjs), and which.
const BUNDLES = new Map([
  ["brief", "brief"],
  ["show", "query"],
  ["list", "query"],
]);

/**
 * A command from its bundle (dist/brief.cjs, dist/query.cjs): the command and all it loads in one file with V8's
 * code for it, while every file bundled in it is as it was. A cold command then spends its time working rather
 * than resolving, reading and compiling modules. Anything amiss (no bundle, a changed file, a cache V8 rejects)
 * only means the slower way: the modules, or compiling afresh.
 */
function commandBundle(name: string): Run | undefined {
  try {
    const filename = fileURLToPath(new URL(`./${name}.cjs`, import.meta.url));
    const dir = dirname(filename);
    const { inputs } = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as {
      inputs: [file: string, size: number, by: "mtime" | "sha256", value: number | string][];
    };
    for (const [file, size, by, value] of inputs) {
      const path = join(dir, file);
      if (by === "mtime") {
        const stat = statSync(path);
        if (stat.size !== size || stat.mtimeMs !== value) return undefined;
      } else {
        const bytes = readFileSync(path);
        if (bytes.length !== size || createHash("sha256").update(bytes).digest("hex") !== value) return undefined;
      }
    }
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(`${filename}.cache`);
    } catch {}
    const script = new Script(readFileSync(filename, "utf8"), { filename, ...(cachedData ? { cachedData } : {}) });
    const module = { exports: {} as { run?: Run } };
    // The one module a bundle may import (the store, outside the brief bundle), as this file would.
    const importModule = (specifier: string) => import(specifier);
    script.runInThisContext()(module.exports, nodeModule.createRequire(filename), module, filename, dir, importModule);
    return module.exports.run;
  } catch {
    return undefined;
  }
}

const argv = process.argv.slice(2);
let bundle = BUNDLES.get(argv.find((a) => a !== "--debug") ?? "");
// A brief from a database loads the store too: its bundle holds it, while one from a snapshot file skips it.
if (bundle === "brief" && !argv.some((a) => a === "--snapshot" || a.startsWith("--snapshot="))) bundle = "brief-db";
const run = (bundle ? commandBundle(bundle) : undefined) ?? (await import("./run.ts")).run;

// A reader that stops early (`accord list … | head`) is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const chunks: Buffer[] = [];
const code = await run(argv, {
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
