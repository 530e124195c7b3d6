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

/** A straight line in the rule colour. */
export function svgLine(x1: number, y1: number, x2: number, y2: number): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${STYLE.ruleColor}" stroke-width="1"/>`;
}

/** A filled rectangle. */
export function svgRect(x: number, y: number, width: number, height: number, fill: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${fill}"/>`;
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
