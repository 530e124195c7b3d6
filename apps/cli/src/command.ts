import type { Io } from "./io.ts";

/** One `accord` command. */
export interface Command {
  name: string;
  /** One line for `accord --help`. */
  summary: string;
  /** The full help text: usage, options, examples. */
  help: string;
  run(argv: readonly string[], io: Io): Promise<number>;
}
