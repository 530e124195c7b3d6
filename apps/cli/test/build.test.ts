import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_TEMPLATE_DIR } from "@accord/reports";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { buildConfigJsonSchema } from "../src/config/build-config.ts";
import { run } from "../src/run.ts";
import { memoryIo } from "./memory-io.ts";

async function accord(cwd: string, ...argv: string[]) {
  const m = memoryIo(cwd);
  const code = await run(argv, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

const HIT_BMSTU =
  "Sample note.\n\nHarbin Institute of Technology (HIT) and Bauman Moscow State Technical University signed a cooperation agreement on 3 March 2022.\n";
const TPU_DLUT =
  "Sample note.\n\nTomsk Polytechnic University and Dalian University of Technology signed a memorandum of understanding on 14 May 2021.\n";
const HIT_BMSTU_LAB =
  "Sample note.\n\nHarbin Institute of Technology and Bauman Moscow State Technical University opened a joint laboratory of robotics on 9 September 2023.\n";

const CONFIG = {
  sources: ["docs"],
  briefs: [
    { kind: "pair", organizations: ["HIT", "BMSTU"], out: "pair.md" },
    { kind: "org", organization: "Tomsk Polytechnic University", out: "tpu.md" },
    { kind: "countries", countries: ["cn", "ru"], from: "2020", out: "cn-ru.pdf" },
  ],
};

/** A project folder with two documents and a config, as a user would lay it out. */
function project(config: unknown = CONFIG, name = "accord.config.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "accord-build-"));
  mkdirSync(join(dir, "docs"));
  writeFileSync(join(dir, "docs", "hit-bmstu.txt"), HIT_BMSTU);
  writeFileSync(join(dir, "docs", "tpu-dlut.txt"), TPU_DLUT);
  writeFileSync(join(dir, name), name.endsWith(".json") ? JSON.stringify(config, null, 2) : stringify(config));
  return dir;
}

const mtimes = (dir: string, files: string[]) => files.map((f) => statSync(join(dir, "briefs", f)).mtimeMs);

describe("accord build", () => {
  test("builds every brief and the manifest; a second build rewrites nothing and --check passes", async () => {
    const dir = project();
    const first = await accord(dir, "build");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      [
        "ingested: added 2, unchanged 0, replaced 0, near-duplicates 0, failed 0",
        "wrote     briefs/pair.md",
        "wrote     briefs/tpu.md",
        "wrote     briefs/cn-ru.pdf",
        "wrote     briefs/accord-manifest.json",
        "",
      ].join("\n"),
    );
    expect(readFileSync(join(dir, "briefs", "pair.md"), "utf8")).toContain("Bauman Moscow State Technical University");
    expect(
      readFileSync(join(dir, "briefs", "cn-ru.pdf"))
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const manifest = JSON.parse(readFileSync(join(dir, "briefs", "accord-manifest.json"), "utf8"));
    expect(manifest.briefs.map((b: { file: string; kind: string }) => [b.file, b.kind])).toEqual([
      ["pair.md", "pair"],
      ["tpu.md", "org"],
      ["cn-ru.pdf", "countries"],
    ]);
    expect(manifest.briefs[2]).toMatchObject({
      request: { kind: "countries", countries: ["CN", "RU"] },
      options: { format: "pdf", from: "2020" },
      inputs: expect.stringMatching(/^[0-9a-f]{64}$/),
      output: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const files = ["pair.md", "tpu.md", "cn-ru.pdf", "accord-manifest.json"];
    const before = mtimes(dir, files);
    const second = await accord(dir, "build");
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      [
        "ingested: added 0, unchanged 2, replaced 0, near-duplicates 0, failed 0",
        "unchanged briefs/pair.md",
        "unchanged briefs/tpu.md",
        "unchanged briefs/cn-ru.pdf",
        "unchanged briefs/accord-manifest.json",
        "",
      ].join("\n"),
    );
    expect(mtimes(dir, files)).toEqual(before);

    const check = await accord(dir, "build", "--check");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("all 3 briefs are current\n");
  });

  test("after a new document, --check fails on the affected briefs and build rewrites only those", async () => {
    const dir = project();
    expect((await accord(dir, "build")).code).toBe(0);
    const tpuBefore = mtimes(dir, ["tpu.md"]);
    writeFileSync(join(dir, "docs", "hit-bmstu-lab.txt"), HIT_BMSTU_LAB);

    const check = await accord(dir, "build", "--check");
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(
      [
        "sources: added 1, unchanged 2, replaced 0, near-duplicates 0, failed 0",
        "stale     briefs/pair.md (inputs changed)",
        "current   briefs/tpu.md",
        "stale     briefs/cn-ru.pdf (inputs changed)",
        "2 of 3 briefs are out of date (run 'accord build')",
        "",
      ].join("\n"),
    );
    // --check ingested into a scratch copy: the store itself has not seen the new document yet.
    const built = await accord(dir, "build", "--json");
    expect(built.code).toBe(0);
    const outcome = JSON.parse(built.stdout);
    expect(outcome.ingest).toMatchObject({ added: 1, unchanged: 2 });
    expect(outcome.briefs.map((b: { file: string; status: string }) => [b.file, b.status])).toEqual([
      ["briefs/pair.md", "wrote"],
      ["briefs/tpu.md", "unchanged"],
      ["briefs/cn-ru.pdf", "wrote"],
    ]);
    expect(outcome.manifest).toEqual({ file: "briefs/accord-manifest.json", status: "wrote" });
    expect(readFileSync(join(dir, "briefs", "pair.md"), "utf8")).toContain("robotics");
    expect(mtimes(dir, ["tpu.md"])).toEqual(tpuBefore);
    expect((await accord(dir, "build", "--check")).code).toBe(0);
  });

  test("--check names a brief that was edited or deleted, and writes nothing", async () => {
    const dir = project();
    expect((await accord(dir, "build")).code).toBe(0);
    writeFileSync(join(dir, "briefs", "tpu.md"), "hand-edited\n");
    const edited = await accord(dir, "build", "--check");
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain("stale     briefs/tpu.md (file edited since it was built)\n");
    expect(readFileSync(join(dir, "briefs", "tpu.md"), "utf8")).toBe("hand-edited\n");

    const fresh = project();
    const none = await accord(fresh, "build", "--check");
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("stale     briefs/pair.md (not built yet)\n");
    expect(() => statSync(join(fresh, "briefs"))).toThrow();
    expect(() => statSync(join(fresh, "accord.db"))).toThrow();
  });

  test("a YAML config gives the same briefs as the JSON one, from any working folder", async () => {
    const json = project();
    const yaml = project(CONFIG, "accord.config.yaml");
    expect((await accord(json, "build")).code).toBe(0);
    const fromElsewhere = await accord(tmpdir(), "build", "--config", join(yaml, "accord.config.yaml"));
    expect(fromElsewhere.stderr).toBe("");
    expect(fromElsewhere.code).toBe(0);
    for (const file of ["pair.md", "tpu.md", "cn-ru.pdf"])
      expect(readFileSync(join(yaml, "briefs", file))).toEqual(readFileSync(join(json, "briefs", file)));
    const again = await accord(yaml, "build");
    expect(again.stdout).toContain("unchanged briefs/accord-manifest.json\n");
    expect(again.stdout).not.toContain("wrote");
    expect(JSON.parse(readFileSync(join(yaml, "briefs", "accord-manifest.json"), "utf8")).config).toBe(
      "../accord.config.yaml",
    );
  });

  test("SOURCE_DATE_EPOCH is an input of PDF briefs", async () => {
    const dir = project();
    expect((await accord(dir, "build")).code).toBe(0);
    const m = memoryIo(dir, { SOURCE_DATE_EPOCH: "1700000000" });
    expect(await run(["build", "--check"], m.io)).toBe(1);
    expect(m.stdout()).toContain("current   briefs/pair.md\n");
    expect(m.stdout()).toContain("stale     briefs/cn-ru.pdf (inputs changed)\n");
  });

  test("a template folder's files are inputs of the briefs that use it", async () => {
    const dir = project({
      sources: ["docs"],
      briefs: [
        { kind: "pair", organizations: ["HIT", "BMSTU"], template: "templates", out: "pair.md" },
        { kind: "org", organization: "TPU", out: "tpu.md" },
      ],
    });
    mkdirSync(join(dir, "templates"));
    const shipped = readFileSync(join(DEFAULT_TEMPLATE_DIR, "pair.md.hbs"), "utf8");
    writeFileSync(join(dir, "templates", "pair.md.hbs"), `${shipped}\nPrepared for the rector's office.\n`);
    expect((await accord(dir, "build")).code).toBe(0);
    expect(readFileSync(join(dir, "briefs", "pair.md"), "utf8")).toContain("Prepared for the rector");
    writeFileSync(join(dir, "templates", "pair.md.hbs"), `${shipped}\nPrepared for the press office.\n`);
    const check = await accord(dir, "build", "--check");
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("stale     briefs/pair.md (inputs changed)\n");
    expect(check.stdout).toContain("current   briefs/tpu.md\n");
  });

  test("a brief that cannot be made fails alone; the others are built", async () => {
    const dir = project({
      sources: ["docs"],
      briefs: [
        { kind: "org", organization: "Nowhere University", out: "nowhere.md" },
        { kind: "org", organization: "TPU", out: "tpu.md" },
      ],
    });
    const r = await accord(dir, "build");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("failed: briefs/nowhere.md: no organization matches 'Nowhere University'\n");
    expect(r.stdout).toContain("wrote     briefs/tpu.md\n");
  });

  test("errors in the config are one line naming the file and the field", async () => {
    const cases: [unknown, string][] = [
      [
        { sources: ["docs"], briefs: [CONFIG.briefs[0], { kind: "pair", organizations: ["HIT"], out: "x.md" }] },
        "briefs.1.organizations: Too small: expected array to have >=2 items",
      ],
      [
        { sources: ["docs"], briefs: [{ kind: "pairs", out: "x.md" }] },
        'briefs.0.kind: must be "pair", "org" or "countries"',
      ],
      [
        { sources: ["docs"], briefs: [{ kind: "org", organisation: "TPU", out: "x.md" }] },
        "briefs.0.organisation: unknown field",
      ],
      [{ sources: ["docs"], brief: [] }, "brief: unknown field"],
      [{ briefs: CONFIG.briefs }, "sources: missing (expected array)"],
      [
        { sources: ["docs"], briefs: [{ kind: "org", out: "x.md" }] },
        "briefs.0.organization: missing (expected string)",
      ],
      [
        { sources: ["docs"], briefs: [{ kind: "org", organization: "TPU", to: "May 2021", out: "x.md" }] },
        "briefs.0.to: a date as YYYY, YYYY-MM or YYYY-MM-DD",
      ],
      [
        { sources: ["docs"], briefs: [CONFIG.briefs[1], { ...CONFIG.briefs[1], organization: "HIT" }] },
        "briefs.1.out: 'tpu.md' is used by another brief",
      ],
    ];
    for (const [config, message] of cases) {
      const dir = project(config);
      const r = await accord(dir, "build");
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`error: accord.config.json: ${message}\n`);
    }
    const yaml = project(CONFIG, "accord.config.yml");
    writeFileSync(join(yaml, "accord.config.yml"), "sources: [docs\nbriefs: {}\n");
    const broken = await accord(yaml, "build");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error: accord\.config\.yml is not valid YAML: .*line \d+.*\n$/);
    const empty = mkdtempSync(join(tmpdir(), "accord-build-"));
    expect((await accord(empty, "build")).stderr).toBe(
      `error: no accord.config.json, accord.config.yaml, accord.config.yml in ${empty} (give one with --config FILE)\n`,
    );
  });

  test("the committed JSON Schema is the config schema's; --schema prints it", async () => {
    const committed = JSON.parse(readFileSync(new URL("../accord.config.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(buildConfigJsonSchema());
    const r = await accord(tmpdir(), "build", "--schema");
    expect(JSON.parse(r.stdout)).toEqual(committed);
  });

  test("help has a usage line and examples", async () => {
    const r = await accord(tmpdir(), "build", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: accord build /);
    expect(r.stdout).toContain("Examples:");
  });
});
