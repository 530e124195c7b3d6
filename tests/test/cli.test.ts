import { KnowledgeBase } from "@accord/domain";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { sampleSnapshot } from "./fixtures/sample-snapshot.ts";
import { accord, scratch } from "./helpers.ts";

describe("accord", () => {
  test("--help lists every command with examples", async () => {
    const r = await accord(["--help"], { cwd: scratch("help") });
    expect(r.code).toBe(0);
    for (const command of ["ingest", "extract", "list", "show", "export", "import", "brief", "schema", "demo", "build"])
      expect(r.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(r.stdout).toContain("Examples:");
  });

  test("--version prints the version", async () => {
    const r = await accord(["--version"], { cwd: scratch("version") });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test("an unknown command or option is a one-line usage error with exit code 2", async () => {
    const cwd = scratch("usage");
    const unknown = await accord(["frobnicate"], { cwd });
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toBe("error: unknown command 'frobnicate' (see 'accord --help')\n");
    const option = await accord(["list", "organizations", "--colour"], { cwd });
    expect(option.code).toBe(2);
    expect(option.stderr.trim().split("\n")).toHaveLength(1);
    expect(option.stderr).toContain("--colour");
  });

  test("a user's mistake gives one line and no stack trace; --debug adds the stack", async () => {
    const cwd = scratch("mistake");
    const plain = await accord(["import", "missing.json"], { cwd });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe("error: cannot read snapshot missing.json: ENOENT\n");
    const debug = await accord(["import", "missing.json", "--debug"], { cwd });
    expect(debug.stderr).toMatch(/^error: cannot read snapshot missing\.json: ENOENT\n\S*Error.*\n\s+at /);
  });

  test("schema prints a draft 2020-12 JSON Schema that accepts a snapshot and rejects a broken one", async () => {
    const r = await accord(["schema"], { cwd: scratch("schema") });
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const snapshot = sampleSnapshot();
    expect(KnowledgeBase.safeParse(snapshot).success).toBe(true);
    expect(validate(snapshot), JSON.stringify(validate.errors)).toBe(true);
    const broken = { ...snapshot, organizations: [{ ...snapshot.organizations[0], country: "China" }] };
    expect(validate(broken)).toBe(false);
    expect(validate({ ...snapshot, version: 2 })).toBe(false);
  });
});
