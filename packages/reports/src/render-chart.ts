import * as vega from "vega";
import { compile } from "vega-lite";
import type { VegaLiteSpec } from "./chart-specs.ts";

/**
 * Renders a vega-lite specification to an SVG string, in Node without a canvas. Nothing in it
 * depends on the clock, the locale or randomness, so the same spec gives the same SVG.
 */
export async function renderChart(spec: VegaLiteSpec): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: vega-lite's TopLevelSpec is too deep a type to build by hand
  const compiled = compile(spec as any).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
