import { parseArgs } from "node:util";
import { parseIsoPartial } from "@accord/domain";
import { UsageError } from "./errors.ts";

/** An option as `node:util` parseArgs takes it. */
export type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
} as const satisfies Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S["type"] extends "boolean"
  ? boolean
  : S["multiple"] extends true
    ? string[]
    : string;

/** The parsed command line: option values by name (absent when not given) and the positional arguments. */
export interface ParsedArgs<T extends Record<string, OptionSpec>> {
  values: { [K in keyof T]?: ValueOf<T[K]> } & { help?: boolean; debug?: boolean };
  positionals: string[];
}

/** Parses one command's arguments; an unknown option or a missing value is a usage error naming it. */
export function parseCommandArgs<T extends Record<string, OptionSpec>>(
  command: string,
  argv: readonly string[],
  options: T,
): ParsedArgs<T> {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return parsed as unknown as ParsedArgs<T>;
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(
      `${command}: ${message.charAt(0).toLowerCase()}${message.slice(1)} (see 'accord ${command} --help')`,
    );
  }
}

/** Checks a `--from` or `--to` value: a real date as YYYY, YYYY-MM or YYYY-MM-DD, else a usage error naming it. */
export function checkDateOption(command: string, option: string, value: string | undefined): void {
  if (value !== undefined && parseIsoPartial(value) === undefined)
    throw new UsageError(`${command}: ${option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '${value}'`);
}
