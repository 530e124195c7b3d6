import { createRequire } from "node:module";

type Item = string | Record<string, unknown>;
interface Leaf {
  text?: unknown;
  _textRef?: unknown;
  _inlines?: Record<string, unknown>[];
  _minWidth?: number;
  _maxWidth?: number;
}
interface DocMeasure {
  styleStack: { styleOverrides: Item[] };
  measureLeaf(node: Leaf): Leaf;
  [KEPT]?: WeakMap<Leaf, KeptLeaf>;
}
/** pdfmake's DocMeasure class: what measures every node of a document before each layout of it. */
export interface DocMeasureClass {
  prototype: DocMeasure;
}
// A leaf's measure as made, before the layout that consumes its inlines; and what it was measured with.
interface KeptLeaf {
  text: unknown;
  stack: Item[];
  inlines: Record<string, unknown>[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

const ORIGINAL = Symbol.for("accord.reports.original-measure-leaf");
const KEPT = Symbol("accord.reports.kept-leaf-measures");

/** pdfmake's DocMeasure, from the pdfmake the package renders with. */
export function pdfmakeDocMeasure(): DocMeasureClass {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
  return (fromPdfmake("./DocMeasure.js") as { default: DocMeasureClass }).default;
}

/**
 * pdfmake lays a document out again from the start each time its `pageBreakBefore` moves a node to the next page
 * (a brief's heading that would end a page), and each layout measures every word of the document again, most of
 * its time. Here one measure of a document keeps each text leaf's words as measured, with the text and the stack
 * of styles they were measured under, and a later layout of the same document takes fresh copies of them instead
 * of measuring again, while the leaf's text and the styles around it are the very same (the layout only moves
 * and consumes the words, which is why it is given copies). A leaf whose text comes from a reference is measured
 * each time. Anything but the expected class is left alone.
 */
export function keepLeafMeasures(Measure: DocMeasureClass): void {
  const proto = Measure.prototype as DocMeasure & { [ORIGINAL]?: DocMeasure["measureLeaf"] };
  if (proto[ORIGINAL] || typeof proto.measureLeaf !== "function") return;
  const original = proto.measureLeaf;
  proto[ORIGINAL] = original;
  proto.measureLeaf = function measureLeaf(this: DocMeasure, node: Leaf): Leaf {
    const overrides = this.styleStack?.styleOverrides;
    if (node._textRef || !Array.isArray(overrides)) return original.call(this, node);
    this[KEPT] ??= new WeakMap();
    const kept = this[KEPT].get(node);
    if (kept && kept.text === node.text && sameItems(kept.stack, overrides)) {
      node._inlines = kept.inlines.map(copy);
      node._minWidth = kept.minWidth;
      node._maxWidth = kept.maxWidth;
      return node;
    }
    const measured = original.call(this, node);
    if (measured === node && Array.isArray(node._inlines))
      this[KEPT].set(node, {
        text: node.text,
        stack: [...overrides],
        inlines: node._inlines.map(copy),
        minWidth: node._minWidth,
        maxWidth: node._maxWidth,
      });
    return measured;
  };
}

/** Puts pdfmake's own measure of leaves back (for tests that compare the two). */
export function forgetLeafMeasures(Measure: DocMeasureClass): void {
  const proto = Measure.prototype as DocMeasure & { [ORIGINAL]?: DocMeasure["measureLeaf"] };
  const original = proto[ORIGINAL];
  if (!original) return;
  proto.measureLeaf = original;
  delete proto[ORIGINAL];
}

const copy = (inline: Record<string, unknown>) => ({ ...inline });

function sameItems(a: readonly Item[], b: readonly Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
