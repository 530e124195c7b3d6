import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { formatCount } from "@accord/domain";
import type HandlebarsModule from "handlebars";
import { CHART_NAMES } from "./charts.ts";
import { ReportError } from "./errors.ts";
import type { TemplateFile, TemplateSet } from "./read-templates.ts";

// The package's single-file build: the same compiler and runtime as its main entry, which loads
// some forty modules (source maps included) and takes two to three times as long to load.
const Handlebars = createRequire(import.meta.url)("handlebars/dist/handlebars.min.js") as typeof HandlebarsModule;

type HelperOptions = { loc?: { start: { line: number } } };
type Helper = (...args: unknown[]) => string;

const isOptions = (x: unknown): x is HelperOptions => typeof x === "object" && x !== null && "hash" in x;

class HelperError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.line = line;
  }
}

const lineOf = (args: readonly unknown[]) => {
  const options = args.at(-1);
  return isOptions(options) ? options.loc?.start.line : undefined;
};

/** The helpers templates may call; each emits brief Markdown built from typed data. */
export const HELPERS: Record<string, Helper> = {
  cite: (...args) => {
    const refs = args[0];
    if (!Array.isArray(refs)) throw new HelperError("cite expects a list of reference numbers", lineOf(args));
    const numbers = refs.filter((r): r is number => Number.isInteger(r));
    // An optional second argument: how many more sources stand behind the line than it cites.
    const more = Number.isInteger(args[1]) && (args[1] as number) > 0 ? (args[1] as number) : 0;
    if (numbers.length === 0) return "";
    return `[${numbers.join(", ")}${more > 0 ? ` and ${formatCount(more)} more` : ""}]`;
  },
  chart: (...args) => {
    const name = args[0];
    if (typeof name !== "string" || !(CHART_NAMES as readonly string[]).includes(name))
      throw new HelperError(`unknown chart '${String(name)}' (known: ${CHART_NAMES.join(", ")})`, lineOf(args));
    return `\n::chart ${name}\n`;
  },
  references: () => "\n::references\n",
  pagebreak: () => "\n::pagebreak\n",
  join: (...args) => {
    const [list, separator] = args;
    if (!Array.isArray(list)) throw new HelperError("join expects a list", lineOf(args));
    return list.map(String).join(typeof separator === "string" ? separator : ", ");
  },
  number: (...args) => {
    const [count] = args;
    if (typeof count !== "number") throw new HelperError("number expects a number", lineOf(args));
    return formatCount(count);
  },
  plural: (...args) => {
    const [count, one, many] = args;
    const shown = typeof count === "number" ? formatCount(count) : String(count);
    return `${shown} ${count === 1 ? String(one) : typeof many === "string" ? many : `${String(one)}s`}`;
  },
};

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((name) => [name, true])),
  noEscape: true,
} as const;

const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

// Compiling is most of templating, so each set of template sources is compiled once per process.
const compiled = new Map<string, (data: object) => string>();
const COMPILED_LIMIT = 16;

/**
 * Renders a brief's templates with data whose strings are already escaped for the Markdown, in
 * an isolated Handlebars with only our helpers, strict lookups and no prototype access. Every
 * failure is a ReportError naming the template file and line.
 */
export function renderTemplate(templates: TemplateSet, data: object): string {
  const key = JSON.stringify([templates.main, [...templates.partials]]);
  let render = compiled.get(key);
  if (!render) {
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    render = compileTemplates(templates);
    compiled.set(key, render);
  }
  return render(data);
}

/**
 * The shipped templates compiled when the package is built (`scripts/precompile-templates.mjs`): each file's
 * Handlebars output with the SHA-256 of the source it came from and the Handlebars version that compiled it.
 */
export interface PrecompiledTemplates {
  handlebars: string;
  templates: Record<string, { sha256: string; spec: string }>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Compiles template files as `renderTemplate` would, to the form `PrecompiledTemplates` keeps. */
export function precompileTemplates(files: readonly TemplateFile[]): PrecompiledTemplates {
  const templates: PrecompiledTemplates["templates"] = {};
  for (const f of files)
    templates[f.file] = { sha256: sha256(f.source), spec: Handlebars.precompile(f.source, COMPILE_OPTIONS) as string };
  return { handlebars: Handlebars.VERSION, templates };
}

const PRECOMPILED = new URL("../dist/precompiled-templates.json", import.meta.url);
let shipped: PrecompiledTemplates | undefined;

/** The package build's compiled templates, when it has them and they come from the Handlebars loaded here. */
export function shippedTemplates(): PrecompiledTemplates {
  if (!shipped) {
    shipped = { handlebars: Handlebars.VERSION, templates: {} };
    try {
      const kept = JSON.parse(readFileSync(PRECOMPILED, "utf8")) as PrecompiledTemplates;
      if (kept.handlebars === Handlebars.VERSION) shipped = kept;
    } catch {}
  }
  return shipped;
}

// The compiled form of a template whose source is the one it was compiled from, by this Handlebars; any other
// template (a user's, an edited one, none compiled) is compiled now.
function compileTemplate(
  hb: typeof HandlebarsModule,
  file: TemplateFile,
  precompiled: PrecompiledTemplates,
): HandlebarsModule.TemplateDelegate {
  const kept = Object.hasOwn(precompiled.templates, file.file) ? precompiled.templates[file.file] : undefined;
  if (kept && precompiled.handlebars === Handlebars.VERSION && kept.sha256 === sha256(file.source))
    return hb.template(new Function(`return ${kept.spec}`)() as Parameters<typeof HandlebarsModule.template>[0]);
  return hb.compile(file.source, COMPILE_OPTIONS);
}

/**
 * A brief's templates as one render function, in an isolated Handlebars with our helpers; a template `precompiled`
 * holds for its exact source is not compiled again (by default, the package build's: compiling is most of a cold
 * brief's templating).
 */
export function compileTemplates(
  templates: TemplateSet,
  precompiled: PrecompiledTemplates = shippedTemplates(),
): (data: object) => string {
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);
  for (const [name, partial] of templates.partials) {
    const template = compileTemplate(hb, partial, precompiled);
    hb.registerPartial(name, ((context: unknown, options: unknown) => {
      try {
        return template(context, options as HandlebarsModule.RuntimeOptions);
      } catch (error) {
        throw templateError(partial, error);
      }
    }) as HandlebarsModule.Template);
  }
  const main = compileTemplate(hb, templates.main, precompiled);
  return (data) => {
    try {
      return main(data, RUNTIME_OPTIONS);
    } catch (error) {
      throw templateError(templates.main, error);
    }
  };
}

function templateError(template: TemplateFile, error: unknown): ReportError {
  if (error instanceof ReportError) return error;
  const e = error as { message?: string; lineNumber?: number; line?: number };
  const message = (e.message ?? String(error)).replace(/ - \d+:\d+$/, "");
  const line = e.lineNumber ?? e.line ?? Number(/on line (\d+)/.exec(message)?.[1] ?? Number.NaN);
  const where = Number.isFinite(line) ? `${template.file}, line ${line}` : template.file;
  return new ReportError(`template ${where}: ${message.split("\n")[0]}`, { cause: error });
}
