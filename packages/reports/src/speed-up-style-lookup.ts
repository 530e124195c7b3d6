import { createRequire } from "node:module";

type Item = string | Record<string, unknown>;
interface StyleStack {
  styleDictionary: Record<string, Record<string, unknown> | undefined>;
  defaultStyle: Record<string, unknown> | undefined;
  styleOverrides: Item[];
  push(item: Item): void;
  pop(howMany?: number): void;
  autopush(item: unknown): number;
  getProperty(property: string): unknown;
  [VERSION]?: number;
  [MEMO]?: Map<string, unknown>;
  [MEMO_AT]?: number | undefined;
  [MEMO_SIZE]?: number;
  [MEMO_TOP]?: Item | undefined;
}
/** pdfmake's StyleContextStack class: the two functions every measured word calls about twenty times. */
export interface StyleStackClass {
  prototype: StyleStack;
  getStyleProperty(
    item: Record<string, unknown>,
    stack: StyleStack | undefined,
    property: string,
    fallback: unknown,
  ): unknown;
}
type Lookups = Pick<StyleStackClass, "getStyleProperty"> & Pick<StyleStack, "getProperty" | "push" | "pop">;

const ORIGINAL = Symbol.for("accord.reports.original-style-lookup");
// Each stack counts its pushes and pops, and remembers its answers for the count it gave them at.
const VERSION = Symbol("accord.reports.style-stack-version");
const MEMO = Symbol("accord.reports.style-stack-answers");
const MEMO_AT = Symbol("accord.reports.style-stack-answers-version");
const MEMO_SIZE = Symbol("accord.reports.style-stack-answers-size");
const MEMO_TOP = Symbol("accord.reports.style-stack-answers-top");
// An answer of undefined, as remembered.
const UNDEFINED = Symbol("undefined");
const isValue = (v: unknown) => v !== undefined && v !== null;
const isString = (v: unknown): v is string => typeof v === "string" || v instanceof String;

/** pdfmake's StyleContextStack, from the pdfmake the package renders with. */
export function pdfmakeStyleStack(): StyleStackClass {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve("pdfmake"));
  return (fromPdfmake("./StyleContextStack.js") as { default: StyleStackClass }).default;
}

/**
 * Replaces pdfmake 0.3's style lookup by one that gives the same answers with far less work. The original
 * creates a closure and a `Set` for every lookup and walks the whole stack of styles for each; every word of a
 * brief is measured with twenty-odd lookups, nearly all of them of properties no style sets. Here a stack
 * remembers each answer until it is next pushed or popped (the words of one paragraph share one stack), and the
 * word itself, and the styles it names, are looked at in place rather than pushed and popped. Styles that
 * `extend` others still go through the original. Anything but the expected class is left alone.
 *
 * What pdfmake writes into an item on the stack while it is there is only ever the answer the stack gave for
 * that property (a node's font, a cell's fill colour), so a remembered answer stays true.
 */
export function speedUpStyleLookup(Stack: StyleStackClass): void {
  const proto = Stack.prototype as StyleStack & { [ORIGINAL]?: Lookups };
  if (
    proto[ORIGINAL] ||
    typeof proto.getProperty !== "function" ||
    typeof proto.push !== "function" ||
    typeof proto.pop !== "function" ||
    typeof Stack.getStyleProperty !== "function"
  )
    return;
  const original: Lookups = {
    getProperty: proto.getProperty,
    getStyleProperty: Stack.getStyleProperty,
    push: proto.push,
    pop: proto.pop,
  };
  proto[ORIGINAL] = original;
  proto.push = function push(this: StyleStack, item: Item): void {
    this.styleOverrides.push(item);
    this[VERSION] = (this[VERSION] ?? 0) + 1;
  };
  proto.pop = function pop(this: StyleStack, howMany = 1): void {
    while (howMany-- > 0) this.styleOverrides.pop();
    this[VERSION] = (this[VERSION] ?? 0) + 1;
  };
  // The stack's answer, walked from the top as pdfmake does.
  const walk = (stack: StyleStack, property: string): unknown => {
    const overrides = stack.styleOverrides;
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item = overrides[i]!;
      if (isString(item)) {
        const style = stack.styleDictionary[item as string];
        if (!style) continue;
        // Lookups have no side effects, so starting over in the original gives its answer.
        if (style.extends) return original.getProperty.call(stack, property);
        if (isValue(style[property])) return style[property];
      } else if (isValue(item[property])) return item[property];
    }
    // biome-ignore lint/complexity/useOptionalChain: as pdfmake does it, a null default style gives null
    return stack.defaultStyle && stack.defaultStyle[property];
  };
  proto.getProperty = function getProperty(this: StyleStack, property: string): unknown {
    let memo = this[MEMO];
    const overrides = this.styleOverrides;
    // Kept answers hold while nothing was pushed or popped, by these functions or (length, top) on the array.
    if (
      memo === undefined ||
      this[MEMO_AT] !== this[VERSION] ||
      this[MEMO_SIZE] !== overrides.length ||
      this[MEMO_TOP] !== overrides[overrides.length - 1]
    ) {
      memo = new Map();
      this[MEMO] = memo;
      this[MEMO_AT] = this[VERSION];
      this[MEMO_SIZE] = overrides.length;
      this[MEMO_TOP] = overrides[overrides.length - 1];
    }
    const known = memo.get(property);
    if (known !== undefined) return known === UNDEFINED ? undefined : known;
    const value = walk(this, property);
    memo.set(property, value === undefined ? UNDEFINED : value);
    return value;
  };
  // What `autopush(item)` then `getProperty` would find: the item, then the styles it names (last first), then
  // the stack below.
  Stack.getStyleProperty = (item, stack, property, fallback) => {
    if (isValue(item[property])) return item[property];
    if (!stack) return fallback;
    let value: unknown;
    if (isString(item) || item.section !== undefined) value = stack.getProperty(property);
    else {
      const names = item.style;
      const count = names ? (Array.isArray(names) ? names.length : 1) : 0;
      for (let i = count - 1; i >= 0 && value === undefined; i--) {
        const name: unknown = Array.isArray(names) ? names[i] : names;
        if (isString(name)) {
          const style = stack.styleDictionary[name as string];
          if (!style) continue;
          if (style.extends) return original.getStyleProperty(item, stack, property, fallback);
          if (isValue(style[property])) value = style[property];
        } else if (isValue((name as Record<string, unknown>)[property]))
          value = (name as Record<string, unknown>)[property];
      }
      if (value === undefined) value = stack.getProperty(property);
    }
    return isValue(value) ? value : fallback;
  };
}

/** Puts pdfmake's own style lookup back (for tests that compare the two). */
export function restoreStyleLookup(Stack: StyleStackClass): void {
  const proto = Stack.prototype as StyleStack & { [ORIGINAL]?: Lookups };
  const original = proto[ORIGINAL];
  if (!original) return;
  proto.getProperty = original.getProperty;
  proto.push = original.push;
  proto.pop = original.pop;
  Stack.getStyleProperty = original.getStyleProperty;
  delete proto[ORIGINAL];
}
