import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { formatOfName } from "./pick-format.ts";

/** A command-line argument that gave no files, and why. */
export interface InputProblem {
  file: string;
  reason: string;
}

const SKIPPED_FOLDERS = new Set(["node_modules"]);

/**
 * Expands command-line arguments into absolute file paths: files as given, folders recursively (only the
 * formats accord reads, skipping dot-folders and node_modules), globs; "-" stays as the stdin marker.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const arg of args) {
    if (arg === "-") {
      add("-");
      continue;
    }
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info === null && isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        ignore: ["**/node_modules/**"],
        expandDirectories: false,
      }).catch(() => null);
      if (matches === null) problems.push({ file: arg, reason: "not a valid pattern" });
      else if (matches.length === 0) problems.push({ file: arg, reason: "no files match" });
      else for (const match of matches.sort()) add(resolve(match));
      continue;
    }
    if (info === null) problems.push({ file: arg, reason: "no such file or folder" });
    else if (info.isDirectory()) {
      const found = await walkFolder(path);
      if (found.length === 0) problems.push({ file: arg, reason: "no documents in the folder" });
      for (const file of found) add(file);
    } else if (info.isFile()) add(path);
    else problems.push({ file: arg, reason: "not a file or folder" });
  }
  return { files, problems };
}

// Iterative, and each real folder once, so symbolic-link loops end.
async function walkFolder(root: string): Promise<string[]> {
  const files: string[] = [];
  const visited = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const real = await realpath(folder).catch(() => null);
    if (real === null || visited.has(real)) continue;
    visited.add(real);
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        isFolder = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isFolder && !SKIPPED_FOLDERS.has(entry.name)) pending.push(path);
      else if (isFile && formatOfName(entry.name) !== null) files.push(path);
    }
  }
  return files.sort();
}
