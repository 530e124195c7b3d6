import type { VegaLiteSpec } from "./chart-specs.ts";

// The same data gives the same chart; a few are kept so that a brief rendered again draws none.
const drawn = new Map<string, Promise<string>>();
const DRAWN_LIMIT = 32;

/**
 * Renders a vega-lite specification to an SVG string, in Node without a canvas. Nothing in it
 * depends on the clock, the locale or randomness, so the same spec gives the same SVG. vega and
 * vega-lite are loaded on the first chart, not with the package.
 */
export function renderChart(spec: VegaLiteSpec): Promise<string> {
  const key = JSON.stringify(spec);
  let svg = drawn.get(key);
  if (!svg) {
    if (drawn.size >= DRAWN_LIMIT) drawn.clear();
    svg = drawChart(spec);
    drawn.set(key, svg);
    svg.catch(() => drawn.delete(key));
  }
  return svg;
}

async function drawChart(spec: VegaLiteSpec): Promise<string> {
  const [vega, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  // biome-ignore lint/suspicious/noExplicitAny: vega-lite's TopLevelSpec is too deep a type to build by hand
  const compiled = compile(spec as any).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
