import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { accord, scratch } from "./helpers.ts";

const cwd = scratch("errors");
writeFileSync(
  join(cwd, "note.txt"),
  "Tomsk Polytechnic University and Tsinghua University signed an agreement on 3 May 2021.\n",
);
writeFileSync(join(cwd, "wrong-shape.json"), JSON.stringify({ format: "something-else" }));
writeFileSync(join(cwd, "not-json.json"), "not json\nat all\n");
writeFileSync(join(cwd, "gazetteer.json"), JSON.stringify({ entries: [{ name: 42 }] }));
mkdirSync(join(cwd, "a-folder"));
writeFileSync(
  join(cwd, "bad-date.config.json"),
  JSON.stringify({
    sources: ["."],
    briefs: [{ kind: "org", organization: "HIT", from: "2020-13-01", out: "hit.pdf" }],
  }),
);

// [what the user got wrong, argv, exit code, what the one line must name]
const MISTAKES: [string, string[], number, RegExp][] = [
  ["a file that does not exist", ["ingest", "missing.txt", "--db", "ok.db"], 1, /missing\.txt: no such file/],
  ["a folder as the database", ["ingest", "note.txt", "--db", "a-folder"], 1, /SQLite store at .*a-folder/],
  [
    "a database under a missing folder",
    ["list", "documents", "--db", "no/such/dir/x.db"],
    2,
    /--db no\/such\/dir\/x\.db: no knowledge base/,
  ],
  ["a mistyped --db for show", ["show", "HIT", "--db", "okk.db"], 2, /--db okk\.db: no knowledge base/],
  ["a mistyped --db for list", ["list", "organizations", "--db", "okk.db"], 2, /--db okk\.db: no knowledge base/],
  ["a mistyped --db for brief", ["brief", "org", "HIT", "--db", "okk.db"], 2, /--db okk\.db: no knowledge base/],
  ["a mistyped --db for export", ["export", "--db", "okk.db"], 2, /--db okk\.db: no knowledge base/],
  [
    "a database URL nobody answers",
    ["list", "documents", "--db", "postgres://nobody@127.0.0.1:1/kb"],
    1,
    /postgres:\/\/nobody@127\.0\.0\.1:1\/kb/,
  ],
  [
    "a snapshot of another shape",
    ["import", "wrong-shape.json", "--db", "ok.db"],
    1,
    /wrong-shape\.json is not an accord snapshot/,
  ],
  [
    "a snapshot that is not JSON",
    ["brief", "org", "HIT", "--snapshot", "not-json.json"],
    1,
    /not-json\.json is not JSON/,
  ],
  ["a missing snapshot", ["show", "HIT", "--snapshot", "gone.json"], 1, /cannot read snapshot gone\.json/],
  [
    "a gazetteer file of the wrong shape",
    ["ingest", "note.txt", "--gazetteer", "gazetteer.json", "--db", "ok.db"],
    1,
    /gazetteer\.json/,
  ],
  [
    "a missing gazetteer file",
    ["ingest", "note.txt", "--gazetteer", "nope.json", "--db", "ok.db"],
    1,
    /gazetteer .*nope\.json/,
  ],
  [
    "an unknown organization",
    ["show", "Nowhere University", "--db", "ok.db"],
    1,
    /no organization matches 'Nowhere University'/,
  ],
  [
    "an unknown organization in a brief",
    ["brief", "org", "NOPE", "--db", "ok.db"],
    1,
    /no organization matches 'NOPE'/,
  ],
  [
    "a --from that is no date",
    ["brief", "countries", "CN", "RU", "--from", "yesterday", "--db", "ok.db"],
    2,
    /--from .*'yesterday'/,
  ],
  [
    "a --from with month 13",
    ["brief", "countries", "CN", "RU", "--from", "2020-13-01", "--db", "ok.db"],
    2,
    /--from takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '2020-13-01'/,
  ],
  [
    "a --to on a day that does not exist",
    ["brief", "org", "HIT", "--to", "2021-02-29", "--snapshot", "gone.json"],
    2,
    /--to takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '2021-02-29'/,
  ],
  [
    "a --to with month 00",
    ["brief", "pair", "HIT", "BMSTU", "--to", "2021-00", "--db", "ok.db"],
    2,
    /--to takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '2021-00'/,
  ],
  [
    "a config brief from month 13",
    ["build", "--config", "bad-date.config.json", "--check"],
    1,
    /bad-date\.config\.json: briefs\.0\.from: a real date as YYYY, YYYY-MM or YYYY-MM-DD/,
  ],
  ["an unknown option", ["ingest", "note.txt", "--colour"], 2, /--colour/],
  ["a bad --max-size", ["ingest", "note.txt", "--max-size", "lots"], 2, /--max-size .*'lots'/],
];

beforeAll(async () => {
  const created = await accord(["ingest", "note.txt", "--db", "ok.db"], { cwd });
  expect(created.code, created.stderr).toBe(0);
}, 60_000);

describe("a mistake gives one line naming what to fix", () => {
  test.each(MISTAKES)(
    "%s",
    async (_, args, code, names) => {
      const r = await accord(args, { cwd });
      expect(r.code).toBe(code);
      const lines = r.stderr.split("\n").filter((line) => line !== "");
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^(error|failed): /);
      expect(lines[0]).toMatch(names);
      expect(lines[0]).not.toMatch(/unexpected failure|\bat \S+ \(/);

      const debug = await accord([...args, "--debug"], { cwd });
      expect(debug.code).toBe(code);
      const first = debug.stderr.split("\n")[0];
      expect(first).toBe(lines[0]);
      if (first?.startsWith("error: ")) expect(debug.stderr).toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    },
    60_000,
  );
});

test("read commands never create a store; ingest and import still do", async () => {
  for (const args of [["show", "HIT"], ["list", "documents"], ["brief", "org", "HIT"], ["export"]]) {
    const r = await accord([...args, "--db", "typo.db"], { cwd });
    expect(r.code).toBe(2);
    expect(existsSync(join(cwd, "typo.db"))).toBe(false);
  }
  const fromEnv = await accord(["list", "documents"], { cwd, env: { ACCORD_DB: "env-typo.db" } });
  expect(fromEnv.code).toBe(2);
  expect(fromEnv.stderr).toMatch(/^error: \$ACCORD_DB \(env-typo\.db\): no knowledge base at .*env-typo\.db;/);
  expect(existsSync(join(cwd, "env-typo.db"))).toBe(false);
  const byDefault = await accord(["show", "HIT"], { cwd });
  expect(byDefault.code).toBe(2);
  expect(byDefault.stderr).toMatch(/^error: \.\/accord\.db \(the default of --db\): no knowledge base/);

  const ingested = await accord(["ingest", "note.txt", "--db", "new.db"], { cwd });
  expect(ingested.code, ingested.stderr).toBe(0);
  const listed = await accord(["list", "documents", "--db", "new.db", "--json"], { cwd });
  expect(listed.code, listed.stderr).toBe(0);
  expect(JSON.parse(listed.stdout)).toHaveLength(1);
  const exported = await accord(["export", "--db", "new.db", "--out", "new.json"], { cwd });
  expect(exported.code, exported.stderr).toBe(0);
  const imported = await accord(["import", "new.json", "--db", "imported.db"], { cwd });
  expect(imported.code, imported.stderr).toBe(0);
  expect(existsSync(join(cwd, "imported.db"))).toBe(true);
}, 120_000);
