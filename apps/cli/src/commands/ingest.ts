import { availableParallelism } from "node:os";
import { expandInputs, readGazetteer } from "@accord/ingest";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../errors.ts";
import { ingestFiles } from "../ingest-files.ts";
import { DB_HELP, withStore } from "../knowledge-base-source.ts";
import { gazetteerFiles } from "./extract.ts";

export const ingest: Command = {
  name: "ingest",
  help: `Usage: accord ingest [options] PATH...

Reads each document, extracts its organizations, people, partnerships and events, and stores
them, up to 256 documents a transaction and at least every 3 s (each one stored whole or not at
all; after a crash, rerun the same command). PATH is a file, a folder (read recursively), a glob,
or - for standard input. A document already stored (same text) is skipped; one whose text changed since
it was stored from the same path replaces its old facts; a near-copy of a stored story is linked
to that story. A file that cannot be read gets a one-line reason and the run goes on.

Worker threads read and extract (one document each at a time, stopped after 30 s on one
document); this process alone writes to the store, so memory stays flat however many files.

Options:
${DB_HELP}
  --gazetteer FILE   an extra gazetteer file (repeatable); its entries win over the shipped ones
  --max-size MB      refuse files larger than this (default 50)
  --timeout SECONDS  give up on a document that takes longer to read (default 20)
  --workers N        worker threads for reading and extraction (default: one per core);
                     1 reads and extracts in the main thread, as do runs of fewer than 100 files
  --json             print the summary as one JSON document
  -h, --help         show this help

Exit codes: 0 all stored, 1 some documents failed, 2 usage error.

Examples:
  accord ingest ~/articles
  accord ingest 'saved/**/*.html' press-release.pdf --db team.db
  accord ingest archive/ --workers 4
  curl -s https://example.org/news.html | accord ingest -`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("ingest", argv, {
      db: { type: "string" },
      gazetteer: { type: "string", multiple: true },
      "max-size": { type: "string" },
      timeout: { type: "string" },
      workers: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length === 0)
      throw new UsageError("ingest: give at least one file, folder or glob (see 'accord ingest --help')");
    const maxBytes = positiveNumber(values["max-size"], "--max-size") * 1024 * 1024 || undefined;
    const timeoutMs = positiveNumber(values.timeout, "--timeout") * 1000 || undefined;
    const workers = values.workers === undefined ? availableParallelism() : wholeNumber(values.workers, "--workers");
    const extraGazetteers = gazetteerFiles(io, values.gazetteer);
    const { files, problems } = await expandInputs(positionals, io.cwd);
    const summary = await withStore(io, values.db, (store) =>
      ingestFiles(io, store, () => readGazetteer(extraGazetteers), files, {
        workers,
        gazetteerFiles: extraGazetteers,
        ...(maxBytes ? { maxBytes } : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
    );
    summary.failed.unshift(...problems);
    if (values.json) {
      io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      io.stdout(
        `added ${summary.added}, unchanged ${summary.unchanged}, replaced ${summary.replaced}, near-duplicates ${summary.nearDuplicates}, failed ${summary.failed.length}\n`,
      );
      for (const f of summary.failed) io.stderr(`failed: ${f.file}: ${f.reason}\n`);
    }
    return summary.failed.length > 0 ? 1 : 0;
  },
};

function positiveNumber(value: string | undefined, option: string): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`ingest: ${option} takes a positive number, not '${value}'`);
  return n;
}

function wholeNumber(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`ingest: ${option} takes a whole number from 1, not '${value}'`);
  return n;
}
