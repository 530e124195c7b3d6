import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { run } from "../src/run.ts";
import { memoryIo } from "./memory-io.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "accord-cli-"));

describe("run", () => {
  test("no arguments prints the help and exits 2", async () => {
    const m = memoryIo(scratch());
    expect(await run([], m.io)).toBe(2);
    expect(m.stdout()).toContain("Usage: accord <command> [options]");
  });

  test("each command's --help has a usage line and examples", async () => {
    for (const command of [
      "demo",
      "build",
      "ingest",
      "extract",
      "list",
      "show",
      "brief",
      "export",
      "import",
      "schema",
    ]) {
      const m = memoryIo(scratch());
      expect(await run([command, "--help"], m.io)).toBe(0);
      expect(m.stdout()).toMatch(new RegExp(`^Usage: accord ${command}`));
      expect(m.stdout()).toContain("Examples:");
    }
  });

  test("usage errors name the problem and exit 2", async () => {
    const m = memoryIo(scratch());
    expect(await run(["list", "cats"], m.io)).toBe(2);
    expect(m.stderr()).toBe(
      "error: list: say what to list: organizations, people, partnerships, documents, events (see 'accord list --help')\n",
    );
    const b = memoryIo(scratch());
    expect(await run(["brief", "pair", "HIT"], b.io)).toBe(2);
    expect(b.stderr()).toMatch(/^error: brief: say 'pair ORG ORG'/);
    const c = memoryIo(scratch());
    expect(await run(["list", "organizations", "--country", "China"], c.io)).toBe(2);
    expect(c.stderr()).toContain("--country takes a two-letter ISO code");
  });

  test("a snapshot that is not one is a one-line error naming the file", async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, "bad.json"), JSON.stringify({ format: "accord-knowledge-base", version: 1 }));
    const m = memoryIo(cwd);
    expect(await run(["show", "HIT", "--snapshot", "bad.json"], m.io)).toBe(1);
    expect(m.stderr()).toMatch(/^error: bad\.json is not an accord snapshot: documents: .*\n$/);
  });

  test("ingest, then show and list read the same store; --json prints data", async () => {
    const cwd = scratch();
    writeFileSync(
      join(cwd, "note.txt"),
      "Sample note.\n\nHarbin Institute of Technology (HIT) and Bauman Moscow State Technical University signed a cooperation agreement on 3 March 2022.\n",
    );
    const ingest = memoryIo(cwd);
    expect(await run(["ingest", "note.txt", "--json"], ingest.io)).toBe(0);
    expect(JSON.parse(ingest.stdout())).toMatchObject({ added: 1, failed: [] });
    const show = memoryIo(cwd);
    expect(await run(["show", "哈尔滨工业大学"], show.io)).toBe(0);
    expect(show.stdout()).toContain("Harbin Institute of Technology (HIT");
    expect(show.stdout()).toContain("3 March 2022  agreement (signed)");
    const list = memoryIo(cwd);
    expect(await run(["list", "partnerships", "--country", "RU", "--json"], list.io)).toBe(0);
    const partnerships = JSON.parse(list.stdout());
    expect(partnerships.map((p: { kind: string; date: unknown }) => [p.kind, p.date])).toEqual([
      ["agreement", { precision: "day", value: "2022-03-03" }],
    ]);
    const missing = memoryIo(cwd);
    expect(await run(["show", "Nowhere University"], missing.io)).toBe(1);
    expect(missing.stderr()).toBe(
      "error: no organization matches 'Nowhere University' (try 'accord list organizations')\n",
    );
  });

  test("list prints partnerships newest first, at most --limit of them, and says when there are more", async () => {
    const cwd = scratch();
    const lines = [
      "Harbin Institute of Technology and Bauman Moscow State Technical University signed a cooperation agreement on 3 March 2022.",
      "Harbin Institute of Technology and Tomsk State University signed a memorandum of understanding on 5 May 2019.",
      "Harbin Institute of Technology and Kazan Federal University signed a cooperation agreement on 7 July 2024.",
    ];
    for (const [i, line] of lines.entries()) writeFileSync(join(cwd, `n${i}.txt`), `Sample note ${i}.\n\n${line}\n`);
    expect(await run(["ingest", "n0.txt", "n1.txt", "n2.txt"], memoryIo(cwd).io)).toBe(0);
    for (const source of [[], ["--snapshot", "kb.json"]]) {
      if (source.length) expect(await run(["export", "--out", "kb.json"], memoryIo(cwd).io)).toBe(0);
      const all = memoryIo(cwd);
      expect(await run(["list", "partnerships", ...source], all.io)).toBe(0);
      expect(
        all
          .stdout()
          .split("\n")
          .map((l) => l.slice(0, 14)),
      ).toEqual(["7 July 2024  a", "3 March 2022  ", "5 May 2019  mo", ""]);
      expect(all.stderr()).toBe("");
      const one = memoryIo(cwd);
      expect(await run(["list", "partnerships", "--limit", "1", ...source], one.io)).toBe(0);
      expect(one.stdout()).toMatch(/^7 July 2024 {2}agreement \(signed\) {2}.*Kazan Federal University {2}1 source\n$/);
      expect(one.stderr()).toContain("--limit 0 all");
      const json = memoryIo(cwd);
      expect(await run(["list", "partnerships", "--json", "--limit", "2", ...source], json.io)).toBe(0);
      const items = JSON.parse(json.stdout()) as { evidence: unknown[] }[];
      expect(items).toHaveLength(2);
      expect(items.every((p) => p.evidence.length > 0)).toBe(true);
      const partners = memoryIo(cwd);
      expect(await run(["show", "HIT", "--limit", "2", ...source], partners.io)).toBe(0);
      expect(partners.stdout().match(/^ {2}\S.*\[RU\]$/gm)).toHaveLength(2);
      expect(partners.stderr()).toBe("(1 more partners; --limit N shows more, --limit 0 all)\n");
    }
    const bad = memoryIo(cwd);
    expect(await run(["list", "events", "--limit", "some"], bad.io)).toBe(2);
    expect(bad.stderr()).toContain("--limit takes a whole number");
  });
});
