import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { expandInputs, readGazetteer } from "@accord/ingest";
import type { Store } from "@accord/store";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { briefInputsHash, type PlannedBrief, sha256, templateDigests } from "../config/brief-inputs.ts";
import { briefStatus } from "../config/brief-status.ts";
import { buildConfigJsonSchema, MANIFEST_FILE } from "../config/build-config.ts";
import { type ManifestEntry, manifestText, readManifest } from "../config/manifest.ts";
import { planBriefs } from "../config/plan-briefs.ts";
import { displayPath, readBuildConfig } from "../config/read-build-config.ts";
import { type BriefOutcome, reportBuild } from "../config/report-build.ts";
import { withScratchCopy } from "../config/scratch-store.ts";
import { UsageError } from "../errors.ts";
import { ingestFiles } from "../ingest-files.ts";
import type { Io } from "../io.ts";
import { storeLocation, withStore } from "../knowledge-base-source.ts";
import { writeOutput } from "../write-output.ts";
import { renderTo } from "./brief.ts";

export const build: Command = {
  name: "build",
  help: `Usage: accord build [--config FILE] [--check] [--json]

Reads a config file (default ./accord.config.json, then accord.config.yaml or .yml), ingests
what is new in its sources, renders every brief it declares into its out folder, and writes
<out>/${MANIFEST_FILE}: for each brief its file, request, the SHA-256 of its inputs (the
knowledge-base content it shows, its options and template files) and of the file written. A
brief whose inputs did not change is not rewritten. Paths in the config are relative to it;
'accord build --schema' prints the JSON Schema editors validate it with.

With --check nothing is written: the sources are ingested into a scratch copy of the knowledge
base and each brief is compared with the manifest; the command exits 1 listing the briefs that
are out of date (inputs changed, file missing or edited), 0 when all are current.
SOURCE_DATE_EPOCH sets the PDFs' creation date, as for 'accord brief'.

Options:
  --config FILE   the config file (JSON or YAML)
  --check         write nothing; exit 1 when a brief is out of date
  --json          print the outcome as one JSON document
  --schema        print the JSON Schema of the config file and exit
  -h, --help      show this help

Exit codes: 0 ok (or all current), 1 a brief or a document failed, or a brief is out of date
with --check, 2 usage error.

Examples:
  accord build
  accord build --config examples/accord.config.json
  accord build --check || echo "briefs are stale: run accord build"`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("build", argv, {
      config: { type: "string" },
      check: { type: "boolean" },
      json: { type: "boolean" },
      schema: { type: "boolean" },
    });
    if (positionals.length > 0)
      throw new UsageError(`build: unexpected argument '${positionals[0]}' (give the config with --config FILE)`);
    if (values.schema) {
      io.stdout(`${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`);
      return 0;
    }
    const epoch = io.env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && !/^\d+$/.test(epoch))
      throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds, not '${epoch}'`);
    const check = values.check === true;
    const { file: configFile, path: configPath, dir, config } = await readBuildConfig(io, values.config);
    // Origins are stored relative to the config, so the knowledge base and the briefs do not depend on where accord runs.
    const configIo: Io = { ...io, cwd: dir };
    const gazetteer = readGazetteer(config.gazetteers.map((g) => resolve(dir, g)));
    const { files, problems } = await expandInputs(config.sources, dir);
    const location = storeLocation(configIo, config.db);
    const ingestAndSnapshot = async (store: Store) => {
      const summary = await ingestFiles(configIo, store, gazetteer, files);
      return { summary, kb: await store.snapshot() };
    };
    const { summary, kb } = check
      ? await withScratchCopy(location, ingestAndSnapshot)
      : await withStore(configIo, location, ingestAndSnapshot);
    summary.failed.unshift(...problems);

    const out = resolve(dir, config.out);
    const manifestPath = join(out, MANIFEST_FILE);
    const prior = await readManifest(manifestPath);
    const context = { version: VERSION, sourceDateEpoch: epoch === undefined ? undefined : Number(epoch) };
    const outcomes: BriefOutcome[] = [];
    const entries: ManifestEntry[] = [];
    const planned = planBriefs(config, dir);
    for (const brief of planned) {
      const target = join(out, brief.file);
      const shown = displayPath(io.cwd, target);
      const templates = templateDigests(brief.request.kind, brief.templateDir);
      const inputs = Array.isArray(templates)
        ? briefInputsHash(kb, brief, { ...context, templates })
        : { ok: false as const, reason: templates.reason };
      if (!inputs.ok) {
        outcomes.push({ file: shown, kind: brief.request.kind, status: "failed", reason: inputs.reason });
        continue;
      }
      const previous = prior?.briefs.find((b) => b.file === brief.file);
      const existing = await readFile(target).catch(() => null);
      const status = briefStatus(previous, inputs.sha256, existing === null ? null : sha256(existing));
      if (check) {
        outcomes.push({
          file: shown,
          kind: brief.request.kind,
          ...(status.current ? { status: "current" } : { status: "stale", reason: status.reason }),
        });
        continue;
      }
      let output = previous?.output ?? "";
      if (!status.current) {
        await renderTo(io, kb, brief.request, { ...renderOptions(brief), out: target });
        output = sha256(await readFile(target));
      }
      entries.push(manifestEntry(brief, inputs.sha256, output));
      outcomes.push({ file: shown, kind: brief.request.kind, status: status.current ? "unchanged" : "wrote" });
    }

    if (check && prior)
      for (const entry of prior.briefs)
        if (!planned.some((b) => b.file === entry.file))
          outcomes.push({
            file: displayPath(io.cwd, join(out, entry.file)),
            kind: entry.kind,
            status: "stale",
            reason: "no longer in the config",
          });

    let manifestStatus: "wrote" | "unchanged" | "not written" = "not written";
    if (!check) {
      const text = manifestText({
        format: "accord-manifest",
        version: 1,
        config: relative(out, configPath).replaceAll("\\", "/"),
        briefs: entries,
      });
      const before = await readFile(manifestPath, "utf8").catch(() => null);
      manifestStatus = before === text ? "unchanged" : "wrote";
      if (before !== text) await writeOutput(io.cwd, manifestPath, text);
    }
    reportBuild(io, {
      json: values.json === true,
      check,
      configFile,
      summary,
      outcomes,
      manifest: { file: displayPath(io.cwd, manifestPath), status: manifestStatus },
    });
    const failed = summary.failed.length > 0 || outcomes.some((o) => o.status === "failed");
    const stale = outcomes.some((o) => o.status === "stale");
    return failed || stale ? 1 : 0;
  },
};

const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

function renderOptions(brief: PlannedBrief) {
  return {
    format: brief.format,
    ...(brief.from ? { from: brief.from } : {}),
    ...(brief.to ? { to: brief.to } : {}),
    ...(brief.templateDir ? { templateDir: brief.templateDir } : {}),
  };
}

function manifestEntry(brief: PlannedBrief, inputs: string, output: string): ManifestEntry {
  return {
    file: brief.file,
    kind: brief.request.kind,
    request: brief.request,
    options: {
      format: brief.format,
      ...(brief.from ? { from: brief.from } : {}),
      ...(brief.to ? { to: brief.to } : {}),
      ...(brief.template ? { template: brief.template } : {}),
    },
    inputs,
    output,
  };
}
