import { afterAll, expect, test } from "vitest";
import {
  pdfmakeStyleStack,
  restoreStyleLookup,
  type StyleStackClass,
  speedUpStyleLookup,
} from "../src/speed-up-style-lookup.ts";
import { fixtureBriefHashes } from "./fixtures/brief-hashes.ts";

const Stack = pdfmakeStyleStack() as StyleStackClass & {
  new (
    styles: object,
    defaultStyle?: object | null,
  ): StyleStackClass["prototype"] & { push(item: unknown): void; pop(howMany?: number): void; clone(): unknown };
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

type TestStack = InstanceType<typeof Stack>;

function answers(): unknown[] {
  const out: unknown[] = [];
  // The stack's own answers, then with items looked up through it (which may push and pop), then its own again.
  const ask = (stack: TestStack) => {
    for (const p of properties) out.push(stack.getProperty(p));
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
    for (const p of properties) out.push(stack.getProperty(p));
  };
  // Each stack's items pushed as pdfmake pushes them, and straight onto its array.
  for (const direct of [false, true])
    for (const [defaultStyle, overrides] of stacks) {
      const stack = new Stack(styles, defaultStyle);
      for (const o of overrides) {
        if (direct) stack.styleOverrides.push(o as string);
        else stack.push(o);
      }
      // Asked again after each push, pop and clone, made by pdfmake's functions or on the array itself: no answer
      // may outlive the stack it was given for.
      ask(stack);
      stack.push({ fontSize: 13, color: null, italics: false });
      ask(stack);
      const copy = stack.clone() as TestStack;
      copy.push("h1");
      ask(copy);
      ask(stack);
      stack.push("h1");
      ask(stack);
      stack.pop(2);
      ask(stack);
      ask(copy);
      stack.autopush({ style: ["child", "cite"], bold: true });
      ask(stack);
      stack.pop();
      ask(stack);
      stack.styleOverrides.pop();
      ask(stack);
      stack.push({ color: "#444" });
      ask(stack);
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
  const render = fixtureBriefHashes;
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
