import { formatCount } from "@accord/domain";
import type { FieldCount, TimelineCount } from "./brief-types.ts";
import { bandScale, countScale } from "./chart-scales.ts";
import { type ChartText, PALETTE, PLOT_WIDTH, STYLE } from "./charts.ts";
import { type Drawing, drawing, fitText, num, svgDocument, svgText } from "./svg.ts";

const TIMELINE_HEIGHT = 130;
const LEGEND_COLUMNS = 3;
const LEGEND_LABEL_LIMIT = 150;
const FIELD_LABEL_LIMIT = 140;
const FIELD_ROW = 18;
const FIELDS_WIDTH = 520;
const S = STYLE;
// Below an axis: the tick, the gap and a line of labels.
const AXIS_BELOW = S.tickSize + S.labelPadding + S.fontSize;

/** Partnerships and events per year as columns stacked by kind, with a legend of the kinds below. */
export function buildTimelineChart(items: readonly TimelineCount[], text: ChartText): string | null {
  const dated = items.filter((i) => i.count > 0).map((i) => ({ year: i.year, kind: text.label(i.kind), n: i.count }));
  if (dated.length === 0) return null;
  const years = [...new Set(dated.map((d) => d.year))].sort((a, b) => a - b);
  const kinds = [...new Set(dated.map((d) => d.kind))].sort();
  const colour = (kind: string) => PALETTE[kinds.indexOf(kind) % PALETTE.length]!;
  const counts = years.map(() => kinds.map(() => 0));
  for (const d of dated) {
    const column = counts[years.indexOf(d.year)] as number[];
    const k = kinds.indexOf(d.kind);
    column[k] = (column[k] ?? 0) + d.n;
  }
  const h = TIMELINE_HEIGHT;
  const x = bandScale(years.length, PLOT_WIDTH);
  const y = countScale(Math.max(...counts.map((c) => c.reduce((a, b) => a + b, 0))), h);
  const at = (v: number) => h - (v / y.top) * h;
  const parts = drawing();
  counts.forEach((column, i) => {
    let base = 0;
    column.forEach((n, k) => {
      if (n === 0) return;
      parts.rect(x.start(i), at(base + n), x.bandwidth, at(base) - at(base + n), colour(kinds[k]!));
      base += n;
    });
  });
  const width = (s: string, bold = false) => text.width(s, S.fontSize, bold);
  // Every other year label goes while neighbours would touch.
  const labels = years.map(String);
  let every = 1;
  while (every < labels.length && Math.max(...labels.map((l) => width(l))) + 4 > x.step * every) every *= 2;
  labels.forEach((label, i) => {
    parts.rule(x.center(i) + 0.5, h + 0.5, x.center(i) + 0.5, h + 0.5 + S.tickSize);
    if (i % every === 0)
      parts.add(
        svgText(label, { x: x.center(i), y: h + S.tickSize + S.labelPadding + S.fontSize / 2, anchor: "middle" }),
      );
  });
  parts.rule(0, h + 0.5, PLOT_WIDTH, h + 0.5);
  const left = countAxis(parts, { ticks: y.ticks, at, length: h, title: "Partnerships and events", width });
  const legend = legendOf(parts, { kinds, colour, width, top: h + AXIS_BELOW + S.legendOffset });
  const titleOverflow = Math.max(0, (width("Partnerships and events", true) - h) / 2);
  const bottom = h + AXIS_BELOW + S.legendOffset + legend.height;
  return svgDocument(
    S.padding + left + Math.max(PLOT_WIDTH, legend.width) + S.padding,
    S.padding + titleOverflow + Math.max(bottom, h + titleOverflow) + S.padding,
    { x: S.padding + left, y: S.padding + titleOverflow },
    parts.elements(),
  );
}

/** Partnerships per field as horizontal bars, most first. */
export function buildFieldsChart(fields: readonly FieldCount[], text: ChartText): string | null {
  if (fields.length === 0) return null;
  const width = (s: string, bold = false) => text.width(s, S.fontSize, bold);
  const labels = fields.map((f) => fitText(text.label(f.label), FIELD_LABEL_LIMIT, (s) => width(s)));
  const left = S.tickSize + S.labelPadding + Math.max(...labels.map((l) => width(l)));
  // As wide as the timeline drawn above it, so that both print at the same scale.
  const w = FIELDS_WIDTH - 2 * S.padding - left;
  const h = Math.max(40, fields.length * FIELD_ROW);
  const y = bandScale(fields.length, h);
  const x = countScale(Math.max(...fields.map((f) => f.count)), w);
  const at = (v: number) => (v / x.top) * w;
  const parts = drawing();
  fields.forEach((f, i) => {
    parts.rect(0, y.start(i), at(f.count), y.bandwidth, PALETTE[0]);
    parts.rule(0.5, y.center(i) + 0.5, 0.5 - S.tickSize, y.center(i) + 0.5);
    parts.add(svgText(labels[i]!, { x: -(S.tickSize + S.labelPadding), y: y.center(i), anchor: "end" }));
  });
  parts.rule(0.5, 0, 0.5, h);
  x.ticks.forEach((t, i) => {
    const anchor = i === 0 ? "start" : i === x.ticks.length - 1 && t === x.top ? "end" : "middle";
    parts.rule(at(t) + 0.5, h + 0.5, at(t) + 0.5, h + 0.5 + S.tickSize);
    parts.add(svgText(formatCount(t), { x: at(t), y: h + S.tickSize + S.labelPadding + S.fontSize / 2, anchor }));
  });
  parts.rule(0, h + 0.5, w, h + 0.5);
  parts.add(
    svgText("Partnerships", {
      x: w / 2,
      y: h + AXIS_BELOW + S.titlePadding + S.fontSize / 2,
      anchor: "middle",
      bold: true,
    }),
  );
  return svgDocument(
    S.padding + left + w + S.padding,
    S.padding + h + AXIS_BELOW + S.titlePadding + S.fontSize + S.padding,
    { x: S.padding + left, y: S.padding },
    parts.elements(),
  );
}

// A vertical axis of counts at x = 0 with its title turned up the left side; returns how far left it reaches.
function countAxis(
  parts: Drawing,
  axis: {
    ticks: number[];
    at: (v: number) => number;
    length: number;
    title: string;
    width: (s: string, bold?: boolean) => number;
  },
): number {
  let labelWidth = 0;
  for (const t of axis.ticks) {
    parts.rule(0.5, axis.at(t) + 0.5, 0.5 - S.tickSize, axis.at(t) + 0.5);
    parts.add(svgText(formatCount(t), { x: -(S.tickSize + S.labelPadding), y: axis.at(t), anchor: "end" }));
    labelWidth = Math.max(labelWidth, axis.width(formatCount(t)));
  }
  parts.rule(0.5, 0, 0.5, axis.length + 0.5);
  const titleX = -(S.tickSize + S.labelPadding + labelWidth + S.titlePadding + S.fontSize / 2);
  parts.add(
    `<g transform="translate(${num(titleX)},${num(axis.length / 2)}) rotate(-90)">${svgText(axis.title, { x: 0, y: 0, anchor: "middle", bold: true })}</g>`,
  );
  return -titleX + S.fontSize / 2;
}

// The kinds in rows of three columns under the plot, each column as wide as its widest entry.
function legendOf(
  parts: Drawing,
  legend: { kinds: readonly string[]; colour: (kind: string) => string; width: (s: string) => number; top: number },
): { width: number; height: number } {
  const symbol = S.legendSymbol;
  const labels = legend.kinds.map((k) => fitText(k, LEGEND_LABEL_LIMIT, legend.width));
  const columns = Math.min(LEGEND_COLUMNS, labels.length);
  const columnWidth = Array.from({ length: columns }, (_, c) =>
    Math.max(...labels.filter((_, i) => i % columns === c).map((l) => 14 + legend.width(l))),
  );
  labels.forEach((label, i) => {
    const c = i % columns;
    const x = columnWidth.slice(0, c).reduce((a, b) => a + b + 10, 0);
    const y = legend.top + Math.floor(i / columns) * 12;
    parts.rect(x + 5 - symbol / 2, y + 5 - symbol / 2, symbol, symbol, legend.colour(legend.kinds[i]!));
    parts.add(svgText(label, { x: x + 14, y: y + 5, fill: S.legendColor }));
  });
  return {
    width: columnWidth.reduce((a, b) => a + b, 0) + 10 * (columns - 1),
    height: Math.ceil(labels.length / columns) * 12 - 2,
  };
}
