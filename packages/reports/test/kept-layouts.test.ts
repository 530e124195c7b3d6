import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import type { BriefRequest } from "../src/index.ts";
import { type KeptRun, keepLayouts, keptLayouts, saveKeptLayouts } from "../src/kept-layouts.ts";
import { fixtureKnowledgeBase } from "./fixtures/knowledge-base.ts";
import { sha256 } from "./pdf-tools.ts";

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "accord-kept-layouts-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  keepLayouts(undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const RUN: KeptRun = {
  lookups: [[36, [65]]],
  ids: [36],
  positions: [600, 0, 0, 0],
  features: [["kern", true]],
  script: "latn",
  language: null,
  direction: "ltr",
};

test("a run put in one store is read by the next one from the folder, and only there", () => {
  const dir = folder();
  keepLayouts(dir);
  keptLayouts("face").put("A", RUN);
  saveKeptLayouts();
  expect(keptLayouts("face").get("A")).toEqual(RUN);
  expect(keptLayouts("other face").get("A")).toBeUndefined();
  keepLayouts(undefined);
  expect(keptLayouts("face").get("A")).toBeUndefined();
});

test("a file holds the shape all its runs share once", () => {
  const dir = folder();
  keepLayouts(dir);
  const other: KeptRun = { ...RUN, ids: [37], lookups: [[37, [66]]], script: "cyrl" };
  const store = keptLayouts("face");
  store.put("A", RUN);
  store.put("B", { ...RUN, ids: [38], lookups: [[38, [67]]] });
  store.put("Ж", other);
  saveKeptLayouts();
  const [file] = readdirSync(dir);
  const text = readFileSync(join(dir, file as string), "utf8");
  expect(text.split('"kern"').length - 1).toBe(2);
  expect(keptLayouts("face").get("B")).toEqual({ ...RUN, ids: [38], lookups: [[38, [67]]] });
  expect(keptLayouts("face").get("Ж")).toEqual(other);
});

test("a damaged or foreign file is ignored", () => {
  const dir = folder();
  keepLayouts(dir);
  keptLayouts("face").put("A", RUN);
  saveKeptLayouts();
  const [file] = readdirSync(dir);
  const path = join(dir, file as string);
  writeFileSync(path, readFileSync(path, "utf8").slice(0, -5));
  expect(keptLayouts("face").get("A")).toBeUndefined();
  writeFileSync(path, JSON.stringify([["A", { ...RUN, ids: ["36"] }]]));
  expect(keptLayouts("face").get("A")).toBeUndefined();
});

test("a folder that cannot be made costs nothing but the keeping", () => {
  const file = join(folder(), "a file");
  writeFileSync(file, "");
  keepLayouts(join(file, "layouts"));
  keptLayouts("face").put("A", RUN);
  expect(() => saveKeptLayouts()).not.toThrow();
  expect(keptLayouts("face").get("A")).toBeUndefined();
});

// Each fresh import of the package stands for a new process: new font objects, nothing shaped yet.
async function freshPdf(request: BriefRequest, dir: string | undefined): Promise<string> {
  vi.resetModules();
  const reports = await import("../src/index.ts");
  reports.keepLayouts(dir);
  const result = await reports.renderBrief(fixtureKnowledgeBase(), request, { format: "pdf" });
  if (!result.ok) throw new Error(result.reason);
  return sha256(result.bytes);
}

test("a brief from kept layouts has the bytes of one shaped afresh, whatever was kept before", async () => {
  const dir = folder();
  const pair: BriefRequest = { kind: "pair", organizations: ["SRUT", "БГИУ"] };
  const countries: BriefRequest = { kind: "countries", countries: ["CN", "RU"] };
  const expected = { pair: await freshPdf(pair, undefined), countries: await freshPdf(countries, undefined) };
  expect(await freshPdf(pair, dir)).toBe(expected.pair);
  expect(readdirSync(dir).length).toBe(2);
  // Some words kept, others not: the countries brief mixes kept and new runs.
  expect(await freshPdf(countries, dir)).toBe(expected.countries);
  expect(await freshPdf(countries, dir)).toBe(expected.countries);
  expect(await freshPdf(pair, dir)).toBe(expected.pair);
}, 60_000);
