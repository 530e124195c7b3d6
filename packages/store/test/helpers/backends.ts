import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";

/** A backend the suite runs against, with a way to get a fresh, empty store location on it. */
export interface TestBackend {
  name: "sqlite" | "postgres";
  /** A location no store exists at yet; `cleanup` removes whatever was made there. */
  fresh(): Promise<{ location: string; cleanup: () => Promise<void> }>;
}

const sqlite: TestBackend = {
  name: "sqlite",
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "accord-store-"));
    return { location: join(dir, "accord.db"), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

function postgres(adminUrl: string): TestBackend {
  return {
    name: "postgres",
    async fresh() {
      const name = `accord_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        location: url.toString(),
        cleanup: async () => {
          const client = new Client({ connectionString: adminUrl });
          await client.connect();
          await client.query(`drop database if exists ${name} with (force)`);
          await client.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when ACCORD_TEST_POSTGRES_URL names a server (and a database to connect to). */
export const BACKENDS: TestBackend[] = process.env["ACCORD_TEST_POSTGRES_URL"]
  ? [sqlite, postgres(process.env["ACCORD_TEST_POSTGRES_URL"])]
  : [sqlite];
