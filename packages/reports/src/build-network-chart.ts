import type { NetworkData } from "./brief-types.ts";
import { type ChartText, PALETTE, PLOT_WIDTH, STYLE } from "./charts.ts";
import { escapeXml, num, svgDocument } from "./svg.ts";

const LEFT_X = 200;
const RIGHT_X = PLOT_WIDTH - 200;
const ROW = 30;
const FONT_SIZE = 8.5;
const LINE_HEIGHT = 10.5;

/**
 * Organizations of one country in a left column and of the other in a right column, a line per
 * pair that shares partnerships, thicker for more, each dot larger for more: a fixed layout, the
 * same on every run.
 */
export function buildNetworkChart(network: NetworkData, text: ChartText): string {
  const rows = Math.max(network.left.length, network.right.length);
  const height = Math.max(60, rows * ROW);
  const y = (i: number, n: number) => ((i + 0.5) * height) / n;
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.count));
  const maxNode = Math.max(1, ...[...network.left, ...network.right].map((n) => n.count));
  const parts: string[] = [];
  for (const e of network.edges) {
    const stroke = maxEdge === 1 ? 3.5 : 1 + ((e.count - 1) / (maxEdge - 1)) * 5;
    parts.push(
      `<line x1="${LEFT_X}" y1="${num(y(e.left, network.left.length))}" x2="${RIGHT_X}" y2="${num(y(e.right, network.right.length))}" stroke="#7f8c8d" stroke-width="${num(stroke)}" stroke-opacity="0.7"/>`,
    );
  }
  // The dots of a side as one path of circles (two arcs each): one element for pdfmake's SVG reader.
  const dot = (x: number, cy: number, count: number) => {
    const r = Math.sqrt((maxNode === 1 ? 150 : 40 + ((count - 1) / (maxNode - 1)) * 220) / Math.PI);
    return `M${num(x + r)} ${num(cy)}A${num(r)} ${num(r)} 0 1 1 ${num(x - r)} ${num(cy)}A${num(r)} ${num(r)} 0 1 1 ${num(x + r)} ${num(cy)}Z`;
  };
  const sides = [
    { nodes: network.left, x: LEFT_X, fill: PALETTE[1], dx: -10, anchor: "end" },
    { nodes: network.right, x: RIGHT_X, fill: PALETTE[0], dx: 10, anchor: "start" },
  ] as const;
  for (const side of sides)
    if (side.nodes.length > 0)
      parts.push(
        `<path d="${side.nodes.map((n, i) => dot(side.x, y(i, side.nodes.length), n.count)).join("")}" fill="${side.fill}"/>`,
      );
  for (const side of sides)
    for (const [i, n] of side.nodes.entries())
      parts.push(label(text.label(n.label), side.x + side.dx, y(i, side.nodes.length), side.anchor));
  return svgDocument(PLOT_WIDTH, height, { x: 0, y: 0 }, parts);
}

// A name on one or two lines, centred on its dot.
function label(name: string, x: number, middle: number, anchor: "start" | "end"): string {
  const lines = wrapLabel(name);
  const first = middle - ((lines.length - 1) * LINE_HEIGHT) / 2 + Math.round(0.3 * FONT_SIZE * 100) / 100;
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${num(first + i * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`)
    .join("");
  return `<text text-anchor="${anchor}" font-family="${STYLE.font}" font-size="${FONT_SIZE}" fill="#222">${spans}</text>`;
}

/** Breaks a label into at most two lines of about 34 characters, the second cut short with an ellipsis. */
function wrapLabel(text: string): string[] {
  const max = 34;
  if (text.length <= max) return [text];
  const cut = text.lastIndexOf(" ", max);
  const at = cut > 10 ? cut : max;
  const rest = text.slice(at).trim();
  return [text.slice(0, at), rest.length > max ? `${rest.slice(0, max - 1)}…` : rest];
}
