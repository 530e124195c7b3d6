import { readdirSync, readFileSync } from "node:fs";
import { GazetteerError } from "../errors.ts";
import { buildGazetteer, type Gazetteer, type GazetteerLayer } from "./build-gazetteer.ts";
import { GazetteerFile } from "./gazetteer-entry.ts";

const DATA = new URL("../../data/", import.meta.url);

/** Parses and validates one gazetteer file's JSON text; `label` names it in errors. */
export function parseGazetteerFile(json: string, label: string): GazetteerFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new GazetteerError(`${label}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  const parsed = GazetteerFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GazetteerError(`${label}: ${issue ? `${issue.path.join(".") || "file"}: ${issue.message}` : "invalid"}`);
  }
  return parsed.data;
}

function readFile(path: string | URL, label: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw new GazetteerError(`cannot read gazetteer ${label}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, {
      cause,
    });
  }
}

let builtIn: GazetteerLayer[] | undefined;

/** The gazetteer files shipped with the package: curated entries, then the bulk world list. */
export function builtInLayers(): GazetteerLayer[] {
  if (builtIn) return builtIn;
  const curatedDir = new URL("gazetteer/", DATA);
  const files = readdirSync(curatedDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const curated = files.flatMap((f) => parseGazetteerFile(readFile(new URL(f, curatedDir), f), f).entries);
  const world = parseGazetteerFile(
    readFile(new URL("world-universities.json", DATA), "world-universities.json"),
    "world-universities.json",
  );
  builtIn = [
    { entries: curated, curated: true },
    { entries: world.entries, curated: false },
  ];
  return builtIn;
}

/** Loads the shipped gazetteer with the user's files first (their entries win). */
export function readGazetteer(extraFiles: readonly string[] = []): Gazetteer {
  const extra = extraFiles.map((file) => ({
    entries: parseGazetteerFile(readFile(file, file), file).entries,
    curated: true,
  }));
  return buildGazetteer([...extra, ...builtInLayers()]);
}
