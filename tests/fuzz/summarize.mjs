// Counting and printing what became of the fuzz inputs.

/** Reasons with their numbers and quoted bytes folded, so "file is 51 MB" and "file is 60 MB" count as one. */
export function reasonClass(reason) {
  return reason
    .replace(/\\x[0-9a-f]{1,2}/gi, "\\xHH")
    .replace(/\d+(\.\d+)?/g, "N")
    .slice(0, 90);
}

/** The figures of one run. */
export function summarize(results, { seed, limitMs, seconds }) {
  const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
  const byKind = {};
  const reasons = {};
  for (const r of results) {
    byKind[r.kind] ??= { inputs: 0, stored: 0, rejected: 0, crashes: 0, hangs: 0, slowestMs: 0 };
    const k = byKind[r.kind];
    k.inputs++;
    if (r.outcome === "stored") k.stored++;
    else if (r.outcome === "rejected") k.rejected++;
    else if (r.outcome === "hang") k.hangs++;
    else k.crashes++;
    k.slowestMs = Math.max(k.slowestMs, r.ms);
    if (r.outcome === "rejected" || r.outcome === "hang") {
      const c = reasonClass(r.reason);
      reasons[c] = (reasons[c] ?? 0) + 1;
    }
  }
  const crashKinds = ["crash", "threw", "bad-reason"];
  return {
    seed,
    limitSeconds: limitMs / 1000,
    seconds: Math.round(seconds * 10) / 10,
    inputs: results.length,
    stored: count("stored"),
    rejected: count("rejected"),
    crashes: crashKinds.reduce((sum, o) => sum + count(o), 0),
    processCrashes: count("crash"),
    thrown: count("threw"),
    badReasons: count("bad-reason"),
    hangs: count("hang"),
    byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => a.localeCompare(b))),
    reasons: Object.fromEntries(Object.entries(reasons).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))),
    failures: results
      .filter((r) => r.outcome !== "stored" && r.outcome !== "rejected")
      .sort((a, b) => a.index - b.index)
      .map(({ index, kind, name, outcome, stage, message, reason, ms }) => ({
        index,
        kind,
        name,
        outcome,
        detail: [stage, message ?? reason].filter(Boolean).join(": "),
        ms,
      })),
    slowest: [...results]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map(({ index, kind, name, size, outcome, ms }) => ({ index, kind, name, size, outcome, ms })),
  };
}

const table = (header, rows) => {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
};

/** The summary as the table `pnpm fuzz` prints. */
export function formatSummary(s) {
  const kinds = Object.entries(s.byKind).map(([kind, k]) => [
    kind,
    k.inputs,
    k.stored,
    k.rejected,
    k.crashes,
    k.hangs,
    `${(k.slowestMs / 1000).toFixed(1)} s`,
  ]);
  kinds.push(["total", s.inputs, s.stored, s.rejected, s.crashes, s.hangs, ""]);
  const parts = [
    `accord fuzz: seed ${s.seed}, ${s.inputs} inputs in ${s.seconds} s, limit ${s.limitSeconds} s per document`,
    "",
    table(["kind", "inputs", "stored", "rejected", "crashes", "hangs", "slowest"], kinds),
    "",
    table(["rejected by reason", "inputs"], Object.entries(s.reasons)),
  ];
  if (s.failures.length > 0) {
    parts.push("", "crashes and hangs (rerun one with --only I):");
    for (const f of s.failures)
      parts.push(`  ${f.index} ${f.kind} ${f.name}: ${f.outcome === "hang" ? "" : `${f.outcome}: `}${f.detail}`);
  }
  parts.push("", `crashes: ${s.crashes}, hangs: ${s.hangs}`);
  return parts.join("\n");
}
