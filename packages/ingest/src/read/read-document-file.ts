import { open } from "node:fs/promises";
import { formatSize } from "./format-limits.ts";
import { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from "./raw-document.ts";
import { readDocument } from "./read-document.ts";

/** Reads one document from a file; its size is checked before a byte is read. `origin` defaults to the path. */
export async function readDocumentFile(
  path: string,
  options: ReadOptions & { origin?: string } = {},
): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const handle = await open(path, "r");
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, reason: "not a file" };
      const size = info.size;
      if (size > maxBytes)
        return { ok: false, reason: `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: readFailure(error) };
  }
  return readDocument({ origin: options.origin ?? path, name: path, bytes }, options);
}

function readFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  return `could not read the file: ${code ?? (error instanceof Error ? error.message : String(error))}`;
}
