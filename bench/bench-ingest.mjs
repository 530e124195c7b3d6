// `pnpm bench ingest`: ingest throughput, peak RSS and database size at growing corpus sizes, one worker and all
// cores; query latency and a cold brief on the largest database; the 10k ingest against a local PostgreSQL.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fmt, machineLines, median, mib, ROOT, versionOf, writeSection } from "./common.mjs";
import { writeCorpusFiles } from "./generate-files.mjs";

const CLI = join(ROOT, "apps", "cli", "dist", "main.js");
const PG_PORT = 55433;
const PGBIN = "/usr/lib/postgresql/15/bin";

// One fresh `accord` process under /usr/bin/time -v: wall seconds, peak RSS (worker threads share the process).
function timed(args, cwd, env = {}) {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, CLI, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`accord ${args.join(" ")} gave no timing:\n${r.stderr.slice(-2000)}`);
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    rssBytes: Number(rss[1]) * 1024,
  };
}

// `accord brief countries CN RU` as fresh processes: a first run (which also reads the database into the page cache),
// then the median of 5 more, with the largest peak RSS.
function coldBriefs(db, cwd) {
  const run = () => timed(["brief", "countries", "CN", "RU", "--db", db, "--out", join(cwd, "countries.pdf")], cwd);
  const first = run();
  if (first.code !== 0) return { ...first, first: first.seconds };
  const runs = Array.from({ length: 5 }, run);
  const failed = runs.find((r) => r.code !== 0);
  if (failed) return { ...failed, first: first.seconds };
  return {
    code: 0,
    stderr: "",
    seconds: median(runs.map((r) => r.seconds)),
    first: first.seconds,
    rssBytes: Math.max(...runs.map((r) => r.rssBytes)),
  };
}

function dbBytes(path) {
  return ["", "-wal", "-shm"].reduce((n, s) => n + (existsSync(path + s) ? statSync(path + s).size : 0), 0);
}

function ingestOnce(corpus, db, workers, cwd) {
  const run = timed(["ingest", corpus.dir, "--db", db, "--workers", String(workers), "--json"], cwd);
  if (run.code !== 0 && run.code !== 1) throw new Error(`ingest failed (${run.code}):\n${run.stderr.slice(-2000)}`);
  const summary = JSON.parse(run.stdout);
  return {
    ...run,
    summary: { ...summary, documents: summary.documents.length },
    docsPerSecond: corpus.files / run.seconds,
    mbPerSecond: corpus.bytes / 1024 / 1024 / run.seconds,
  };
}

function latency(args, cwd, runs = 5) {
  timed(args, cwd);
  const times = Array.from({ length: runs }, () => {
    const r = timed(args, cwd);
    if (r.code !== 0) throw new Error(`accord ${args.join(" ")} failed:\n${r.stderr.slice(-1000)}`);
    return r.seconds;
  });
  return median(times);
}

// The same command run 5 times more in one process after a first run, median (bench/query-warm.mjs).
function warmLatency(args, cwd, runs = 5) {
  const r = spawnSync(process.execPath, [join(ROOT, "bench", "query-warm.mjs"), String(runs), ...args], {
    cwd,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`accord ${args.join(" ")} failed in one process:\n${r.stderr.slice(-1000)}`);
  return median(JSON.parse(r.stdout).runs) / 1000;
}

// What a fresh Node process costs before any of accord runs: the floor of a CLI command's latency.
function nodeStartup(cwd, runs = 5) {
  const times = Array.from({ length: runs }, () => {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", "0"], { cwd });
    return Number(process.hrtime.bigint() - started) / 1e9;
  });
  return median(times);
}

function startPostgres() {
  if (!existsSync(join(PGBIN, "initdb"))) return null;
  const data = mkdtempSync("/tmp/accord-pg-bench-");
  const asPostgres = (cmd) => execFileSync("su", ["postgres", "-c", cmd], { stdio: "pipe" });
  try {
    execFileSync("chown", ["postgres", data]);
    asPostgres(`${PGBIN}/initdb -D ${data} -A trust -U postgres`);
    asPostgres(
      `${PGBIN}/pg_ctl -D ${data} -o '-c listen_addresses=127.0.0.1 -p ${PG_PORT} -k ${data}' -l ${data}/server.log -w start`,
    );
  } catch (error) {
    rmSync(data, { recursive: true, force: true });
    process.stderr.write(`PostgreSQL did not start: ${error.message}\n`);
    return null;
  }
  return {
    url: (name) => `postgres://postgres@127.0.0.1:${PG_PORT}/${name}`,
    createDb: (name) => asPostgres(`${PGBIN}/psql -h 127.0.0.1 -p ${PG_PORT} -U postgres -c 'create database ${name}'`),
    sizeOf: (name) =>
      Number(
        execFileSync("su", [
          "postgres",
          "-c",
          `${PGBIN}/psql -h 127.0.0.1 -p ${PG_PORT} -U postgres -At -c "select pg_database_size('${name}')"`,
        ])
          .toString()
          .trim(),
      ),
    stop() {
      asPostgres(`${PGBIN}/pg_ctl -D ${data} -m fast stop`);
      rmSync(data, { recursive: true, force: true });
    },
  };
}

const DEFAULT_SIZES = [1_000, 10_000, 100_000];

/** Runs the ingest benchmark and writes its RESULTS.md section; ACCORD_BENCH_INGEST_SIZES limits the sizes. */
export async function benchIngest(command) {
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  const cores = os.availableParallelism();
  const sizes = (process.env.ACCORD_BENCH_INGEST_SIZES ?? DEFAULT_SIZES.join(","))
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const work = mkdtempSync(join(os.tmpdir(), "accord-bench-ingest-"));
  const rows = [];
  let largest = null;
  try {
    for (const size of sizes) {
      const dir = join(work, `corpus-${size}`);
      const corpus = { dir, ...writeCorpusFiles(dir, size) };
      process.stderr.write(`corpus of ${size} files, ${fmt(corpus.bytes / 1024 / 1024, 1)} MB\n`);
      for (const workers of [...new Set([1, cores])]) {
        const db = join(work, `kb-${size}-${workers}.db`);
        process.stderr.write(`ingest ${size} documents, ${workers} worker(s)...\n`);
        const r = ingestOnce(corpus, db, workers, work);
        rows.push({ size, workers, corpus, r, dbSize: dbBytes(db) });
        process.stderr.write(`  ${fmt(r.seconds, 1)} s, ${fmt(r.docsPerSecond, 1)} docs/s, ${mib(r.rssBytes)}\n`);
        if (workers === cores) largest = { size, db };
      }
      if (size !== sizes.at(-1)) rmSync(dir, { recursive: true, force: true });
      else largest.corpus = corpus;
    }

    const queries = largest && {
      show: latency(["show", "Harbin Institute of Technology", "--db", largest.db], work),
      list: latency(["list", "partnerships", "--country", "CN", "--db", largest.db], work),
      showWarm: warmLatency(["show", "Harbin Institute of Technology", "--db", largest.db], work),
      listWarm: warmLatency(["list", "partnerships", "--country", "CN", "--db", largest.db], work),
      node: nodeStartup(work),
      brief: coldBriefs(largest.db, work),
    };

    let pg = null;
    const pgSize = sizes.includes(10_000) ? 10_000 : null;
    if (pgSize && largest) {
      const server = startPostgres();
      if (server) {
        try {
          const dir = join(work, `corpus-${pgSize}`);
          const corpus = existsSync(dir) ? largest.corpus : { dir, ...writeCorpusFiles(dir, pgSize) };
          server.createDb("bench");
          process.stderr.write(`ingest ${pgSize} documents into PostgreSQL, ${cores} workers...\n`);
          const r = ingestOnce(corpus, server.url("bench"), cores, work);
          pg = { size: pgSize, workers: cores, r, dbSize: server.sizeOf("bench") };
        } finally {
          server.stop();
        }
      }
    }

    writeSection(
      "bench ingest",
      render({ command, cores, sizes, rows, largest, queries, pg, started, load: [loadBefore, os.loadavg()[0]] }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function render({ command, cores, sizes, rows, largest, queries, pg, started, load }) {
  const lines = machineLines(command, {
    "@accord/cli": versionOf(join(ROOT, "apps", "cli", "package.json")),
    "better-sqlite3": versionOf(join(ROOT, "packages", "store", "node_modules", "better-sqlite3", "package.json")),
  });
  lines.push(
    `- Corpus: generated by \`generate-files.mjs\` (seed 20240501) as files on 8 sites, half .txt with a header, half .html pages with navigation and footer; about 80% English, 10% Russian, 10% Chinese; 10% are syndicated copies of a recent item on another site (retitled, a credit line, sometimes the last paragraph cut)`,
    `- Each run: \`accord ingest DIR --db FILE --workers N --json\` as a fresh process into a new SQLite file, under \`/usr/bin/time -v\` (wall time, peak RSS of the process; worker threads share it); sizes run: ${sizes.join(", ")}`,
    `- Load average (1 min) at start and end: ${fmt(load[0], 1)}, ${fmt(load[1], 1)} on ${cores} cores: other work on the machine shares the cores`,
    "",
    "| documents | MB | workers | s | docs/s | MB/s | peak RSS | database | added / near-dup / failed |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  );
  for (const { size, workers, corpus, r, dbSize } of rows)
    lines.push(
      `| ${size.toLocaleString("en-US")} | ${fmt(corpus.bytes / 1024 / 1024, 1)} | ${workers} | ${fmt(r.seconds, 1)} | ${fmt(r.docsPerSecond, 1)} | ${fmt(r.mbPerSecond, 3)} | ${mib(r.rssBytes)} | ${mib(dbSize)} | ${r.summary.added} / ${r.summary.nearDuplicates} / ${r.summary.failed.length} |`,
    );
  for (const size of DEFAULT_SIZES.filter((s) => !sizes.includes(s)))
    lines.push(`| ${size.toLocaleString("en-US")} | | | not run | | | | | |`);
  const first = rows.filter((r) => r.size === sizes[0]);
  const last = rows.filter((r) => r.size === sizes.at(-1));
  lines.push("");
  for (const workers of [...new Set([1, cores])]) {
    const a = first.find((r) => r.workers === workers);
    const b = last.find((r) => r.workers === workers);
    if (a && b && a !== b)
      lines.push(
        `- Throughput change ${a.size.toLocaleString("en-US")} → ${b.size.toLocaleString("en-US")} documents, ${workers} worker(s): ${fmt((b.r.docsPerSecond / a.r.docsPerSecond - 1) * 100, 1)}%`,
      );
  }
  const speedup =
    last.find((r) => r.workers === cores)?.r.docsPerSecond / last.find((r) => r.workers === 1)?.r.docsPerSecond;
  if (cores > 1)
    lines.push(
      `- ${cores} workers ÷ 1 worker at ${sizes.at(-1).toLocaleString("en-US")} documents: ${fmt(speedup, 2)}×`,
    );
  if (queries)
    lines.push(
      `- On the ${largest.size.toLocaleString("en-US")}-document database (fresh process each, median of 5 after one warm-up): \`accord show "Harbin Institute of Technology"\` ${fmt(queries.show * 1000, 0)} ms, \`accord list partnerships --country CN\` ${fmt(queries.list * 1000, 0)} ms (\`node -e 0\` alone: ${fmt(queries.node * 1000, 0)} ms); warm, run again in one process (\`bench/query-warm.mjs\`, median of 5 after a first run, each opening the store): show ${fmt(queries.showWarm * 1000, 0)} ms, list ${fmt(queries.listWarm * 1000, 0)} ms; \`accord brief countries CN RU\` cold (fresh process each, median of 5 after a first run of ${fmt(queries.brief.first, 2)} s that also reads the database into the page cache) ${fmt(queries.brief.seconds, 2)} s${queries.brief.code === 0 ? "" : ` (exit ${queries.brief.code}: ${queries.brief.stderr.split("\n")[0]})`}, peak RSS ${mib(queries.brief.rssBytes)}`,
    );
  if (pg)
    lines.push(
      `- PostgreSQL 15 on loopback (port ${PG_PORT}, default settings), ${pg.size.toLocaleString("en-US")} documents, ${pg.workers} workers: ${fmt(pg.r.seconds, 1)} s, ${fmt(pg.r.docsPerSecond, 1)} docs/s, ${fmt(pg.r.mbPerSecond, 3)} MB/s, peak RSS ${mib(pg.r.rssBytes)}, database ${mib(pg.dbSize)}`,
    );
  else lines.push("- PostgreSQL: not run (needs the 10,000 size and Debian's postgresql 15 installed, run as root)");
  lines.push(`- Whole ingest bench: ${fmt((Date.now() - started) / 1000, 0)} s`);
  return lines.join("\n");
}
