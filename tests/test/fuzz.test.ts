import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const HARNESS = fileURLToPath(new URL("../fuzz/run-fuzz.mjs", import.meta.url));

interface FuzzSummary {
  inputs: number;
  stored: number;
  rejected: number;
  crashes: number;
  hangs: number;
  byKind: Record<string, { inputs: number }>;
  reasons: Record<string, number>;
  failures: { index: number; kind: string; outcome: string; detail: string }[];
}

function fuzz(args: readonly string[]): Promise<{ code: number | null; summary: FuzzSummary; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARNESS, ...args, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (c) => {
      stdout += c;
    });
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        resolve({ code, summary: JSON.parse(stdout) as FuzzSummary, stderr });
      } catch {
        reject(new Error(`the harness printed no summary (exit code ${code}): ${stderr}`));
      }
    });
  });
}

// Every kind comes once in the first inputs (zip bombs, 100,000-deep HTML, 10 MB lines among them), then by weight.
// The limit is generous because CI runs the other suites at the same time; a loop that never ends still trips it.
test("200 seeded hostile inputs: each stored or refused with one reason, no crash, no hang", async () => {
  const { code, summary, stderr } = await fuzz(["--count", "200", "--seed", "7", "--jobs", "2", "--limit", "120"]);
  expect(summary.failures, stderr).toEqual([]);
  expect(summary.crashes).toBe(0);
  expect(summary.hangs).toBe(0);
  expect(code).toBe(0);
  expect(summary.inputs).toBe(200);
  expect(summary.stored + summary.rejected).toBe(200);
  expect(Object.keys(summary.byKind).length).toBeGreaterThanOrEqual(17);
  expect(summary.stored).toBeGreaterThan(20);
  expect(summary.rejected).toBeGreaterThan(20);
  expect(Object.keys(summary.reasons)).toContain("DOCX inflates to over N MB (a zip bomb?)");
}, 300_000);

test("an input over the time limit is stopped, counted as a hang and reported as a reason", async () => {
  // Input 10 is a 10 MB line whatever the seed (the first pass gives each kind once); it takes far more than 50 ms.
  const { code, summary } = await fuzz(["--only", "10", "--seed", "1", "--limit", "0.05"]);
  expect(code).toBe(1);
  expect(summary.hangs).toBe(1);
  expect(summary.failures).toMatchObject([{ index: 10, kind: "ten-mb-line", outcome: "hang" }]);
  expect(summary.reasons).toEqual({ "hang: no result within N s": 1 });
}, 60_000);

test("reasons for broken PDFs and DOCX come from a short list and quote none of the input's bytes", async () => {
  // Inputs of seed 2026 whose reader errors quoted the input: a bad zip signature, a central directory
  // with no records, pdf.js objects with stray characters, XRef entries.
  const only = "142,253,54,326,478,699,75,212";
  const { summary } = await fuzz(["--only", only, "--seed", "2026", "--limit", "120"]);
  expect(summary.rejected).toBe(8);
  expect(summary.reasons).toEqual({
    "corrupt DOCX: broken zip archive": 2,
    "corrupt DOCX: unexpected document structure": 1,
    "corrupt PDF: broken cross-reference table": 2,
    "corrupt PDF: broken object syntax": 2,
    "corrupt PDF: broken page tree": 1,
  });
}, 120_000);
