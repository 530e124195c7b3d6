import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expandInputs, readGazetteer } from "@accord/ingest";
import { openStore } from "@accord/store";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { ingestFiles } from "../ingest-files.ts";
import { renderTo } from "./brief.ts";

/** The sample corpus shipped with the command. */
export const DEMO_CORPUS = fileURLToPath(new URL("../../demo/corpus/", import.meta.url));

export const demo: Command = {
  name: "demo",
  help: `Usage: accord demo [--out DIR]

Ingests the sample documents shipped with accord (press releases and news items written for
this demo, as HTML, PDF and text, in English, Russian and Chinese) into DIR/demo.db, then
renders a pair brief, an organization brief and a countries brief into DIR.

Options:
  --out DIR     where to write (default ./out)
  -h, --help    show this help

Examples:
  accord demo
  accord demo --out /tmp/accord-demo`,
  async run(argv, io) {
    const { values } = parseCommandArgs("demo", argv, { out: { type: "string" } });
    const out = resolve(io.cwd, values.out ?? "out");
    const db = join(out, "demo.db");
    await mkdir(out, { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) await rm(`${db}${suffix}`, { force: true });
    const { files } = await expandInputs([DEMO_CORPUS], io.cwd);
    const store = await openStore(db);
    let kb: Awaited<ReturnType<typeof store.snapshot>>;
    try {
      const summary = await ingestFiles(io, store, readGazetteer(), files);
      io.stdout(
        `ingested ${summary.added + summary.nearDuplicates} sample documents into ${db} (${summary.nearDuplicates} near-duplicates)\n`,
      );
      for (const f of summary.failed) io.stderr(`failed: ${f.file}: ${f.reason}\n`);
      kb = await store.snapshot();
    } finally {
      await store.close();
    }
    const briefs = [
      { request: { kind: "pair", organizations: ["HIT", "BMSTU"] }, file: "pair-hit-bmstu.pdf" },
      {
        request: { kind: "org", organization: "Tomsk Polytechnic University" },
        file: "org-tomsk-polytechnic-university.pdf",
      },
      { request: { kind: "countries", countries: ["CN", "RU"] }, file: "countries-cn-ru.pdf" },
    ] as const;
    for (const b of briefs) {
      const path = await renderTo(io, kb, b.request as never, { format: "pdf", out: join(out, b.file) });
      io.stdout(`wrote ${path}\n`);
    }
    return 0;
  },
};
