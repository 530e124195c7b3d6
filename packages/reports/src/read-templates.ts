import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ReportError } from "./errors.ts";

/** A template file: its file name (for error messages) and its text. */
export interface TemplateFile {
  file: string;
  source: string;
}

/** The main template of a brief kind and the partials it may call. */
export interface TemplateSet {
  main: TemplateFile;
  /** By partial name: `_timeline.md.hbs` is the partial `timeline`. */
  partials: Map<string, TemplateFile>;
}

/** The templates shipped with the package. */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL("../templates/", import.meta.url));

const PARTIAL = /^_([a-z0-9-]+)\.md\.hbs$/;

/**
 * Reads `<kind>.md.hbs` and the `_<name>.md.hbs` partials, each from `templateDir` when it has a
 * file of that name and from the package's templates otherwise.
 */
export function readTemplates(kind: string, templateDir?: string): TemplateSet {
  if (templateDir !== undefined && !existsSync(templateDir))
    throw new ReportError(`the template directory '${templateDir}' does not exist`);
  const dirs = templateDir === undefined ? [DEFAULT_TEMPLATE_DIR] : [templateDir, DEFAULT_TEMPLATE_DIR];
  const read = (file: string): TemplateFile => {
    for (const dir of dirs) {
      const path = join(dir, file);
      if (existsSync(path)) return { file, source: readFileSync(path, "utf8") };
    }
    throw new ReportError(`no template '${file}' in ${dirs.join(" or ")}`);
  };
  const partials = new Map<string, TemplateFile>();
  const names = new Set(dirs.flatMap((dir) => readdirSync(dir).filter((f) => PARTIAL.test(f))));
  for (const file of [...names].sort()) partials.set(PARTIAL.exec(file)![1]!, read(file));
  return { main: read(`${kind}.md.hbs`), partials };
}
