import type { IngestSummary } from "../ingest-files.ts";
import type { Io } from "../io.ts";

/** What happened to one brief: built and checked briefs share the shape. */
export interface BriefOutcome {
  file: string;
  kind: string;
  status: "wrote" | "unchanged" | "current" | "stale" | "failed";
  reason?: string;
}

/** Prints what a build or check did: text lines, or one JSON document with --json. */
export function reportBuild(
  io: Io,
  r: {
    json: boolean;
    check: boolean;
    configFile: string;
    summary: IngestSummary;
    outcomes: BriefOutcome[];
    manifest: { file: string; status: string };
  },
): void {
  const { summary: s } = r;
  const ingest = {
    added: s.added,
    unchanged: s.unchanged,
    replaced: s.replaced,
    nearDuplicates: s.nearDuplicates,
    failed: s.failed,
  };
  if (r.json) {
    const manifest = r.check ? {} : { manifest: r.manifest };
    io.stdout(
      `${JSON.stringify({ config: r.configFile, check: r.check, ingest, briefs: r.outcomes, ...manifest }, null, 2)}\n`,
    );
    return;
  }
  for (const f of s.failed) io.stderr(`failed: ${f.file}: ${f.reason}\n`);
  io.stdout(
    `${r.check ? "sources" : "ingested"}: added ${s.added}, unchanged ${s.unchanged}, replaced ${s.replaced}, near-duplicates ${s.nearDuplicates}, failed ${s.failed.length}\n`,
  );
  for (const o of r.outcomes) {
    if (o.status === "failed") io.stderr(`failed: ${o.file}: ${o.reason}\n`);
    else io.stdout(`${o.status.padEnd(9)} ${o.file}${o.reason ? ` (${o.reason})` : ""}\n`);
  }
  if (r.check) {
    const stale = r.outcomes.filter((o) => o.status === "stale").length;
    const total = r.outcomes.length;
    io.stdout(
      stale === 0
        ? `all ${total} briefs are current\n`
        : `${stale} of ${total} briefs are out of date (run 'accord build')\n`,
    );
  } else io.stdout(`${r.manifest.status.padEnd(9)} ${r.manifest.file}\n`);
}
