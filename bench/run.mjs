// Entry of `pnpm bench [extract|brief|ingest]`: checks the built packages, runs the benchmarks, updates RESULTS.md.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./common.mjs";

const which = process.argv.slice(2).filter((a) => a !== "--");
const known = ["extract", "brief", "ingest"];
const selected = which.length ? which : known;
for (const w of selected) {
  if (!known.includes(w)) {
    process.stderr.write(`unknown benchmark "${w}"; use one of: ${known.join(", ")}\n`);
    process.exit(2);
  }
}

const built = [
  "packages/domain/dist/index.js",
  "packages/ingest/dist/index.js",
  "packages/reports/dist/index.js",
  "apps/cli/dist/main.js",
  "apps/cli/dist/ingest-worker.js",
];
if (!built.every((f) => existsSync(join(ROOT, f)))) {
  process.stderr.write("building @accord/cli and its dependencies...\n");
  execFileSync("pnpm", ["exec", "turbo", "run", "build", "--filter", "@accord/cli..."], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

const command = `pnpm bench${which.length ? ` ${which.join(" ")}` : ""}`;
if (selected.includes("extract")) {
  const { benchExtract } = await import("./bench-extract.mjs");
  benchExtract(command);
}
if (selected.includes("brief")) {
  const { benchBrief } = await import("./bench-brief.mjs");
  await benchBrief(command);
}
if (selected.includes("ingest")) {
  const { benchIngest } = await import("./bench-ingest.mjs");
  await benchIngest(command);
}
process.stderr.write("wrote bench/RESULTS.md\n");
