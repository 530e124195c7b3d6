import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KnowledgeBase } from "@accord/domain";
import { expect, test } from "vitest";
import { accord, scratch } from "./helpers.ts";

test("a 2 MB line with no sentence end is stored with its facts, each quoted in at most 2,000 characters", async () => {
  const cwd = scratch("long-line");
  const filler = "lorem ipsum dolor ".repeat(60_000);
  const fact = "Harbin Institute of Technology signed an agreement with Bauman Moscow State Technical University";
  writeFileSync(join(cwd, "line.txt"), `${filler}${fact} ${filler}`);
  const ingested = await accord(["ingest", "line.txt", "--db", "kb.db", "--json"], { cwd });
  expect(ingested.code, ingested.stderr).toBe(0);
  const exported = await accord(["export", "--db", "kb.db", "--out", "kb.json"], { cwd });
  expect(exported.code, exported.stderr).toBe(0);
  const kb = KnowledgeBase.parse(JSON.parse(readFileSync(join(cwd, "kb.json"), "utf8")));
  expect(kb.partnerships).toHaveLength(1);
  const evidence = [...kb.organizations, ...kb.partnerships, ...kb.events].flatMap((e) => e.evidence);
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    expect(e.sentence.length).toBeLessThanOrEqual(2000);
    expect(e.end - e.start).toBe(e.sentence.length);
  }
  expect(evidence.some((e) => e.sentence.includes(fact))).toBe(true);
}, 120_000);

test("a 2 MB run of letters with no space is cut into sentences and read in one pass", async () => {
  const cwd = scratch("long-run");
  const run = "x".repeat(1024 * 1024);
  const fact = "Harbin Institute of Technology signed an agreement with Bauman Moscow State Technical University";
  writeFileSync(join(cwd, "run.txt"), `${run} ${fact} ${run}`);
  const ingested = await accord(["ingest", "run.txt", "--db", "kb.db", "--json"], { cwd });
  expect(ingested.code, ingested.stderr).toBe(0);
  const listed = await accord(["list", "partnerships", "--db", "kb.db", "--json"], { cwd });
  expect(listed.code, listed.stderr).toBe(0);
  expect(JSON.parse(listed.stdout)).toHaveLength(1);
}, 60_000);
