import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { KnowledgeBase } from "@accord/domain";
import type { Store } from "@accord/store";
import { UsageError, UserError } from "./errors.ts";
import type { Io } from "./io.ts";

/** The `--db` option as every command that reads or writes the store documents it. */
export const DB_HELP = `  --db PATH|URL    the knowledge base: a SQLite file (default ./accord.db, or $ACCORD_DB)
                   or a postgres:// URL`;

/** Where the store is: `--db`, then $ACCORD_DB, then ./accord.db (relative to the working folder). */
export function storeLocation(io: Io, db: string | undefined): string {
  const location = db ?? io.env.ACCORD_DB ?? "./accord.db";
  return /^postgres(ql)?:\/\//.test(location) ? location : resolve(io.cwd, location);
}

/** Opens the store and runs `work` with it, closing it whatever happens. */
export async function withStore<T>(io: Io, db: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: a brief from a snapshot file needs no database driver.
  const { openStore } = await import("@accord/store");
  const store = await openStore(storeLocation(io, db));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Opens the store for a command that only reads it: a SQLite file that does not exist is a usage
 * error naming where its path came from, instead of a new empty store. PostgreSQL URLs pass through.
 */
export async function withExistingStore<T>(
  io: Io,
  db: string | undefined,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const location = storeLocation(io, db);
  if (!/^postgres(ql)?:\/\//.test(location) && !existsSync(location)) {
    const given =
      db !== undefined
        ? `--db ${db}`
        : io.env.ACCORD_DB !== undefined
          ? `$ACCORD_DB (${io.env.ACCORD_DB})`
          : "./accord.db (the default of --db)";
    throw new UsageError(
      `${given}: no knowledge base at ${location}; check the path, or create one with 'accord ingest' or 'accord import'`,
    );
  }
  return withStore(io, db, work);
}

/** Reads and validates a snapshot file (what `accord export` writes). */
export async function readSnapshot(io: Io, file: string): Promise<KnowledgeBase> {
  let text: string;
  try {
    text =
      file === "-" ? new TextDecoder().decode(await io.readStdin()) : await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read snapshot ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = KnowledgeBase.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(
      `${file} is not an accord snapshot: ${issue ? `${issue.path.join(".") || "top level"}: ${issue.message}` : "invalid"}`,
    );
  }
  return parsed.data;
}

/** The knowledge base a read-only command works on: a snapshot file when given, else the store. */
export async function loadKnowledgeBase(
  io: Io,
  options: { db?: string | undefined; snapshot?: string | undefined },
): Promise<KnowledgeBase> {
  if (options.snapshot) return readSnapshot(io, options.snapshot);
  return withExistingStore(io, options.db, (store) => store.snapshot());
}
