import type { KnowledgeBase } from "@accord/domain";
import { briefData } from "./brief-data.ts";
import type { BriefData, BriefOptions, BriefRequest, BriefResult } from "./brief-types.ts";
import { buildFieldsChart, buildTimelineChart } from "./build-bar-charts.ts";
import { buildNetworkChart } from "./build-network-chart.ts";
import type { ChartName, ChartText } from "./charts.ts";
import { documentDefinition } from "./document-definition.ts";
import { escapeDeep } from "./escape-markdown.ts";
import { fontCoverage, preloadFonts } from "./fonts.ts";
import { markdownToPdfmake } from "./markdown-to-pdfmake.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import type { DocumentDefinition } from "./pdf-content.ts";
import { readTemplates } from "./read-templates.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { renderPdf } from "./render-pdf.ts";
import { renderTemplate } from "./render-template.ts";
import { toPrintable } from "./sanitize-text.ts";
import { textWidth } from "./shared-fonts.ts";

/**
 * Renders a brief from a knowledge-base snapshot: a PDF (or Markdown with `format: "md"`), the
 * same bytes for the same snapshot and options, or the reason there is nothing to report.
 */
export async function renderBrief(
  kb: KnowledgeBase,
  request: BriefRequest,
  options: BriefOptions = {},
): Promise<BriefResult> {
  const result = briefData(kb, request, options);
  if (!result.ok) return result;
  const { data } = result;
  const output = renderTemplate(readTemplates(data.kind, options.templateDir), escapeDeep(data));
  const format = options.format ?? "pdf";
  if (format === "md")
    return { ok: true, bytes: new TextEncoder().encode(renderMarkdown(data, output)), title: data.title, format };
  const definition = await briefDocument(data, output, options.sourceDateEpoch ?? 0);
  return { ok: true, bytes: await renderPdf(definition), title: data.title, format };
}

/** The pdfmake document definition of a brief, from its data and its template output. */
export async function briefDocument(
  data: BriefData,
  templateOutput: string,
  sourceDateEpoch: number,
): Promise<DocumentDefinition> {
  await preloadFonts();
  const covered = fontCoverage();
  const blocks = parseMarkdown(templateOutput);
  const wanted = new Set(
    blocks.flatMap((b) => (b.type === "directive" && b.name === "chart" ? [b.args[0] ?? ""] : [])),
  );
  const text: ChartText = { label: (s) => toPrintable(s, covered), width: textWidth };
  const build: Record<ChartName, () => string | null> = {
    timeline: () => buildTimelineChart(data.charts.timeline, text),
    fields: () => buildFieldsChart(data.charts.fields, text),
    network: () => (data.charts.network ? buildNetworkChart(data.charts.network, text) : null),
  };
  const charts = new Map<string, string | null>();
  for (const name of Object.keys(build) as ChartName[]) charts.set(name, wanted.has(name) ? build[name]() : null);
  const body = markdownToPdfmake(blocks, { charts, references: data.references, covered });
  return documentDefinition(data, body, { sourceDateEpoch, covered });
}
