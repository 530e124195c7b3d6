import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UserError } from "./errors.ts";

/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a reader never
 * sees half a file and a failure leaves the old one (or none) in place. Returns the absolute path.
 */
export async function writeOutput(cwd: string, path: string, bytes: Uint8Array | string): Promise<string> {
  const target = resolve(cwd, path);
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    // The temporary file may never have been made: under a file, rm fails with ENOTDIR, not ENOENT.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UserError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return target;
}
