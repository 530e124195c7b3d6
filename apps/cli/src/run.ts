import { readFileSync } from "node:fs";
import { COMMANDS } from "./commands/index.ts";
import { UsageError } from "./errors.ts";
import type { Io } from "./io.ts";

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

const USER_ERRORS = new Set(["UsageError", "UserError", "StoreError", "GazetteerError", "ReportError"]);

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
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) throw new UsageError(`unknown command '${name}' (see 'accord --help')`);
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`${command.help}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    // Errors the user can act on carry their own one-line message; anything else is a bug.
    const known = error instanceof Error && USER_ERRORS.has(error.name);
    // One line whatever the message carries (JSON.parse quotes the input, newlines included).
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*[\r\n]+\s*/g, " ").trim();
    io.stderr(`error: ${known ? message : `unexpected failure: ${message} (run again with --debug for details)`}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
