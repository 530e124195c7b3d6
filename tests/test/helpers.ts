import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built command, as users run it. */
export const CLI = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));
/** The shared corpus beside the checkout, when there is one. */
export const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const HAS_SHARED = existsSync(join(SHARED, "corpus", "seeds"));

/** What one run of the command did. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `accord ARGS` in `cwd` and collects its output. */
export function accord(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error(`build the CLI first (${CLI} is missing): pnpm build`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", HOME: options.cwd, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    // Decoded as a stream: a character split between two chunks stays one character.
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (c) => {
      stdout += c;
    });
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** A fresh scratch folder. */
export function scratch(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `accord-e2e-${prefix}-`));
}
