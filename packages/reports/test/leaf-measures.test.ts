import { createRequire } from "node:module";
import { afterAll, expect, test } from "vitest";
import { FONT_FAMILY } from "../src/fonts.ts";
import {
  type DocMeasureClass,
  forgetLeafMeasures,
  keepLeafMeasures,
  pdfmakeDocMeasure,
} from "../src/keep-leaf-measures.ts";
import { renderPdf } from "../src/render-pdf.ts";
import { fixtureBriefHashes } from "./fixtures/brief-hashes.ts";
import { sha256 } from "./pdf-tools.ts";

const Measure = pdfmakeDocMeasure() as DocMeasureClass & { prototype: { measureLeaf: (node: object) => object } };
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
const Layout = (fromPdfmake("./LayoutBuilder.js") as { default: { prototype: Record<string, unknown> } }).default;
const Inlines = (fromPdfmake("./TextInlines.js") as { default: { prototype: Record<string, unknown> } }).default;
afterAll(() => keepLeafMeasures(Measure));

// A document of pages of lines, each with one more line than the last and then a heading and a line: the heading
// of one of them (at about 42 lines a page) would end its page, so pdfmake moves it on and lays the document out
// again, the rule the briefs' headings follow. (A new one each time: pdfmake writes into the nodes it lays out.)
const headingAtFoot = () => ({
  info: { creationDate: new Date(0), modDate: new Date(0) },
  defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.25 },
  pageBreakBefore: (node: { headlineLevel?: number }, nodes: { getFollowingNodesOnPage(): unknown[] }) =>
    node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0,
  content: Array.from({ length: 10 }, (_, k) => [
    ...Array.from({ length: 35 + k }, (_, i) => ({
      text: `Line ${i + 1} of page ${k + 1}.`,
      ...(i === 0 && k > 0 ? { pageBreak: "before" } : {}),
    })),
    { text: `Heading ${k + 1}`, fontSize: 16, headlineLevel: 1 },
    { text: "The line under the heading." },
  ]).flat(),
});

// Each brief's and document's SHA-256, and how many times pdfmake laid the briefs out and measured a run of words.
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
    const hashes = await fixtureBriefHashes();
    hashes.push(sha256(await renderPdf(headingAtFoot())));
    return { hashes, layouts, measures };
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
  // At least one document was laid out again, and its leaves were not measured again.
  expect(original.layouts).toBeGreaterThan(kept.hashes.length);
  expect(kept.measures).toBeLessThan(original.measures);
}, 60_000);
