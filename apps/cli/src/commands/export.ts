import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { DB_HELP, withExistingStore } from "../knowledge-base-source.ts";
import { writeOutput } from "../write-output.ts";

export const exportCommand: Command = {
  name: "export",
  help: `Usage: accord export [--out FILE] [--db PATH]

Writes the whole knowledge base as a snapshot that validates against 'accord schema': every
document, organization, person, partnership and event with its evidence. The same stored
content always gives the same bytes.

Options:
${DB_HELP}
  --out FILE       write to FILE instead of standard output
  -h, --help       show this help

Examples:
  accord export --out kb.json
  accord export | jq '.partnerships | length'`,
  async run(argv, io) {
    const { values } = parseCommandArgs("export", argv, { db: { type: "string" }, out: { type: "string" } });
    const kb = await withExistingStore(io, values.db, (store) => store.snapshot());
    const json = `${JSON.stringify(kb, null, 2)}\n`;
    if (values.out) {
      const path = await writeOutput(io.cwd, values.out, json);
      io.stderr(`wrote ${path}\n`);
    } else io.stdout(json);
    return 0;
  },
};
