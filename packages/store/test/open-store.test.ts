import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openStore, StoreError } from "../src/index.ts";
import { signingFacts } from "./helpers/stories.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "accord-open-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  const message = (error as Error).message.replaceAll(dir, "<dir>");
  expect(message).not.toContain("\n");
  return message;
}

describe("openStore", () => {
  test("sets WAL, busy timeout, synchronous NORMAL and foreign keys on a new SQLite file", async () => {
    const path = join(dir, "accord.db");
    const store = await openStore(path, { busyTimeoutMs: 2500 });
    await store.close();
    const raw = new SqliteDatabase(path);
    try {
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(raw.prepare("select value from meta where key = 'schema_version'").pluck().get()).toBe("8");
      const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
      // The organizations' facets are read from their own index alone.
      const plan = raw
        .prepare(
          "explain query plan select entity_id, label, parent_id, country from entity_heads where kind = 'organization'",
        )
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join("\n")).toContain("COVERING INDEX entity_heads_organizations");
      // So are the partnerships' and the events' (as scanFacets reads them), in id order with no sort.
      for (const [kind, last] of [
        ["partnership", "fields"],
        ["event", "people"],
      ]) {
        const scan = raw
          .prepare(
            `explain query plan select entity_id, label, date_start, date_end, members, ${last} from entity_heads where kind = '${kind}' order by entity_id`,
          )
          .all() as { detail: string }[];
        expect(scan.map((p) => p.detail)).toEqual([
          `SEARCH entity_heads USING COVERING INDEX entity_heads_${kind}_facets (kind=?)`,
        ]);
      }
      expect(tables).toEqual(
        expect.arrayContaining([
          "also_at",
          "documents",
          "facts",
          "meta",
          "organization_keys",
          "organization_refs",
          "story_keys",
        ]),
      );
    } finally {
      raw.close();
    }
  });

  test("names the location when the directory does not exist", async () => {
    expect(await failure(openStore(join(dir, "missing", "accord.db")))).toMatchInlineSnapshot(
      `"cannot open the SQLite store at <dir>/missing/accord.db: Cannot open database because the directory does not exist"`,
    );
  });

  test("refuses a file that is not a SQLite database", async () => {
    const path = join(dir, "notes.db");
    writeFileSync(path, "these are notes, not a database ".repeat(100));
    expect(await failure(openStore(path))).toMatchInlineSnapshot(
      `"cannot open the SQLite store at <dir>/notes.db: file is not a database"`,
    );
  });

  test("refuses a store written by a newer schema", async () => {
    const path = join(dir, "accord.db");
    await (await openStore(path)).close();
    const raw = new SqliteDatabase(path);
    raw.prepare("update meta set value = '99' where key = 'schema_version'").run();
    raw.close();
    expect(await failure(openStore(path))).toMatchInlineSnapshot(
      `"cannot open the SQLite store at <dir>/accord.db: its schema version 99 is newer than this accord's 8"`,
    );
  });

  test("refuses to give a snapshot of stored data that is not a valid knowledge base", async () => {
    const path = join(dir, "accord.db");
    const store = await openStore(path);
    try {
      await store.saveDocument(signingFacts());
      const raw = new SqliteDatabase(path);
      raw.prepare("update facts set data = json_set(data, '$.kind', 'castle') where kind = 'organization'").run();
      raw.close();
      expect(await failure(store.snapshot())).toMatchInlineSnapshot(
        `"the store at <dir>/accord.db holds data that is not a valid knowledge base: organizations.0.kind: Invalid option: expected one of "university"|"institute"|"academy"|"association"|"government"|"company"|"other"|"unit""`,
      );
    } finally {
      await store.close();
    }
  });

  test("opens read-only without creating anything, and reads", async () => {
    const path = join(dir, "accord.db");
    expect(await failure(openStore(path, { readonly: true }))).toContain("<dir>/accord.db");
    const writer = await openStore(path);
    await writer.saveDocument(signingFacts());
    await writer.close();
    const reader = await openStore(path, { readonly: true });
    try {
      expect((await reader.counts()).documents).toBe(1);
      await expect(reader.saveDocument(signingFacts("elsewhere.html"))).rejects.toThrow(/readonly/);
    } finally {
      await reader.close();
    }
  });

  test("names a PostgreSQL server it cannot reach, without its password", async () => {
    const message = await failure(openStore("postgres://accord:secret@127.0.0.1:1/accord", { busyTimeoutMs: 1000 }));
    expect(message).toMatch(/^cannot open the PostgreSQL store at postgres:\/\/accord:\*\*\*@127\.0\.0\.1:1\/accord: /);
    expect(message).not.toContain("secret");
  });

  test("refuses an empty location", async () => {
    expect(await failure(openStore(" "))).toMatchInlineSnapshot(`"no store location given"`);
  });
});
