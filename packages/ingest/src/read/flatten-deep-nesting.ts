import { Tokenizer } from "htmlparser2";

const MAX_DEPTH = 512;
const CLOSE_SEARCH = 64;
const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
// Tags that end an open one of their kind, as `<p>one<p>two` does.
const SELF_ENDING = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th"]);

/**
 * Drops the tags nested deeper than `maxDepth`, keeping their text. htmlparser2's parser keeps its
 * open-element stack top-first (`unshift`), so 100,000 nested elements cost minutes; pages never nest
 * that deep, so only hostile input changes.
 */
export function flattenDeepNesting(html: string, maxDepth = MAX_DEPTH): string {
  if (countTagStarts(html, maxDepth + 1) <= maxDepth) return html;
  const cuts: [number, number][] = [];
  const stack: { name: string; cut: boolean }[] = [];
  let open: { name: string; start: number } | null = null;
  const lower = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const openTag = (end: number, selfClosing: boolean) => {
    if (!open) return;
    const { name, start } = open;
    open = null;
    if (VOID_TAGS.has(name) || selfClosing) return;
    if (SELF_ENDING.has(name) && stack.at(-1)?.name === name) stack.pop();
    const cut = stack.length >= maxDepth;
    if (cut) cuts.push([start, end + 1]);
    stack.push({ name, cut });
  };
  const noop = () => {};
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname: (start, end) => {
        open = { name: lower(start, end), start: start - 1 };
      },
      onopentagend: (end) => openTag(end, false),
      onselfclosingtag: (end) => openTag(end, true),
      onclosetag: (start, end) => {
        const name = lower(start, end);
        const limit = Math.max(0, stack.length - CLOSE_SEARCH);
        for (let i = stack.length - 1; i >= limit; i--) {
          if (stack[i]!.name !== name) continue;
          if (stack[i]!.cut) cuts.push([start - 2, end + 1]);
          stack.length = i;
          break;
        }
      },
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onprocessinginstruction: noop,
      ontext: noop,
      ontextentity: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    parts.push(html.slice(from, start));
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join("");
}

function countTagStarts(html: string, stopAt: number): number {
  let count = 0;
  for (let i = html.indexOf("<"); i !== -1 && count < stopAt; i = html.indexOf("<", i + 1)) count += 1;
  return count;
}
