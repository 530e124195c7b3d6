import { knowledgeBaseJsonSchema } from "@accord/domain";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";

export const schema: Command = {
  name: "schema",
  help: `Usage: accord schema

Prints the JSON Schema of the snapshot that 'accord export' writes and 'accord import' reads.

Examples:
  accord schema > knowledge-base.schema.json`,
  async run(argv, io) {
    parseCommandArgs("schema", argv, {});
    io.stdout(`${JSON.stringify(knowledgeBaseJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
