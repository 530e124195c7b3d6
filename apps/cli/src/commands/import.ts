import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../errors.ts";
import { DB_HELP, readSnapshot, withStore } from "../knowledge-base-source.ts";

export const importCommand: Command = {
  name: "import",
  help: `Usage: accord import FILE [--db PATH] [--json]

Loads a snapshot written by 'accord export' (or - for standard input). Documents already stored
are kept once; their facts merge with what is there, never duplicating.

Options:
${DB_HELP}
  --json           print the counts as JSON
  -h, --help       show this help

Examples:
  accord import kb.json --db new.db`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("import", argv, {
      db: { type: "string" },
      json: { type: "boolean" },
    });
    const [file, ...rest] = positionals;
    if (!file || rest.length > 0)
      throw new UsageError("import: give exactly one snapshot file (see 'accord import --help')");
    const kb = await readSnapshot(io, file);
    const result = await withStore(io, values.db, async (store) => {
      const imported = await store.importSnapshot(kb);
      await store.packFacets();
      return imported;
    });
    io.stdout(values.json ? `${JSON.stringify(result)}\n` : `added ${result.added}, unchanged ${result.unchanged}\n`);
    return 0;
  },
};
