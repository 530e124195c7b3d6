import SqliteDatabase from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from "kysely";
import { type Backend, type BackendOptions, retryTransient } from "./backend.ts";
import { messageOf, StoreError } from "./errors.ts";
import { migrationProvider, readSchemaVersion, SCHEMA_VERSION } from "./migrations.ts";
import type { Database } from "./schema.ts";

// Kysely's SQLite driver begins with a deferred `begin`: two writers then both hold read locks and one fails with
// SQLITE_BUSY when it wants to write. `begin immediate` takes the write lock first, so writers queue on busy_timeout.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

// Kysely prepares every query anew; a store saving thousands of documents runs the same few statements (inserts
// differ only by their number of rows), so compiled statements are kept, the least recently used dropped past 256.
function cachingStatements(raw: SqliteDatabase.Database): SqliteDialectConfig["database"] {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => raw.close(),
    prepare(query: string) {
      let statement = cache.get(query);
      if (statement) cache.delete(query);
      else {
        statement = raw.prepare(query);
        if (cache.size >= 256) cache.delete(cache.keys().next().value as string);
      }
      cache.set(query, statement);
      return statement;
    },
  };
}

/** Whether an error is SQLite telling that another connection holds the lock. */
export function isSqliteBusy(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))) return true;
  }
  return false;
}

/** Opens a SQLite file (creating it unless read-only), sets WAL and friends, and migrates it to the latest schema. */
export async function openSqlite(path: string, options: BackendOptions): Promise<Backend> {
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(path, {
      readonly: options.readonly,
      fileMustExist: options.readonly,
      timeout: options.busyTimeoutMs,
    });
  } catch (error) {
    throw new StoreError(`cannot open the SQLite store at ${path}: ${messageOf(error)}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(raw) }) });
  try {
    await retryTransient(async () => configure(raw, options), isSqliteBusy);
    const version = await readSchemaVersion(db);
    if (version !== undefined && version > SCHEMA_VERSION)
      throw new Error(`its schema version ${version} is newer than this accord's ${SCHEMA_VERSION}`);
    if (version !== SCHEMA_VERSION) {
      if (options.readonly) throw new Error("it is not an accord store (no schema) and was opened read-only");
      await retryTransient(() => migrate(raw, db), isSqliteBusy);
    }
  } catch (error) {
    await db.destroy();
    throw new StoreError(`cannot open the SQLite store at ${path}: ${messageOf(error)}`, { cause: error });
  }
  return {
    dialect: "sqlite",
    db,
    eachRow: (query) => raw.prepare(query).raw(true).iterate() as Iterable<unknown[]>,
    write: (body) => retryTransient(() => db.transaction().execute(body), isSqliteBusy),
    // A deferred transaction: readers in WAL mode see one snapshot and never wait for writers.
    read: (body) =>
      db.connection().execute(async (conn) => {
        await sql`begin`.execute(conn);
        try {
          return await body(conn);
        } finally {
          await sql`commit`.execute(conn);
        }
      }),
    close: () => db.destroy(),
  };
}

function configure(raw: SqliteDatabase.Database, options: BackendOptions): void {
  raw.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
  if (!options.readonly) raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  // 128 MiB of page cache instead of 2 MiB: a batch of documents changes pages all over the indexes, and a page
  // kept in memory is written once at commit instead of being spilled and read back.
  raw.pragma("cache_size = -131072");
  // A checkpoint every 4,000 pages (16 MB of WAL) instead of 1,000: each one syncs the file, and pages a run of
  // documents writes again and again (index pages) are copied back once.
  if (!options.readonly) raw.pragma("wal_autocheckpoint = 4000");
  raw.pragma("foreign_keys = ON");
}

// SQLite migrations run without a transaction in Kysely; holding the write lock around them means two processes
// opening a new file at once migrate it once, and the loser then sees the finished schema.
async function migrate(raw: SqliteDatabase.Database, db: Kysely<Database>): Promise<void> {
  raw.exec("begin immediate");
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    if (error) throw error;
    raw.exec("commit");
  } catch (error) {
    if (raw.inTransaction) raw.exec("rollback");
    throw new Error(`migration failed: ${messageOf(error)}`, { cause: error });
  }
}
