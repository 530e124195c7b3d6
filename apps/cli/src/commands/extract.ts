import { basename, resolve } from "node:path";
import {
  expandInputs,
  extractDocument,
  readDocument,
  readDocumentFile,
  readGazetteer,
  toGoldFormat,
} from "@accord/ingest";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../errors.ts";
import { toSourceDocument } from "../ingest-files.ts";
import type { Io } from "../io.ts";

/** User gazetteer files from `--gazetteer` (and $ACCORD_GAZETTEER, colon-separated), as absolute paths. */
export function gazetteerFiles(io: Io, given: readonly string[] | undefined): string[] {
  const fromEnv = (io.env.ACCORD_GAZETTEER ?? "").split(":").filter(Boolean);
  return [...(given ?? []), ...fromEnv].map((f) => resolve(io.cwd, f));
}

export const extract: Command = {
  name: "extract",
  help: `Usage: accord extract [options] FILE...

Reads each document and prints the organizations, people, partnerships and events found in it.
Nothing is stored. With --json, one JSON line per document in the evaluation format
(doc, published, language, institutions, partnerships, people, events).

Options:
  --gazetteer FILE   an extra gazetteer file (repeatable)
  --json             one JSON line per document
  -h, --help         show this help

Examples:
  accord extract news/hit-bmstu.html
  accord extract corpus/*.txt --json > predictions.jsonl`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("extract", argv, {
      gazetteer: { type: "string", multiple: true },
      json: { type: "boolean" },
    });
    if (positionals.length === 0) throw new UsageError("extract: give at least one file (see 'accord extract --help')");
    const gazetteer = readGazetteer(gazetteerFiles(io, values.gazetteer));
    const { files, problems } = await expandInputs(positionals, io.cwd);
    let failed = problems.length;
    for (const p of problems) io.stderr(`failed: ${p.file}: ${p.reason}\n`);
    for (const file of files) {
      const name = file === "-" ? "stdin" : basename(file);
      const read =
        file === "-"
          ? await readDocument({ origin: "stdin", name: "stdin.txt", bytes: await io.readStdin() })
          : await readDocumentFile(file, { origin: name });
      if (!read.ok) {
        failed++;
        io.stderr(`failed: ${name}: ${read.reason}\n`);
        continue;
      }
      const facts = extractDocument(gazetteer, {
        document: toSourceDocument(read.document, name),
        url: read.document.url,
      });
      const line = toGoldFormat(name, facts);
      if (values.json) {
        io.stdout(`${JSON.stringify(line)}\n`);
        continue;
      }
      io.stdout(`${name} (${line.language}${line.published ? `, ${line.published}` : ""})\n`);
      for (const o of line.institutions)
        io.stdout(`  organization  ${o.name} [${o.kind}${o.country ? `, ${o.country}` : ""}]\n`);
      for (const p of line.people)
        io.stdout(
          `  person        ${p.name}${p.role ? `, ${p.role}` : ""}${p.institution ? ` (${p.institution})` : ""}\n`,
        );
      for (const p of line.partnerships)
        io.stdout(`  partnership   ${p.kind} ${p.status}${p.date ? ` ${p.date}` : ""}: ${p.parties.join(" × ")}\n`);
    }
    return failed > 0 ? 1 : 0;
  },
};
