import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { slugify } from "@accord/domain";
import {
  type BriefRequest,
  type CountriesCounts,
  keepLayouts,
  preloadFonts,
  ReportError,
  renderBrief,
} from "@accord/reports";
import type { SnapshotScope } from "@accord/store";
import { checkDateOption, parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError, UserError } from "../errors.ts";
import type { Io } from "../io.ts";
import { DB_HELP } from "../knowledge-base-source.ts";
import { loadCountriesBrief } from "../load-countries-brief.ts";
import { loadScopedKnowledgeBase } from "../load-scoped-knowledge-base.ts";
import { writeOutput } from "../write-output.ts";

// The words the brief fonts were shaped into, kept for the next process (node_modules/.cache, as tools do).
const KEPT_LAYOUTS = fileURLToPath(new URL("../../node_modules/.cache/accord/", import.meta.url));

export const brief: Command = {
  name: "brief",
  help: `Usage: accord brief pair ORG ORG [options]
       accord brief org ORG [options]
       accord brief countries CC CC [options]

pair       the history of cooperation between two organizations (any name or acronym)
org        an organization's profile: names, partners by country and kind, timeline, people
countries  cooperation between two countries' organizations: counts, network, recent news

Every factual line cites its sources; the endnotes quote the sentence each fact was read from.
The same knowledge base, options and SOURCE_DATE_EPOCH give a byte-identical file.

Options:
${DB_HELP}
  --snapshot FILE   read a snapshot file instead of the store
  --from DATE       only what happened from DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE         only what happened until DATE
  --out FILE        where to write (default brief-<kind>-<names>.pdf in this folder)
  --format pdf|md   PDF (default) or Markdown
  --template DIR    use the templates in DIR instead of the shipped ones (same file names)
  -h, --help        show this help

Examples:
  accord brief pair HIT BMSTU --out hit-bmstu.pdf
  accord brief org "Tomsk Polytechnic University" --from 2020
  accord brief countries CN RU --from 2020 --to 2025 --format md`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("brief", argv, {
      db: { type: "string" },
      snapshot: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      format: { type: "string" },
      template: { type: "string" },
    });
    const request = briefRequest(positionals);
    const format = values.format ?? "pdf";
    if (format !== "pdf" && format !== "md") throw new UsageError(`brief: --format is pdf or md, not '${format}'`);
    checkDateOption("brief", "--from", values.from);
    checkDateOption("brief", "--to", values.to);
    // The fonts (some 20 MB) are read on the thread pool while the knowledge base is read and the brief laid out.
    if (format === "pdf") void preloadFonts();
    // A countries brief of a store counts every partnership from small rows, and reads whole what it lists.
    const { kb, counts } =
      request.kind === "countries" && !values.snapshot
        ? await loadCountriesBrief(io, values.db, request.countries, { from: values.from, to: values.to })
        : { kb: await loadScopedKnowledgeBase(io, values, scopeOf(request)), counts: undefined };
    const out =
      values.out ??
      `brief-${request.kind}-${names(request)
        .map((n) => slugify(n))
        .join("-")}.${format}`;
    const path = await renderTo(io, kb, request, {
      format,
      out,
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      ...(values.template ? { templateDir: resolve(io.cwd, values.template) } : {}),
      ...(counts ? { counts } : {}),
    });
    io.stdout(`${path}\n`);
    return 0;
  },
};

// What a brief reads: the organizations named (or of the two countries), their units, and what refers to them.
// A countries brief never reads organizations' evidence, nor people but those at its events.
function scopeOf(request: BriefRequest): SnapshotScope {
  if (request.kind === "countries")
    return { countries: request.countries, related: ["partnerships", "events"], organizationEvidence: false };
  return { names: names(request), related: ["partnerships", "events", "people"] };
}

function names(request: BriefRequest): string[] {
  return request.kind === "pair"
    ? request.organizations
    : request.kind === "org"
      ? [request.organization]
      : request.countries;
}

function briefRequest(positionals: readonly string[]): BriefRequest {
  const [kind, ...args] = positionals;
  if (kind === "pair" && args.length === 2) return { kind, organizations: [args[0] as string, args[1] as string] };
  if (kind === "org" && args.length === 1) return { kind, organization: args[0] as string };
  if (kind === "countries" && args.length === 2) {
    const [a, b] = args.map((c) => c.toUpperCase()) as [string, string];
    if (![a, b].every((c) => /^[A-Z]{2}$/.test(c)))
      throw new UsageError("brief: countries takes two ISO codes, e.g. 'accord brief countries CN RU'");
    return { kind, countries: [a, b] };
  }
  throw new UsageError("brief: say 'pair ORG ORG', 'org ORG' or 'countries CC CC' (see 'accord brief --help')");
}

/** Renders one brief and writes it atomically; "nothing to report" and unknown names are user errors. */
export async function renderTo(
  io: Io,
  kb: Parameters<typeof renderBrief>[0],
  request: BriefRequest,
  options: {
    format: "pdf" | "md";
    out: string;
    from?: string;
    to?: string;
    templateDir?: string;
    counts?: CountriesCounts;
  },
): Promise<string> {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && !/^\d+$/.test(epoch))
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds, not '${epoch}'`);
  let result: Awaited<ReturnType<typeof renderBrief>>;
  keepLayouts(KEPT_LAYOUTS);
  try {
    result = await renderBrief(kb, request, {
      format: options.format,
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      ...(options.templateDir ? { templateDir: options.templateDir } : {}),
      ...(epoch ? { sourceDateEpoch: Number(epoch) } : {}),
      ...(options.counts ? { counts: options.counts } : {}),
    });
  } catch (error) {
    if (error instanceof ReportError) throw new UserError(error.message);
    throw error;
  }
  if (!result.ok) throw new UserError(result.reason);
  return writeOutput(io.cwd, options.out, result.bytes);
}
