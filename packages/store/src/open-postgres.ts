import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import { Pool } from "pg";
import { type Backend, type BackendOptions, retryTransient } from "./backend.ts";
import { describeLocation, messageOf, StoreError } from "./errors.ts";
import { migrationProvider, readSchemaVersion, SCHEMA_VERSION } from "./migrations.ts";
import type { Database } from "./schema.ts";

// One advisory lock for every write: documents are few and large, and near-duplicate detection has to see every
// document committed before it, so writers queue instead of racing.
const WRITE_LOCK = 0x61636364;

// serialization_failure, deadlock_detected, lock_not_available
const TRANSIENT = new Set(["40001", "40P01", "55P03"]);

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && TRANSIENT.has(code);
}

/** Connects to PostgreSQL at a postgres:// URL and migrates the database to the latest schema. */
export async function openPostgres(url: string, options: BackendOptions): Promise<Backend> {
  const where = describeLocation(url);
  try {
    new URL(url);
  } catch (error) {
    throw new StoreError(`not a PostgreSQL URL: ${where}`, { cause: error });
  }
  const pool = new Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: Math.max(options.busyTimeoutMs, 1000),
    ...(options.readonly ? { options: "-c default_transaction_read_only=on" } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await pool.query("select 1");
    const version = await readSchemaVersion(db);
    if (version !== undefined && version > SCHEMA_VERSION)
      throw new Error(`its schema version ${version} is newer than this accord's ${SCHEMA_VERSION}`);
    if (version !== SCHEMA_VERSION) {
      if (options.readonly) throw new Error("it is not an accord store (no schema) and was opened read-only");
      const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
      if (error) throw new Error(`migration failed: ${messageOf(error)}`, { cause: error });
    }
  } catch (error) {
    await db.destroy();
    throw new StoreError(`cannot open the PostgreSQL store at ${where}: ${messageOf(error)}`, { cause: error });
  }
  return {
    dialect: "postgres",
    db,
    write: (body) =>
      retryTransient(
        () =>
          db.transaction().execute(async (trx) => {
            await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
            return body(trx);
          }),
        isTransient,
      ),
    read: (body) => db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(body),
    close: () => db.destroy(),
  };
}
