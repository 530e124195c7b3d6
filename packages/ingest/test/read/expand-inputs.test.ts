import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expandInputs } from "../../src/read/index.ts";

let root = "";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "accord-inputs-"));
  const files = [
    "a.txt",
    "news/b.html",
    "news/2021/c.pdf",
    "news/2021/deep/d.docx",
    "news/2021/deep/photo.jpg",
    "news/.cache/e.txt",
    "news/node_modules/f.txt",
    "other/g.md",
  ];
  for (const file of files) {
    await mkdir(join(root, file, ".."), { recursive: true });
    await writeFile(join(root, file), "x");
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("expandInputs", () => {
  test("walks folders recursively, skipping dot-folders, node_modules and unknown formats", async () => {
    const { files, problems } = await expandInputs(["news"], root);
    expect(files).toEqual([
      join(root, "news/2021/c.pdf"),
      join(root, "news/2021/deep/d.docx"),
      join(root, "news/b.html"),
    ]);
    expect(problems).toEqual([]);
  });

  test("keeps files as given, expands globs, passes '-' through and drops duplicates", async () => {
    const { files, problems } = await expandInputs(["a.txt", "-", "**/*.md", join(root, "a.txt")], root);
    expect(files).toEqual([join(root, "a.txt"), "-", join(root, "other/g.md")]);
    expect(problems).toEqual([]);
  });

  test("reports missing paths and empty globs as problems", async () => {
    const { files, problems } = await expandInputs(["missing.txt", "*.nothing", "a.txt"], root);
    expect(files).toEqual([join(root, "a.txt")]);
    expect(problems).toEqual([
      { file: "missing.txt", reason: "no such file or folder" },
      { file: "*.nothing", reason: "no files match" },
    ]);
  });
});
