import type { Io } from "./io.ts";

/** One `accord` command. */
export interface Command {
  name: string;
  /** The full help text: usage, options, examples. */
  help: string;
  run(argv: readonly string[], io: Io): Promise<number>;
}
