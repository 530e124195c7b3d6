import type { FieldCount, NetworkData, TimelineItem } from "./brief-types.ts";
import { FONT_FAMILY } from "./fonts.ts";

/** The names of the charts a template can place with `{{chart "name"}}`. */
export const CHART_NAMES = ["timeline", "fields", "network"] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** A vega-lite specification (kept loose: vega-lite checks it when compiling). */
export type VegaLiteSpec = Record<string, unknown>;

const WIDTH = 480;
const PALETTE = ["#1f4e79", "#c0392b", "#2e8b57", "#d68910", "#7d3c98", "#17a589", "#5d6d7e", "#a04000", "#2874a6"];

const config = {
  font: FONT_FAMILY,
  background: "white",
  view: { stroke: null },
  axis: { labelFontSize: 9, titleFontSize: 9, labelColor: "#333", titleColor: "#333", grid: false },
  legend: { labelFontSize: 9, titleFontSize: 9, symbolSize: 60 },
  range: { category: PALETTE },
};

/** Partnerships and events per year, stacked by kind. */
export function timelineSpec(items: readonly TimelineItem[], label: (s: string) => string): VegaLiteSpec | null {
  const values = items
    .filter((i) => i.year !== null)
    .map((i) => ({ year: String(Math.floor(i.year!)), kind: label(i.kind) }));
  if (values.length === 0) return null;
  return {
    width: WIDTH,
    height: 130,
    data: { values },
    mark: { type: "bar", tooltip: false },
    encoding: {
      x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
      y: {
        aggregate: "count",
        type: "quantitative",
        title: "Partnerships and events",
        axis: { tickMinStep: 1, format: "d" },
      },
      color: { field: "kind", type: "nominal", title: null, legend: { orient: "bottom", columns: 3, labelLimit: 150 } },
      order: { field: "kind" },
    },
    config,
  };
}

/** Partnerships per field of cooperation, most first. */
export function fieldsSpec(fields: readonly FieldCount[], label: (s: string) => string): VegaLiteSpec | null {
  if (fields.length === 0) return null;
  const values = fields.map((f, i) => ({ field: label(f.label), count: f.count, rank: i }));
  return {
    width: WIDTH - 140,
    height: Math.max(40, values.length * 18),
    data: { values },
    mark: { type: "bar", color: PALETTE[0], tooltip: false },
    encoding: {
      y: {
        field: "field",
        type: "nominal",
        title: null,
        sort: { field: "rank", order: "ascending" },
        axis: { labelLimit: 140 },
      },
      x: { field: "count", type: "quantitative", title: "Partnerships", axis: { tickMinStep: 1, format: "d" } },
    },
    config,
  };
}

/**
 * Organizations of one country in a left column and of the other in a right column, a line per
 * pair that shares partnerships, thicker for more: a fixed layout, the same on every run.
 */
export function networkSpec(network: NetworkData, label: (s: string) => string): VegaLiteSpec {
  const rows = Math.max(network.left.length, network.right.length);
  const height = Math.max(60, rows * 30);
  const leftX = 200;
  const rightX = WIDTH - 200;
  const y = (i: number, n: number) => ((i + 0.5) * height) / n;
  const nodes = [
    ...network.left.map((n, i) => ({
      x: leftX,
      y: y(i, network.left.length),
      name: wrapLabel(label(n.label)),
      count: n.count,
      side: "left",
    })),
    ...network.right.map((n, i) => ({
      x: rightX,
      y: y(i, network.right.length),
      name: wrapLabel(label(n.label)),
      count: n.count,
      side: "right",
    })),
  ];
  const edges = network.edges.map((e) => ({
    x: leftX,
    y: y(e.left, network.left.length),
    x2: rightX,
    y2: y(e.right, network.right.length),
    count: e.count,
  }));
  const maxCount = Math.max(1, ...network.edges.map((e) => e.count));
  const xScale = { domain: [0, WIDTH], range: [0, WIDTH] };
  const yScale = { domain: [0, height], range: [0, height] };
  const pos = {
    x: { field: "x", type: "quantitative", scale: xScale, axis: null },
    y: { field: "y", type: "quantitative", scale: yScale, axis: null },
  };
  const text = (side: string, align: string, dx: number) => ({
    data: { values: nodes.filter((n) => n.side === side) },
    mark: { type: "text", align, dx, fontSize: 8.5, limit: 0, lineBreak: "\n", baseline: "middle", color: "#222" },
    encoding: { ...pos, text: { field: "name" } },
  });
  return {
    width: WIDTH,
    height,
    // Sized by the layout above, not by vega's estimate of the labels' widths.
    autosize: { type: "none" },
    padding: 0,
    layer: [
      {
        data: { values: edges },
        mark: { type: "rule", color: "#7f8c8d", opacity: 0.7 },
        encoding: {
          ...pos,
          x2: { field: "x2" },
          y2: { field: "y2" },
          strokeWidth: {
            field: "count",
            type: "quantitative",
            scale: { domain: [1, maxCount], range: [1, 6] },
            legend: null,
          },
        },
      },
      {
        data: { values: nodes },
        mark: { type: "circle", opacity: 1 },
        encoding: {
          ...pos,
          size: {
            field: "count",
            type: "quantitative",
            scale: { domain: [1, Math.max(1, ...nodes.map((n) => n.count))], range: [40, 260] },
            legend: null,
          },
          color: {
            field: "side",
            type: "nominal",
            scale: { domain: ["left", "right"], range: [PALETTE[1], PALETTE[0]] },
            legend: null,
          },
        },
      },
      text("left", "right", -10),
      text("right", "left", 10),
    ],
    config,
  };
}

/** Breaks a label into at most two lines of about 34 characters, the second cut short with an ellipsis. */
function wrapLabel(text: string): string {
  const max = 34;
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  const at = cut > 10 ? cut : max;
  const rest = text.slice(at).trim();
  return `${text.slice(0, at)}\n${rest.length > max ? `${rest.slice(0, max - 1)}…` : rest}`;
}
