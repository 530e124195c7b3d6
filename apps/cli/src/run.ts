import { readFileSync } from "node:fs";
import { GazetteerError } from "@accord/ingest";
import { ReportError } from "@accord/reports";
import { StoreError } from "@accord/store";
import type { Command } from "./command.ts";
import { brief } from "./commands/brief.ts";
import { demo } from "./commands/demo.ts";
import { exportCommand } from "./commands/export.ts";
import { extract } from "./commands/extract.ts";
import { importCommand } from "./commands/import.ts";
import { ingest } from "./commands/ingest.ts";
import { list } from "./commands/list.ts";
import { schema } from "./commands/schema.ts";
import { show } from "./commands/show.ts";
import { UsageError, UserError } from "./errors.ts";
import type { Io } from "./io.ts";

/** Every command, in the order `accord --help` lists them. */
export const COMMANDS: readonly Command[] = [
  demo,
  ingest,
  extract,
  list,
  show,
  brief,
  exportCommand,
  importCommand,
  schema,
];

/** The package version, read once from package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** The text of `accord --help`. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `accord ${version()}: a sourced knowledge base of university cooperation, and PDF briefs from it

Usage: accord <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also 'accord <command> --help')
  -v, --version  print the version
  --debug        print the stack trace of an error

Examples:
  accord demo                                   sample corpus in, three PDF briefs out in ./out
  accord ingest ~/articles                      read a folder of saved pages into ./accord.db
  accord show HIT                               an organization, its partners and the evidence
  accord brief pair HIT BMSTU --out brief.pdf   the history of a pair, with citations
  accord list partnerships --country RU --json  data for other tools
`;
}

/** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 usage. Errors never escape. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  const [name, ...rest] = argv.filter((a) => a !== "--debug");
  try {
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      io.stdout(mainHelp());
      return name === undefined ? 2 : 0;
    }
    if (name === "-v" || name === "--version") {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command '${name}' (see 'accord --help')`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`${command.help}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof UserError ||
      error instanceof StoreError ||
      error instanceof GazetteerError ||
      error instanceof ReportError;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`error: ${known ? message : `unexpected failure: ${message} (run again with --debug for details)`}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
