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

function compileTemplates(templates: TemplateSet): (data: object) => string {
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);
  for (const [name, partial] of templates.partials) {
    const template = hb.compile(partial.source, COMPILE_OPTIONS);
    hb.registerPartial(name, ((context: unknown, options: unknown) => {
      try {
        return template(context, options as HandlebarsModule.RuntimeOptions);
      } catch (error) {
        throw templateError(partial, error);
      }
    }) as HandlebarsModule.Template);
  }
  const main = hb.compile(templates.main.source, COMPILE_OPTIONS);
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
