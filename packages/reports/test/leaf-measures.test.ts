import { createRequire } from "node:module";
import { afterAll, expect, test } from "vitest";
import {
  type DocMeasureClass,
  forgetLeafMeasures,
  keepLeafMeasures,
  pdfmakeDocMeasure,
} from "../src/keep-leaf-measures.ts";
import { FIXTURE_BRIEFS, fixtureBriefHashes } from "./fixtures/brief-hashes.ts";

const Measure = pdfmakeDocMeasure() as DocMeasureClass & { prototype: { measureLeaf: (node: object) => object } };
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
const Layout = (fromPdfmake("./LayoutBuilder.js") as { default: { prototype: Record<string, unknown> } }).default;
const Inlines = (fromPdfmake("./TextInlines.js") as { default: { prototype: Record<string, unknown> } }).default;
afterAll(() => keepLeafMeasures(Measure));

// Each brief's SHA-256, and how many times pdfmake laid the briefs out and measured a run of words.
async function render(): Promise<{ hashes: string[]; layouts: number; measures: number }> {
  const layout = Layout.prototype.tryLayoutDocument as (...args: unknown[]) => unknown;
  const measure = Inlines.prototype.measure as (...args: unknown[]) => unknown;
  let layouts = 0;
  let measures = 0;
  Layout.prototype.tryLayoutDocument = function (this: unknown, ...args: unknown[]) {
    layouts++;
    return layout.apply(this, args);
  };
  Inlines.prototype.measure = function (this: unknown, ...args: unknown[]) {
    measures++;
    return measure.apply(this, args);
  };
  try {
    return { hashes: await fixtureBriefHashes(), layouts, measures };
  } finally {
    Layout.prototype.tryLayoutDocument = layout;
    Inlines.prototype.measure = measure;
  }
}

test("a document laid out again measures its words once, and has the bytes of one measured each time", async () => {
  keepLeafMeasures(Measure);
  const kept = await render();
  // pdfmake's own measure, under the mark that keeps renderPdf from replacing it.
  forgetLeafMeasures(Measure);
  const { measureLeaf } = Measure.prototype;
  keepLeafMeasures(Measure);
  Measure.prototype.measureLeaf = measureLeaf;
  const original = await render();
  forgetLeafMeasures(Measure);
  expect(Measure.prototype.measureLeaf).toBe(measureLeaf);
  expect(kept.hashes).toEqual(original.hashes);
  expect(kept.layouts).toBe(original.layouts);
  // At least one brief was laid out again, and its leaves were not measured again.
  expect(original.layouts).toBeGreaterThan(FIXTURE_BRIEFS.length);
  expect(kept.measures).toBeLessThan(original.measures);
}, 60_000);
