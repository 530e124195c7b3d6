import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { sampleSnapshot } from "./fixtures/sample-snapshot.ts";
import { accord, scratch } from "./helpers.ts";

const TEMPLATES = fileURLToPath(new URL("../../packages/reports/templates/", import.meta.url));
const PAIR = ["brief", "pair", "VPU", "阿穆尔河大学", "--snapshot", "kb.json"];

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A scratch folder holding `work/kb.json`; commands run in `work`, so its parent shows writes outside. */
function workspace(prefix: string): { root: string; cwd: string } {
  const root = scratch(prefix);
  const cwd = join(root, "work");
  mkdirSync(cwd);
  writeFileSync(join(cwd, "kb.json"), JSON.stringify(sampleSnapshot()));
  return { root, cwd };
}

test("--out writes exactly the file given, creating its folders, and nothing else", async () => {
  const { root, cwd } = workspace("out");
  const r = await accord([...PAIR, "--format", "md", "--out", "deep/er/pair.md"], { cwd });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout.trim()).toBe(join(cwd, "deep", "er", "pair.md"));
  expect(filesUnder(root)).toEqual(["work/deep/er/pair.md", "work/kb.json"]);
  expect(readFileSync(join(cwd, "deep/er/pair.md"), "utf8")).toContain("Volga Polytechnic University");
});

test("names typed with ../ and slashes give a default file name inside the working folder", async () => {
  const { root, cwd } = workspace("default-name");
  const r = await accord(["brief", "org", "../../VPU/..", "--snapshot", "kb.json", "--format", "md"], { cwd });
  if (r.code === 0) {
    expect(dirname(r.stdout.trim())).toBe(cwd);
    expect(r.stdout.trim()).toMatch(/brief-org-[a-z0-9-]+\.md$/);
  } else {
    expect(r.stderr).toMatch(/^error: no organization matches/);
  }
  expect(filesUnder(root).filter((f) => !f.startsWith("work/brief-org-"))).toEqual(["work/kb.json"]);
});

test("a render that fails leaves no file and no temporary file, and keeps the file already there", async () => {
  const { root, cwd } = workspace("failed-render");
  const templates = join(cwd, "templates");
  cpSync(TEMPLATES, templates, { recursive: true });
  writeFileSync(join(templates, "pair.md.hbs"), "# {{a.name}}\n\n{{#each partnerships}}never closed\n");
  const fresh = await accord([...PAIR, "--template", "templates", "--out", "fresh.pdf"], { cwd });
  expect(fresh.code).toBe(1);
  expect(fresh.stderr).toMatch(/^error: template pair\.md\.hbs.*\n$/);
  writeFileSync(join(cwd, "kept.pdf"), "the brief of last week");
  const over = await accord([...PAIR, "--template", "templates", "--out", "kept.pdf"], { cwd });
  expect(over.code).toBe(1);
  expect(readFileSync(join(cwd, "kept.pdf"), "utf8")).toBe("the brief of last week");
  expect(filesUnder(root).filter((f) => !f.startsWith("work/templates/"))).toEqual(["work/kb.json", "work/kept.pdf"]);
});

test("a write that fails (the target is a folder, or under a file) leaves no temporary file behind", async () => {
  const { root, cwd } = workspace("failed-write");
  mkdirSync(join(cwd, "taken.pdf"));
  const folder = await accord([...PAIR, "--out", "taken.pdf"], { cwd });
  expect(folder.code).toBe(1);
  expect(folder.stderr).toMatch(/^error: cannot write taken\.pdf: E[A-Z]+\n$/);
  const underFile = await accord([...PAIR, "--out", "kb.json/pair.pdf"], { cwd });
  expect(underFile.code).toBe(1);
  expect(underFile.stderr).toMatch(/^error: cannot write kb\.json\/pair\.pdf: E[A-Z]+\n$/);
  expect(filesUnder(root)).toEqual(["work/kb.json"]);
});

test("a template cannot pull in a partial from outside its folder", async () => {
  const { root, cwd } = workspace("partial");
  writeFileSync(join(root, "secret.md.hbs"), "the secret");
  writeFileSync(join(root, "_secret.md.hbs"), "the secret");
  const templates = join(cwd, "templates");
  cpSync(TEMPLATES, templates, { recursive: true });
  writeFileSync(join(templates, "pair.md.hbs"), "# {{a.name}}\n\n{{> ../../secret}}\n\n{{> ../_secret}}\n");
  const r = await accord([...PAIR, "--template", "templates", "--format", "md", "--out", "pair.md"], { cwd });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^error: template pair\.md\.hbs.*\n$/);
  expect(r.stdout).not.toContain("the secret");
  expect(filesUnder(cwd).filter((f) => !f.startsWith("templates/"))).toEqual(["kb.json"]);
});
