// Compiles the shipped templates into dist/precompiled-templates.json after tsc has built dist (see
// `compileTemplate` in src/render-template.ts): a cold brief then skips the Handlebars compiler.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { precompileTemplates } from "../dist/render-template.js";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const dir = join(PACKAGE, "templates");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".md.hbs"))
  .sort()
  .map((file) => ({ file, source: readFileSync(join(dir, file), "utf8") }));
writeFileSync(join(PACKAGE, "dist", "precompiled-templates.json"), `${JSON.stringify(precompileTemplates(files))}\n`);
