import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { sampleSnapshot } from "./fixtures/sample-snapshot.ts";
import { scratch } from "./helpers.ts";

const DOMAIN = fileURLToPath(new URL("../../packages/domain/", import.meta.url));
const ZOD = dirname(fileURLToPath(import.meta.resolve("zod/package.json", `file://${DOMAIN}package.json`)));

test("a plain Node script outside the workspace imports @accord/domain from its dist and parses a snapshot", () => {
  const app = scratch("outside-app");
  mkdirSync(join(app, "node_modules", "@accord"), { recursive: true });
  symlinkSync(DOMAIN, join(app, "node_modules", "@accord", "domain"));
  symlinkSync(ZOD, join(app, "node_modules", "zod"));
  writeFileSync(join(app, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(app, "snapshot.json"), JSON.stringify(sampleSnapshot()));
  writeFileSync(
    join(app, "app.mjs"),
    `import { readFileSync } from "node:fs";
import { KnowledgeBase, findOrganization, partnersOf } from "@accord/domain";
const kb = KnowledgeBase.parse(JSON.parse(readFileSync("snapshot.json", "utf8")));
const org = findOrganization(kb, "伏尔加理工大学");
console.log(JSON.stringify({ org: org.name, partners: partnersOf(kb, org.id).map((p) => p.organization.name), bad: KnowledgeBase.safeParse({}).success }));
`,
  );
  // Without the source condition Node resolves the package's "default" export: dist/index.js.
  const out = execFileSync(process.execPath, ["app.mjs"], { cwd: app, encoding: "utf8" });
  expect(JSON.parse(out)).toEqual({
    org: "Volga Polytechnic University",
    partners: ["Amur River University"],
    bad: false,
  });
});
