import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.ts";

/** What the store needs from a database: queries, one serialised write transaction, and a way to close. */
export interface Backend {
  readonly dialect: "sqlite" | "postgres";
  readonly db: Kysely<Database>;
  /**
   * Runs a read-only statement without parameters and gives its rows one at a time as arrays of column values,
   * skipping the object per row a query builder makes and holding no more than a row: for reads of hundreds of
   * thousands of small rows. SQLite only; call it inside `read` to see that read's snapshot.
   */
  readonly eachRow?: (query: string) => Iterable<unknown[]>;
  /** Runs `body` as one write transaction, serialised with every other writer, retried when the database is busy. */
  write<T>(body: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /** Runs `body` against one consistent view of the database, for reads that span several queries. */
  read<T>(body: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Options both backends take. */
export interface BackendOptions {
  busyTimeoutMs: number;
  readonly: boolean;
}

/** Retries `attempt` while `isTransient` says its failure was contention, backing off a little more each time. */
export async function retryTransient<T>(
  attempt: () => Promise<T>,
  isTransient: (error: unknown) => boolean,
  tries = 8,
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** i + Math.floor(Math.random() * 25)));
    }
  }
}
