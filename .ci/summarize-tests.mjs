#!/usr/bin/env node
// Prints one closing line for all the packages' vitest runs: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const folders = ["packages/domain", "packages/ingest", "packages/store", "packages/reports", "apps/cli", "tests"];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const folder of folders) {
  const file = join(root, folder, ".vitest-report.json");
  if (!existsSync(file)) {
    console.error(`no test report in ${folder}`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 ? 1 : 0;
