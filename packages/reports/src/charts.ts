import { FONT_FAMILY } from "./fonts.ts";

/** The names of the charts a template can place with `{{chart "name"}}`. */
export const CHART_NAMES = ["timeline", "fields", "network"] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** The width of a label in points at a font size, in the face the PDF prints it with. */
export type TextWidth = (text: string, fontSize: number, bold?: boolean) => number;

/** How a chart prints its strings (characters without a glyph as code points) and measures them. */
export interface ChartText {
  label: (s: string) => string;
  width: TextWidth;
}

/** The width of the plotting area, in SVG units (the chart is then scaled to the text width). */
export const PLOT_WIDTH = 480;
/** The colours of the categories, in the order of their sorted names: nine hues, then a light tint of each, so
 * that a timeline of up to eighteen kinds (partnerships and events) never gives two kinds one colour. */
export const PALETTE = [
  "#1f4e79",
  "#c0392b",
  "#2e8b57",
  "#d68910",
  "#7d3c98",
  "#17a589",
  "#5d6d7e",
  "#a04000",
  "#2874a6",
  "#8fb3d9",
  "#eba59e",
  "#9fd4b5",
  "#f5cf8e",
  "#c9a8dc",
  "#93dccd",
  "#b8c2cc",
  "#e3ab82",
  "#a9cce3",
] as const;

/** The look shared by the charts: font, axis and legend sizes and colours. */
export const STYLE = {
  font: FONT_FAMILY,
  fontSize: 9,
  labelColor: "#333",
  legendColor: "#000",
  ruleColor: "#888",
  padding: 5,
  tickSize: 5,
  labelPadding: 2,
  titlePadding: 4,
  legendOffset: 18,
  legendSymbol: Math.sqrt(60),
} as const;
