// `pnpm bench extract`: accord's extractDocument against wink-nlp, compromise and a regex word split.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { BENCH_DIR, fmt, machineLines, median, mib, ROOT, versionOf, writeSection } from "./common.mjs";

const MB = 1024 * 1024;
const CORPUS_MB = Number(process.env.BENCH_CORPUS_MB ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Peers slower than accord are timed on the first part of the same corpus; their rate is per MB.
const WINK_MB = Number(process.env.BENCH_WINK_MB ?? 2);
const COMPROMISE_MB = Number(process.env.BENCH_COMPROMISE_MB ?? 0.5);

function worker(tool, subset) {
  process.stderr.write(`extract: ${tool}...\n`);
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", join(BENCH_DIR, "extract-worker.mjs"), tool, String(CORPUS_MB), String(subset), String(RUNS)],
    { cwd: BENCH_DIR, encoding: "utf8", maxBuffer: 1 << 24 },
  );
  const r = JSON.parse(out.trim().split("\n").at(-1));
  r.mbPerS = median(r.runs.map((x) => x.bytes / MB / x.seconds));
  r.docsPerS = median(r.runs.map((x) => x.docs / x.seconds));
  r.timedBytes = r.runs.reduce((s, x) => s + x.bytes, 0) / r.runs.length;
  return r;
}

export function benchExtract(command) {
  const t0 = performance.now();
  const accord = worker("accord", 0);
  const wink = worker("wink", WINK_MB);
  const comp = worker("compromise", COMPROMISE_MB);
  const split = worker("split", "all");
  const total = (performance.now() - t0) / 1000;
  const nm = (p) => join(BENCH_DIR, "node_modules", p, "package.json");
  const versions = {
    "@accord/ingest": versionOf(join(ROOT, "packages/ingest/package.json")),
    "wink-nlp": versionOf(nm("wink-nlp")),
    "wink-eng-lite-web-model": versionOf(nm("wink-eng-lite-web-model")),
    compromise: versionOf(nm("compromise")),
  };
  const rows = [
    [
      "accord `extractDocument`",
      accord,
      `whole corpus, ${RUNS} consecutive slices of ~${fmt(accord.timedBytes / MB, 1)} MB`,
    ],
    ["wink-nlp + eng-lite-web-model", wink, `first ${fmt(wink.timedBytes / MB, 1)} MB, ${RUNS} runs`],
    ["compromise", comp, `first ${fmt(comp.timedBytes / MB, 1)} MB, ${RUNS} runs`],
    ["`text.split(/\\W+/)` (floor)", split, `whole corpus, ${RUNS} runs`],
  ];
  const first = accord.rssAfter[0];
  const last = accord.rssAfter.at(-1);
  const body = [
    ...machineLines(command, versions),
    `- Corpus: ${fmt(accord.corpusBytes / MB, 1)} MB (UTF-8) in ${accord.corpusDocs.toLocaleString("en-US")} generated news items (about 80% English, 10% Russian, 10% Chinese; seed 20240427), generated in memory by \`generate-corpus.mjs\`; every tool runs in its own fresh process on the same texts after a warm-up on 60 items of another seed`,
    `- Whole extract bench: ${fmt(total, 0)} s`,
    "",
    "| tool | timed on | median MB/s | median docs/s | peak RSS (base after load) |",
    "| --- | --- | ---: | ---: | ---: |",
    ...rows.map(
      ([name, r, on]) =>
        `| ${name} | ${on} | ${fmt(r.mbPerS, 3)} | ${fmt(r.docsPerS, 0)} | ${mib(r.peakRss)} (${mib(r.baseRss)}) |`,
    ),
    "",
    "Ratios of median MB/s, measured in this run:",
    "",
    `- accord ÷ wink: ${fmt(accord.mbPerS / wink.mbPerS, 3)}`,
    `- wink ÷ compromise: ${fmt(wink.mbPerS / comp.mbPerS, 2)}`,
    `- split ÷ wink: ${fmt(split.mbPerS / wink.mbPerS, 0)}`,
    "",
    `Memory flatness of accord (RSS after a gc, corpus held in memory): ${mib(first.rss)} after ${fmt(first.processedBytes / MB, 0)} MB, ${mib(last.rss)} after ${fmt(last.processedBytes / MB, 0)} MB (${fmt((last.rss / first.rss - 1) * 100, 1)}%).`,
    "",
    `accord per slice (MB/s): ${accord.runs.map((x) => fmt(x.bytes / MB / x.seconds, 3)).join(", ")}.`,
    "",
    "Notes: accord reads organizations, people, partnerships, events and dates with evidence; wink-nlp gives its entity and sentence lists; compromise its organization and people lists. The SourceDocument (with its SHA-256 id) is built before timing and the gazetteer is loaded once outside it. wink-nlp and compromise are timed on the first part of the corpus only to keep the bench bounded; throughput is per MB, so the subset gives their rate.",
  ].join("\n");
  writeSection("bench extract", body);
  return { accord, wink, comp, split };
}
