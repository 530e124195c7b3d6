import type { HtmlDocument, HtmlElement, HtmlNode } from "./html-dom.ts";
import { isElement, isText } from "./html-dom.ts";
import { isFurnitureLine } from "./html-furniture.ts";

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

const PARAGRAPH = "\u0000P";
const LINE = "\u0000L";

/** The text under `root`, furniture left out: block elements end paragraphs, `<br>` ends a line. */
export function htmlToText(root: HtmlElement | HtmlDocument, furniture: ReadonlySet<HtmlElement>): string {
  const parts: string[] = [];
  const stack: (HtmlNode | HtmlDocument | typeof PARAGRAPH)[] = [root];
  let preDepth = 0;
  const preEnds = new Set<HtmlNode>();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === PARAGRAPH) {
      parts.push(PARAGRAPH);
      continue;
    }
    if (preEnds.has(item as HtmlNode)) {
      preEnds.delete(item as HtmlNode);
      preDepth -= 1;
      continue;
    }
    if (isText(item as HtmlNode)) {
      const data = (item as { data: string }).data;
      parts.push(preDepth > 0 ? data.replace(/\r?\n/g, LINE) : collapseSpace(data));
      continue;
    }
    if (isElement(item as HtmlNode)) {
      const element = item as HtmlElement;
      if (furniture.has(element)) continue;
      if (element.name === "br") {
        parts.push(LINE);
        continue;
      }
      const block = BLOCK_TAGS.has(element.name);
      if (block) {
        parts.push(PARAGRAPH);
        stack.push(PARAGRAPH);
      }
      if (element.name === "pre") {
        preDepth += 1;
        preEnds.add(element);
        stack.push(element);
      }
    }
    if ("children" in item) {
      const children = item.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return joinParagraphs(parts.join(""));
}

function joinParagraphs(flat: string): string {
  const paragraphs: string[] = [];
  for (const block of flat.split(PARAGRAPH)) {
    const lines = block
      .split(LINE)
      .map((line) => tidyLine(line))
      .filter((line) => line !== "" && !isFurnitureLine(line));
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
  }
  return paragraphs.join("\n\n");
}

// Most text nodes have single spaces only; replacing nothing in a 10 MB line still costs a second.
function collapseSpace(text: string): string {
  return /[\t\n\r\f\v\u00a0\u2000-\u200a\u3000]| {2}/.test(text) ? text.replace(/[\s\u00a0]+/g, " ") : text;
}

// Source line breaks between Chinese characters become spaces in HTML; Chinese writes none.
function tidyLine(line: string): string {
  return collapseSpace(line)
    .trim()
    .replace(/([\p{Script=Han}\u3000-\u303f\uff01-\uff5e]) (?=[\p{Script=Han}\u3000-\u303f\uff01-\uff5e])/gu, "$1");
}
