import { formatCount } from "@accord/domain";
import type { BriefData } from "./brief-types.ts";
import type { Reference } from "./citations.ts";
import { ReportError } from "./errors.ts";
import { escapeMarkdown } from "./escape-markdown.ts";

const DIRECTIVE = /^::([a-z][a-z-]*)(?:\s+(.*))?$/;

/**
 * The brief as Markdown: a title block, then the template output with headings one level down
 * and each directive written out (charts as tables of their data, sources as a numbered list).
 */
export function renderMarkdown(data: BriefData, templateOutput: string): string {
  const e = escapeMarkdown;
  const out = [
    `# ${e(data.title)}`,
    "",
    `*${e(data.subtitle)}; ${e(data.period)}; ${formatCount(data.partnershipCount)} partnerships, ${formatCount(data.eventCount)} events, ${formatCount(data.references.length)} sources*`,
    "",
  ];
  const lines = templateOutput.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const directive = DIRECTIVE.exec(line);
    if (/^#{1,3}\s/.test(line)) out.push(`#${line}`);
    else if (directive) out.push(...directiveMarkdown(data, directive[1]!, (directive[2] ?? "").trim(), i + 1));
    else out.push(raw);
  });
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

function directiveMarkdown(data: BriefData, name: string, arg: string, line: number): string[] {
  const e = escapeMarkdown;
  if (name === "pagebreak") return [""];
  if (name === "references") return ["", ...data.references.map(referenceMarkdown), ""];
  if (name !== "chart") throw new ReportError(`unknown directive '::${name}' on line ${line} of the brief`);
  if (arg === "timeline") {
    const years = new Map<string, { p: number; e: number }>();
    for (const t of data.charts.timeline) {
      const y = String(t.year);
      const row = years.get(y) ?? { p: 0, e: 0 };
      if (t.type === "partnership") row.p += t.count;
      else row.e += t.count;
      years.set(y, row);
    }
    if (years.size === 0) return [""];
    const rows = [...years]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([y, r]) => `| ${y} | ${formatCount(r.p)} | ${formatCount(r.e)} |`);
    return ["", "| Year | Partnerships | Events |", "| --- | --- | --- |", ...rows, ""];
  }
  if (arg === "fields") {
    if (data.charts.fields.length === 0) return [""];
    return [
      "",
      "| Field | Partnerships |",
      "| --- | --- |",
      ...data.charts.fields.map((f) => `| ${e(f.label)} | ${formatCount(f.count)} |`),
      "",
    ];
  }
  if (arg === "network") {
    const n = data.charts.network;
    if (!n) return [""];
    return [
      "",
      `| ${e(n.leftLabel)} | ${e(n.rightLabel)} | Partnerships |`,
      "| --- | --- | --- |",
      ...n.edges.map(
        (x) => `| ${e(n.left[x.left]?.label ?? "")} | ${e(n.right[x.right]?.label ?? "")} | ${formatCount(x.count)} |`,
      ),
      "",
    ];
  }
  throw new ReportError(`unknown chart '${arg}' on line ${line} of the brief`);
}

function referenceMarkdown(r: Reference): string {
  const e = escapeMarkdown;
  const also = r.alsoAt.map((o) => `; also at ${e(o)}`).join("");
  const quotes = r.sentences.map((s) => ` "${e(s)}"`).join("");
  return `${r.number}. **${e(r.title)}**. ${e(r.publisher)}, ${e(r.date)}. ${e(r.origin)}${also}.${quotes}`;
}
