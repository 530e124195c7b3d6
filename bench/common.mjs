// Shared helpers of the benchmarks: machine description, medians, versions and RESULTS.md sections.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(BENCH_DIR, "..");
const RESULTS = join(BENCH_DIR, "RESULTS.md");

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmt = (x, digits = 2) =>
  Number.isFinite(x)
    ? x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "n/a";
export const mib = (bytes) => `${fmt(bytes / 1024 / 1024, 0)} MiB`;

export function versionOf(pkgJsonPath) {
  try {
    return JSON.parse(readFileSync(pkgJsonPath, "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** The lines every section starts with: machine, Node, date, command. */
export function machineLines(command, versions) {
  const cpus = os.cpus();
  return [
    `- Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${mib(os.totalmem())} memory, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; ${Object.entries(versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `- Date: ${new Date().toISOString()}`,
    `- Command: \`${command}\``,
  ];
}

/** Replaces (or appends) the section `## <title>` of RESULTS.md, leaving the other sections as they are. */
export function writeSection(title, body) {
  const head =
    "# accord benchmarks\n\nWritten by `pnpm bench` (all) or `pnpm bench extract` / `pnpm bench brief` (one section).\n";
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : head;
  const marker = `## ${title}`;
  const section = `${marker}\n\n${body.trim()}\n`;
  const parts = text.split(/^(?=## )/m);
  const i = parts.findIndex((p) => p.startsWith(`${marker}\n`));
  if (i >= 0) parts[i] = `${section}\n`;
  else parts.push(`${parts.at(-1).endsWith("\n\n") ? "" : "\n"}${section}\n`);
  writeFileSync(RESULTS, `${parts.join("").trimEnd()}\n`);
}
