import type { Reference } from "./citations.ts";
import { ReportError } from "./errors.ts";
import type { Coverage } from "./fonts.ts";
import type { Inline } from "./parse-inline.ts";
import type { Block } from "./parse-markdown.ts";
import type { PdfContent, PdfNode } from "./pdf-content.ts";
import { toPrintable } from "./sanitize-text.ts";

/** The width text may take on a page, in points (A4 less the margins). */
export const TEXT_WIDTH = 595.28 - 2 * 56;

/** What the directives of a brief stand for: the rendered charts and the endnotes. */
export interface DirectiveContext {
  charts: ReadonlyMap<string, string | null>;
  references: readonly Reference[];
  covered: Coverage;
}

// A word this long has no place to break; pdfmake may then break it anywhere, so it wraps.
const LONG_WORD = /\S{40,}/g;

/** Maps parsed brief Markdown onto pdfmake content. */
export function markdownToPdfmake(blocks: readonly Block[], ctx: DirectiveContext): PdfContent[] {
  const out: PdfContent[] = [];
  // A heading is never left at the foot of a page (see `pageBreakBefore` in the document definition); with a chart
  // right under it, the two are one unbreakable block, which moves on whole, so no second layout is needed for it.
  let heading: PdfNode | undefined;
  for (const block of blocks) {
    if (heading && block.type === "directive" && block.name === "chart") {
      const chart = directive(block, ctx);
      if (chart.length > 0) {
        out[out.length - 1] = { stack: [heading, ...chart], unbreakable: true };
        continue;
      }
    }
    heading = undefined;
    if (block.type === "heading") {
      heading = {
        text: inlines(block.inlines, ctx),
        style: `h${block.level}`,
        tocItem: block.level < 3,
        ...(block.level === 2 ? { tocMargin: [12, 0, 0, 0] } : {}),
        headlineLevel: block.level,
      };
      out.push(heading);
    } else if (block.type === "paragraph") out.push({ text: inlines(block.inlines, ctx), style: "p" });
    else if (block.type === "list")
      out.push({ ul: block.items.map((item) => ({ text: inlines(item, ctx) })), style: "list" });
    else if (block.type === "table") out.push(table(block, ctx));
    else out.push(...directive(block, ctx));
  }
  return out;
}

function directive(block: Extract<Block, { type: "directive" }>, ctx: DirectiveContext): PdfContent[] {
  if (block.name === "pagebreak") return [{ text: "", pageBreak: "after" }];
  if (block.name === "references") return ctx.references.map((r) => reference(r, ctx));
  if (block.name === "chart") {
    const name = block.args[0] ?? "";
    if (!ctx.charts.has(name)) throw new ReportError(`unknown chart '${name}' on line ${block.line} of the brief`);
    const svg = ctx.charts.get(name);
    return svg ? [{ svg, width: TEXT_WIDTH, style: "chart" }] : [];
  }
  throw new ReportError(`unknown directive '::${block.name}' on line ${block.line} of the brief`);
}

function reference(r: Reference, ctx: DirectiveContext): PdfContent {
  const p = (s: string) => printableRuns(s, ctx.covered);
  const lines: PdfContent[] = [
    { text: [...printableRuns(r.title, ctx.covered, { bold: true }), ...p(`. ${r.publisher}, ${r.date}.`)] },
    { text: p(r.origin), style: "origin" },
    ...r.alsoAt.map((o) => ({ text: p(`also at ${o}`), style: "origin" })),
    ...r.sentences.map((s) => ({ text: p(`"${s}"`), style: "quote" })),
  ];
  return {
    columns: [
      { width: 26, text: `[${r.number}]`, style: "refNumber" },
      { width: "*", stack: lines },
    ],
    style: "reference",
    // pdfmake drops an unbreakable block taller than a page, so only short endnotes are kept whole.
    unbreakable: [r.title, r.origin, ...r.alsoAt, ...r.sentences].join("").length < 1200,
  };
}

function table(block: Extract<Block, { type: "table" }>, ctx: DirectiveContext): PdfNode {
  const rows = [block.header, ...block.rows];
  const columns = block.header.length;
  // Short columns take the width of their content; the others share what is left.
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...rows.map((r) => plainLength(r[c] ?? []))) <= 14 ? "auto" : "*",
  );
  const emptyHeader = block.header.every((cell) => cell.length === 0);
  const body = (emptyHeader ? block.rows : rows).map((row, r) =>
    row.map((cell) => ({
      text: inlines(cell, ctx),
      style: r === 0 && !emptyHeader ? "th" : "td",
    })),
  );
  return {
    // A header row never ends a page alone: it moves on with the first row under it.
    table: emptyHeader ? { headerRows: 0, widths, body } : { headerRows: 1, keepWithHeaderRows: 1, widths, body },
    layout: "lightHorizontalLines",
    style: "table",
  };
}

function plainLength(cell: readonly Inline[]): number {
  let n = 0;
  for (const i of cell) n += i.type === "text" ? i.text.length : i.type === "cite" ? 6 : plainLength(i.children);
  return n;
}

export type TextRun = { text: string; bold?: boolean; italics?: boolean; style?: string; wordBreak?: string };

function inlines(
  nodes: readonly Inline[],
  ctx: DirectiveContext,
  marks: { bold?: boolean; italics?: boolean } = {},
): TextRun[] {
  const out: TextRun[] = [];
  for (const n of nodes) {
    if (n.type === "text") out.push(...printableRuns(n.text, ctx.covered, marks));
    else if (n.type === "cite") out.push({ text: `[${n.numbers.join(", ")}]`, style: "cite" });
    else
      out.push(
        ...inlines(n.children, ctx, n.type === "strong" ? { ...marks, bold: true } : { ...marks, italics: true }),
      );
  }
  return out;
}

/**
 * Text runs for pdfmake: characters without a glyph printed as code points, and words too long
 * for a line allowed to break anywhere (nothing else is).
 */
export function printableRuns(
  raw: string,
  covered: Coverage,
  marks: { bold?: boolean; italics?: boolean } = {},
): TextRun[] {
  const s = toPrintable(raw, covered);
  const out: TextRun[] = [];
  let last = 0;
  for (const match of s.matchAll(LONG_WORD)) {
    if (match.index > last) out.push({ text: s.slice(last, match.index), ...marks });
    out.push({ text: match[0], wordBreak: "break-all", ...marks });
    last = match.index + match[0].length;
  }
  if (last < s.length || out.length === 0) out.push({ text: s.slice(last), ...marks });
  return out;
}
