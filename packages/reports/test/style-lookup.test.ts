import { afterAll, expect, test } from "vitest";
import { type BriefRequest, renderBrief } from "../src/index.ts";
import {
  pdfmakeStyleStack,
  restoreStyleLookup,
  type StyleStackClass,
  speedUpStyleLookup,
} from "../src/speed-up-style-lookup.ts";
import { fixtureKnowledgeBase } from "./fixtures/knowledge-base.ts";
import { sha256 } from "./pdf-tools.ts";

const Stack = pdfmakeStyleStack() as StyleStackClass & {
  new (
    styles: object,
    defaultStyle?: object | null,
  ): StyleStackClass["prototype"] & { push(item: unknown): void; pop(howMany?: number): void };
};
afterAll(() => speedUpStyleLookup(Stack));

const styles = {
  h1: { fontSize: 16, bold: true, color: "#1f4e79" },
  table: { fontSize: 8.5 },
  cite: { fontSize: 7, color: null },
  base: { font: "Base", color: "#111" },
  child: { extends: "base", fontSize: 11 },
  loopA: { extends: ["loopB"], italics: true },
  loopB: { extends: "loopA" },
};
const stacks: [object | null, unknown[]][] = [
  [{ fontSize: 10, color: "#222" }, []],
  [{ fontSize: 10 }, ["h1", { text: "x", bold: false }]],
  [{ fontSize: 10 }, ["table", "missing", { text: "y", color: undefined }, "cite"]],
  [{}, ["child", { text: "z" }]],
  [null, ["loopA", "loopB", new String("h1")]],
];
const properties = ["font", "fontSize", "bold", "italics", "color", "decoration", "lineHeight"];

function answers(): unknown[] {
  const out: unknown[] = [];
  for (const [defaultStyle, overrides] of stacks) {
    const stack = new Stack(styles, defaultStyle);
    for (const o of overrides) stack.styleOverrides.push(o as string);
    const ask = () => {
      for (const p of properties) {
        out.push(stack.getProperty(p));
        for (const item of [
          {},
          { style: "h1" },
          { style: ["table", "cite"], fontSize: 9 },
          { style: ["h1", { color: "#333" }] },
          { style: "child" },
          { style: "missing", section: "x" },
          { [p]: null },
        ])
          out.push(Stack.getStyleProperty(item, stack, p, "fallback"));
        out.push(Stack.getStyleProperty({}, undefined, p, "fallback"));
      }
    };
    // Asked again after each push and pop: an answer given before must not outlive the stack it was given for.
    ask();
    stack.push({ fontSize: 13, color: null, italics: false });
    ask();
    stack.push("h1");
    ask();
    stack.pop(2);
    ask();
    stack.autopush({ style: ["child", "cite"], bold: true });
    ask();
    stack.pop();
    ask();
  }
  return out;
}

test("the faster style lookup gives pdfmake's answers, for extended and looping styles too", () => {
  restoreStyleLookup(Stack);
  const { getProperty } = Stack.prototype;
  const expected = answers();
  speedUpStyleLookup(Stack);
  expect(Stack.prototype.getProperty).not.toBe(getProperty);
  expect(answers()).toEqual(expected);
});

test("briefs of every kind typeset with the faster lookup have the same bytes", async () => {
  const requests: BriefRequest[] = [
    { kind: "countries", countries: ["CN", "RU"] },
    { kind: "pair", organizations: ["SRUT", "BSUE"] },
    { kind: "org", organization: "松花江理工大学" },
  ];
  const render = async () => {
    const hashes: string[] = [];
    for (const request of requests) {
      const result = await renderBrief(fixtureKnowledgeBase(), request, { sourceDateEpoch: 1_700_000_000 });
      if (!result.ok) throw new Error(result.reason);
      hashes.push(sha256(result.bytes));
    }
    return hashes;
  };
  const fast = await render();
  // pdfmake's own functions, put back under the mark that keeps renderPdf from replacing them.
  restoreStyleLookup(Stack);
  const { getProperty, push, pop } = Stack.prototype;
  const { getStyleProperty } = Stack;
  speedUpStyleLookup(Stack);
  Object.assign(Stack.prototype, { getProperty, push, pop });
  Stack.getStyleProperty = getStyleProperty;
  const original = await render();
  restoreStyleLookup(Stack);
  expect(Stack.prototype.getProperty).toBe(getProperty);
  expect(original).toEqual(fast);
});
