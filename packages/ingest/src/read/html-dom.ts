import { DomUtils, parseDocument } from "htmlparser2";
import { flattenDeepNesting } from "./flatten-deep-nesting.ts";

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument["children"][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

/** Parses HTML into htmlparser2's DOM, tags nested absurdly deep flattened first. */
export function parseHtml(html: string): HtmlDocument {
  return parseDocument(flattenDeepNesting(html), {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
}

export function isElement(node: HtmlNode | HtmlDocument): node is HtmlElement {
  return DomUtils.isTag(node as HtmlNode);
}

export function isText(node: HtmlNode): node is Extract<HtmlNode, { type: "text" }> {
  return DomUtils.isText(node);
}

export function attr(element: HtmlElement, name: string): string | null {
  const value = element.attribs[name];
  return value === undefined ? null : value;
}

/** Every element under `root` in document order, without recursion. */
export function elementsOf(root: HtmlDocument | HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The text under a node with whitespace collapsed, without recursion. */
export function textOf(root: HtmlNode | HtmlDocument, skip?: (element: HtmlElement) => boolean): string {
  const parts: string[] = [];
  const stack: (HtmlNode | HtmlDocument)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ("data" in node && isText(node as HtmlNode)) {
      parts.push((node as { data: string }).data);
      continue;
    }
    if (isElement(node) && node !== root && skip?.(node)) continue;
    if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Reads the charset a page declares in its first bytes (`<meta charset>`, http-equiv, an XML declaration). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1] ?? null;
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml?.[1] ?? null;
}
