import { describeLocation, StoreError } from "./errors.ts";
import { createStore, type Store } from "./store.ts";

/** How to open a store. */
export interface OpenStoreOptions {
  /** How long a writer waits for another's lock before retrying (SQLite busy_timeout); 10 s by default. */
  busyTimeoutMs?: number;
  /** Open without creating or migrating, for queries only. */
  readonly?: boolean;
}

/** Where `accord` keeps its store unless told otherwise. */
export const DEFAULT_STORE_LOCATION = "./accord.db";

/** Opens (creating and migrating) a store: a file path for SQLite, or a postgres:// URL. */
export async function openStore(location = DEFAULT_STORE_LOCATION, options: OpenStoreOptions = {}): Promise<Store> {
  const settings = { busyTimeoutMs: options.busyTimeoutMs ?? 10_000, readonly: options.readonly ?? false };
  if (location.trim() === "") throw new StoreError("no store location given");
  // Each driver loads only when its database is asked for: a SQLite store never loads pg, nor PostgreSQL SQLite.
  const backend = /^postgres(ql)?:/i.test(location)
    ? await (await import("./open-postgres.ts")).openPostgres(location, settings)
    : await (await import("./open-sqlite.ts")).openSqlite(location, settings);
  return createStore(backend, describeLocation(location));
}
