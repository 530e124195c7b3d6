import { STYLE } from "./charts.ts";

/** A number as an SVG attribute: at most two decimals, never `-0`. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Text escaped for an SVG element or attribute. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A line of text in the charts' font; `y` is its vertical middle. */
export function svgText(
  text: string,
  at: { x: number; y: number; anchor?: "start" | "middle" | "end"; size?: number; bold?: boolean; fill?: string },
): string {
  const size = at.size ?? STYLE.fontSize;
  const weight = at.bold ? ' font-weight="bold"' : "";
  return `<text x="${num(at.x)}" y="${num(at.y + middleOffset(size))}" text-anchor="${at.anchor ?? "start"}" font-family="${STYLE.font}" font-size="${num(size)}"${weight} fill="${at.fill ?? STYLE.labelColor}">${escapeXml(text)}</text>`;
}

/** What a chart draws: rules and filled rectangles, and any other SVG elements (text) on top. */
export interface Drawing {
  rule(x1: number, y1: number, x2: number, y2: number): void;
  rect(x: number, y: number, width: number, height: number, fill: string): void;
  add(element: string): void;
  /** The elements: the rectangles of each colour as one path, the rules as one path, then the rest. */
  elements(): string[];
}

/**
 * A drawing whose shapes of one look are joined into a single path: the PDF looks the same, and
 * pdfmake's SVG reader handles one element instead of dozens (it costs per element, not per shape).
 */
export function drawing(): Drawing {
  const rules: string[] = [];
  const fills = new Map<string, string[]>();
  const rest: string[] = [];
  return {
    rule: (x1, y1, x2, y2) => rules.push(`M${num(x1)} ${num(y1)}L${num(x2)} ${num(y2)}`),
    rect(x, y, width, height, fill) {
      if (width <= 0 || height <= 0) return;
      const d = `M${num(x)} ${num(y)}h${num(width)}v${num(height)}h${num(-width)}Z`;
      const list = fills.get(fill);
      if (list) list.push(d);
      else fills.set(fill, [d]);
    },
    add: (element) => rest.push(element),
    elements: () => [
      ...[...fills].map(([fill, d]) => `<path d="${d.join("")}" fill="${fill}"/>`),
      ...(rules.length > 0
        ? [`<path d="${rules.join("")}" fill="none" stroke="${STYLE.ruleColor}" stroke-width="1"/>`]
        : []),
      ...rest,
    ],
  };
}

/** The whole drawing: a white background, its parts moved by the origin. */
export function svgDocument(width: number, height: number, origin: { x: number; y: number }, parts: string[]): string {
  const w = num(Math.ceil(width));
  const h = num(Math.ceil(height));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="white"/><g transform="translate(${num(origin.x)},${num(origin.y)})">${parts.join("")}</g></svg>`;
}

/** Cuts a label to a width, with an ellipsis, as an axis or legend with a label limit does. */
export function fitText(text: string, limit: number, width: (s: string) => number): string {
  if (width(text) <= limit) return text;
  let end = text.length;
  while (end > 1 && width(`${text.slice(0, end - 1)}…`) > limit) end--;
  return `${text.slice(0, end - 1).trimEnd()}…`;
}

// SVG puts text on its alphabetic baseline; this moves a line's middle onto `y`.
function middleOffset(size: number): number {
  return Math.round(0.3 * size * 100) / 100;
}
