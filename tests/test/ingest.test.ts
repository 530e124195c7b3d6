import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KnowledgeBase } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { accord, HAS_SHARED, SHARED, scratch } from "./helpers.ts";

describe.skipIf(!HAS_SHARED)("ingest of the shared corpus", () => {
  test("a second run adds nothing; export validates; import into a new store exports the same snapshot", async () => {
    const cwd = scratch("corpus");
    const corpus = join(SHARED, "corpus");
    const first = await accord(["ingest", corpus, "--json"], { cwd });
    expect(first.code, first.stderr).toBe(0);
    const firstSummary = JSON.parse(first.stdout);
    const documents = ["seeds", "dev"].flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith(".txt")));
    expect(firstSummary.added + firstSummary.nearDuplicates).toBe(documents.length);
    const second = await accord(["ingest", corpus, "--json"], { cwd });
    const summary = JSON.parse(second.stdout);
    expect(summary.added).toBe(0);
    expect(summary.unchanged).toBe(firstSummary.documents.length);
    expect(summary.failed).toEqual([]);

    const exported = await accord(["export", "--out", "kb.json"], { cwd });
    expect(exported.code, exported.stderr).toBe(0);
    const kb = KnowledgeBase.parse(JSON.parse(readFileSync(join(cwd, "kb.json"), "utf8")));
    expect(kb.documents).toHaveLength(firstSummary.documents.length);
    const imported = await accord(["import", "kb.json", "--db", "copy.db"], { cwd });
    expect(imported.code, imported.stderr).toBe(0);
    const again = await accord(["export", "--db", "copy.db"], { cwd });
    expect(again.stdout).toBe(readFileSync(join(cwd, "kb.json"), "utf8"));
  }, 180_000);

  test("after the seeds, the HIT × BMSTU brief names the 2011 alliance, the 2020 programme and agreement, citing seeds 001 and 002", async () => {
    const cwd = scratch("seeds");
    expect((await accord(["ingest", join(SHARED, "corpus", "seeds")], { cwd })).code).toBe(0);
    const md = await accord(["brief", "pair", "HIT", "BMSTU", "--format", "md", "--out", "brief.md"], { cwd });
    expect(md.code, md.stderr).toBe(0);
    const text = readFileSync(join(cwd, "brief.md"), "utf8");
    expect(text).toMatch(/2011[^\n]*alliance|alliance[^\n]*2011/i);
    expect(text).toMatch(/2020[^\n]*(programme|program)|(programme|program)[^\n]*2020/i);
    expect(text).toMatch(/September 2020[^\n]*agreement|agreement[^\n]*September 2020/i);
    expect(text).toMatch(/001\\?_4188d3336599e5fb\.txt/);
    expect(text).toMatch(/002\\?_c092e9798ce303d3\.txt/);
  }, 180_000);
});

describe("bad input", () => {
  test("a truncated PDF, an empty file, random bytes as .html and a 200 MB text each get a reason; the rest is stored; exit 1", async () => {
    const cwd = scratch("bad");
    const dir = join(cwd, "inbox");
    const { mkdirSync, truncateSync } = await import("node:fs");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "good.txt"),
      "Volga Polytechnic University and Amur River University signed an agreement on 3 March 2022.\n",
    );
    writeFileSync(
      join(dir, "truncated.pdf"),
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa",
    );
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "noise.html"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(dir, "huge.txt"), "");
    truncateSync(join(dir, "huge.txt"), 200 * 1024 * 1024);
    const r = await accord(["ingest", dir, "--json"], { cwd });
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.added).toBe(1);
    const reasons = Object.fromEntries(summary.failed.map((f: { file: string; reason: string }) => [f.file, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      "inbox/empty.txt",
      "inbox/huge.txt",
      "inbox/noise.html",
      "inbox/truncated.pdf",
    ]);
    expect(reasons["inbox/huge.txt"]).toMatch(/over the 50 MB limit/);
    expect(reasons["inbox/empty.txt"]).toMatch(/empty/);
    for (const reason of Object.values(reasons)) expect(String(reason)).not.toContain("\n");
    const list = await accord(["list", "documents", "--json"], { cwd });
    expect(JSON.parse(list.stdout).map((d: { origin: string }) => d.origin)).toEqual(["inbox/good.txt"]);
  }, 180_000);
});
