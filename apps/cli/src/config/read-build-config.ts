import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type * as z from "zod";
import { UserError } from "../errors.ts";
import type { Io } from "../io.ts";
import { BuildConfig } from "./build-config.ts";

/** The file names `accord build` looks for, in order, when no `--config` is given. */
export const CONFIG_FILES = ["accord.config.json", "accord.config.yaml", "accord.config.yml"] as const;

/** A validated config and where it was read from: paths in it are relative to `dir`. */
export interface LoadedConfig {
  /** The config file as the user named it (relative to the working folder when inside it). */
  file: string;
  /** The config file's absolute path. */
  path: string;
  dir: string;
  config: BuildConfig;
}

/** Reads and validates a build config; any trouble is a one-line UserError naming the file and the field. */
export async function readBuildConfig(io: Io, given: string | undefined): Promise<LoadedConfig> {
  const { path, text } = given === undefined ? await findConfig(io) : await readConfigFile(io, resolve(io.cwd, given));
  const file = displayPath(io.cwd, path);
  return { file, path, dir: dirname(path), config: parseBuildConfig(file, text) };
}

/** Parses the text of a config file (JSON, or YAML when the name ends in .yaml or .yml). */
export function parseBuildConfig(file: string, text: string): BuildConfig {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    const first = ((error as Error).message.split("\n")[0] ?? "").replace(/:$/, "");
    throw new UserError(`${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${first}`);
  }
  const parsed = BuildConfig.safeParse(data);
  if (!parsed.success) {
    // A misspelt field is also a missing one; naming the misspelling says more.
    const issues = parsed.error.issues;
    throw new UserError(`${file}: ${describeIssue(issues.find((i) => i.code === "unrecognized_keys") ?? issues[0])}`);
  }
  return parsed.data;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "not a valid config";
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    return `${[...path, key].join(".")}: unknown field${issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).join(", ")})` : ""}`;
  }
  const where = path.length === 0 ? "top level" : path.join(".");
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message))
    return `${where}: missing (expected ${issue.expected})`;
  if (issue.code === "invalid_union" && issue.path.at(-1) === "kind")
    return `${where}: must be "pair", "org" or "countries"`;
  return `${where}: ${issue.message.replace(/^Invalid input: /, "")}`;
}

async function findConfig(io: Io): Promise<{ path: string; text: string }> {
  for (const name of CONFIG_FILES) {
    const path = join(io.cwd, name);
    const text = await readFile(path, "utf8").catch(() => null);
    if (text !== null) return { path, text };
  }
  throw new UserError(`no ${CONFIG_FILES.join(", ")} in ${io.cwd} (give one with --config FILE)`);
}

async function readConfigFile(io: Io, path: string): Promise<{ path: string; text: string }> {
  try {
    return { path, text: await readFile(path, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`cannot read config ${displayPath(io.cwd, path)}: ${code}`);
  }
}

/** A path as messages show it: relative to the working folder when inside it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
