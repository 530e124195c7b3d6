// `pnpm bench brief`: cold CLI briefs against Chromium's --print-to-pdf of the same brief as HTML, and warm renders.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, machineLines, median, ROOT, versionOf, writeSection } from "./common.mjs";
import { makeSnapshot } from "./make-snapshot.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLI = join(ROOT, "apps/cli/dist/main.js");
// Where the CLI keeps the words it shaped (see keepLayouts in @accord/reports).
const KEPT_LAYOUTS = join(ROOT, "apps/cli/node_modules/.cache/accord");

function timeProcess(cmd, args) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return seconds;
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const inline = (s) =>
  esc(s)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\*(.+?)\*/g, "<em>$1</em>")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');

/** A small Markdown-to-HTML conversion: headings, tables, lists and paragraphs, as the brief Markdown uses them. */
export function markdownToHtml(md, title) {
  const out = [];
  const lines = md.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const h = /^(#{1,6}) (.*)$/.exec(line);
    if (h) out.push(`<h${h[1].length}>${inline(h[2])}</h${h[1].length}>`);
    else if (line.startsWith("|")) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith("|")) rows.push(lines[i++]);
      i--;
      const cells = (r) =>
        r
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => inline(c.trim()));
      const body = rows.filter((r, k) => k !== 1 || !/^\|[\s:|-]+\|$/.test(r));
      out.push(
        `<table><thead><tr>${cells(body[0])
          .map((c) => `<th>${c}</th>`)
          .join("")}</tr></thead><tbody>${body
          .slice(1)
          .map(
            (r) =>
              `<tr>${cells(r)
                .map((c) => `<td>${c}</td>`)
                .join("")}</tr>`,
          )
          .join("")}</tbody></table>`,
      );
    } else if (/^\s*([-*]|\d+\.) /.test(line)) out.push(`<li>${inline(line.replace(/^\s*([-*]|\d+\.) /, ""))}</li>`);
    else if (line.trim()) out.push(`<p>${inline(line)}</p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>body{font-family:"Noto Sans","Noto Sans CJK SC",sans-serif;font-size:10pt;margin:2cm}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:2px 6px}</style></head><body>${out.join("\n")}</body></html>`;
}

const pages = (file) => (readFileSync(file, "latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

export async function benchBrief(command) {
  const dir = mkdtempSync(join(tmpdir(), "accord-bench-brief-"));
  const snapshot = join(dir, "snapshot.json");
  const kb = makeSnapshot();
  writeFileSync(snapshot, JSON.stringify(kb));
  const briefs = [
    {
      name: "countries CN RU",
      args: ["countries", "CN", "RU"],
      request: { kind: "countries", countries: ["CN", "RU"] },
    },
    {
      name: "pair HIT BMSTU",
      args: ["pair", "Harbin Institute of Technology", "Bauman Moscow State Technical University"],
      request: {
        kind: "pair",
        organizations: ["Harbin Institute of Technology", "Bauman Moscow State Technical University"],
      },
    },
  ];
  let chromiumVersion = null;
  try {
    chromiumVersion = execFileSync("chromium", ["--version"], { encoding: "utf8" }).trim();
  } catch {}
  const { renderBrief } = await import("@accord/reports");
  const rows = [];
  const loadBefore = loadavg()[0];
  for (const b of briefs) {
    process.stderr.write(`brief: ${b.name}...\n`);
    const pdf = join(dir, "x.pdf");
    const md = join(dir, "x.md");
    const base = [CLI, "brief", ...b.args, "--snapshot", snapshot];
    execFileSync(process.execPath, [...base, "--format", "md", "--out", md], { cwd: ROOT });
    const html = join(dir, "x.html");
    writeFileSync(html, markdownToHtml(readFileSync(md, "utf8"), b.name));
    const out = join(dir, "chromium.pdf");
    const chromium = () => {
      const profile = mkdtempSync(join(tmpdir(), "accord-bench-chromium-"));
      return timeProcess("chromium", [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${profile}`,
        `--print-to-pdf=${out}`,
        html,
      ]);
    };
    // One brief first, as a user's first brief, so that the words it shaped are kept.
    timeProcess(process.execPath, [...base, "--out", pdf]);
    // accord and Chromium take turns, so that both meet the same load of a shared machine.
    const cold = [];
    const first = [];
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      cold.push(timeProcess(process.execPath, [...base, "--out", pdf]));
      rmSync(KEPT_LAYOUTS, { recursive: true, force: true });
      first.push(timeProcess(process.execPath, [...base, "--out", pdf]));
      if (chromiumVersion) times.push(chromium());
    }
    const row = { name: b.name, cold: median(cold), first: median(first), pages: pages(pdf) };
    if (chromiumVersion) {
      row.chromium = median(times);
      row.chromiumPages = pages(out);
    }
    await renderBrief(kb, b.request, { format: "pdf" });
    const warm = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const res = await renderBrief(kb, b.request, { format: "pdf" });
      warm.push((performance.now() - t0) / 1000);
      if (!res.ok) throw new Error(res.reason);
    }
    row.warm = median(warm);
    rows.push(row);
  }
  const versions = {
    "@accord/reports": versionOf(join(ROOT, "packages/reports/package.json")),
    "@accord/cli": versionOf(join(ROOT, "apps/cli/package.json")),
    Chromium: chromiumVersion ?? "not installed",
  };
  const body = [
    ...machineLines(command, versions),
    `- Load average (1 minute) of the shared machine at the start and the end: ${fmt(loadBefore)}, ${fmt(loadavg()[0])}`,
    `- Snapshot: ${kb.documents.length} generated sources (English, Chinese, Russian) about ${kb.organizations.length} Chinese and Russian universities, ${kb.partnerships.length} partnerships and ${kb.events.length} events, read by accord's extractor (\`make-snapshot.mjs\`)`,
    `- Cold: \`node apps/cli/dist/main.js brief <kind> ... --snapshot FILE --out x.pdf\` as a fresh process, with the words an earlier brief shaped kept in \`apps/cli/node_modules/.cache/accord\`; nothing kept: the same after that folder is removed (a first brief); Chromium: \`chromium --headless --no-sandbox --disable-gpu ... --print-to-pdf\` of the brief's \`--format md\` output as a plain HTML page with the same tables and text (no charts), fresh profile each run, the two taking turns; warm: \`renderBrief\` from the \`@accord/reports\` build, 5 calls in one process after one warm-up. Medians of ${RUNS} runs.`,
    "",
    "| brief | pages (accord / Chromium) | accord cold s | Chromium cold s | accord ÷ Chromium | accord cold, nothing kept s | ÷ Chromium | accord warm s |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.pages} / ${r.chromiumPages ?? "-"} | ${fmt(r.cold)} | ${r.chromium ? fmt(r.chromium) : "n/a"} | ${r.chromium ? fmt(r.cold / r.chromium) : "n/a"} | ${fmt(r.first)} | ${r.chromium ? fmt(r.first / r.chromium) : "n/a"} | ${fmt(r.warm, 3)} |`,
    ),
    "",
    chromiumVersion ? "" : "Chromium could not be run on this machine; accord is reported alone.",
  ].join("\n");
  writeSection("bench brief", body);
  return rows;
}
