import { copyFile, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@accord/store";

const isPostgres = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/**
 * Runs `work` on a throwaway copy of the store, so `--check` can ingest without touching the real
 * one: a SQLite file is copied; a PostgreSQL knowledge base is imported into a temporary SQLite file.
 */
export async function withScratchCopy<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "accord-check-"));
  try {
    const copy = join(dir, "check.db");
    let seed: Awaited<ReturnType<Store["snapshot"]>> | undefined;
    if (isPostgres(location)) {
      const source = await openStore(location, { readonly: true });
      try {
        seed = await source.snapshot();
      } finally {
        await source.close();
      }
    } else if (await exists(location)) {
      await copyFile(location, copy);
      if (await exists(`${location}-wal`)) await copyFile(`${location}-wal`, `${copy}-wal`);
    }
    const store = await openStore(copy);
    try {
      if (seed) await store.importSnapshot(seed);
      return await work(store);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}
