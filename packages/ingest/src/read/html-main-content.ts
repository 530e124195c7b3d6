import { attr, type HtmlDocument, type HtmlElement, type HtmlNode, isElement, isText } from "./html-dom.ts";
import { isFurniture } from "./html-furniture.ts";

/** A page with its furniture marked and its main content chosen. */
export interface HtmlContent {
  /** The element that holds the article text (the body, or the document, when nothing better stands out). */
  main: HtmlElement | HtmlDocument;
  /** The whole page to fall back on, such as for a date line above the article. */
  page: HtmlElement | HtmlDocument;
  /** Elements to leave out with everything under them. */
  furniture: ReadonlySet<HtmlElement>;
}

// Content containers of common publishing systems: WebPlus, VSB, TRS (Chinese universities and agencies), WordPress.
const CONTENT_NAMES = new Set([
  "wp_articlecontent",
  "v_news_content",
  "vsb_content",
  "trs_editor",
  "article-content",
  "article-body",
  "articlebody",
  "article_content",
  "news_content",
  "news-content",
  "post-content",
  "entry-content",
  "content-body",
]);

const MIN_CANDIDATE_CHARS = 140;

/** Marks furniture and picks the main content: articleBody, article, main, else the element with the most paragraph text. */
export function selectMainContent(doc: HtmlDocument): HtmlContent {
  const furniture = new Set<HtmlElement>();
  const kept: HtmlElement[] = [];
  const stack: { node: HtmlNode; inArticle: boolean }[] = [...doc.children]
    .reverse()
    .map((node) => ({ node, inArticle: false }));
  while (stack.length > 0) {
    const { node, inArticle } = stack.pop()!;
    if (!isElement(node)) continue;
    if (isFurniture(node, inArticle)) {
      furniture.add(node);
      continue;
    }
    kept.push(node);
    const childInArticle = inArticle || node.name === "article" || node.name === "main";
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, inArticle: childInArticle });
  }
  const prose = measureProse(kept);
  const body = kept.find((element) => element.name === "body") ?? doc;
  const bodyChars = isElement(body) ? (prose.get(body) ?? 0) : 0;
  const main = pickCandidate(kept, prose, bodyChars) ?? pickByParagraphs(kept, prose) ?? body;
  return { main, page: body, furniture };
}

// Text outside links under each kept element, summed bottom-up without recursion.
function measureProse(kept: readonly HtmlElement[]): Map<HtmlElement, number> {
  const prose = new Map<HtmlElement, number>();
  for (let i = kept.length - 1; i >= 0; i--) {
    const element = kept[i]!;
    let own = 0;
    for (const child of element.children) {
      if (isText(child)) own += countVisible(child.data);
      else if (isElement(child)) own += prose.get(child) ?? 0;
    }
    prose.set(element, element.name === "a" ? 0 : own);
  }
  return prose;
}

function pickCandidate(
  kept: readonly HtmlElement[],
  prose: Map<HtmlElement, number>,
  bodyChars: number,
): HtmlElement | null {
  const tiers: ((element: HtmlElement) => boolean)[] = [
    (element) => attr(element, "itemprop") === "articleBody",
    (element) => element.name === "article" || namesContent(element),
    (element) => element.name === "main" || attr(element, "role") === "main",
  ];
  for (const inTier of tiers) {
    let best: HtmlElement | null = null;
    for (const element of kept) {
      if (inTier(element) && (prose.get(element) ?? 0) > (best ? (prose.get(best) ?? 0) : 0)) best = element;
    }
    const chars = best ? (prose.get(best) ?? 0) : 0;
    if (best && (chars >= MIN_CANDIDATE_CHARS || chars >= bodyChars * 0.25)) return best;
  }
  return null;
}

function namesContent(element: HtmlElement): boolean {
  const names = `${attr(element, "class") ?? ""} ${attr(element, "id") ?? ""}`.toLowerCase().split(/\s+/);
  return names.some((name) => CONTENT_NAMES.has(name));
}

// Readability's idea: each paragraph scores its parent fully and its grandparent by half.
function pickByParagraphs(kept: readonly HtmlElement[], prose: Map<HtmlElement, number>): HtmlElement | null {
  const scores = new Map<HtmlElement | HtmlDocument, number>();
  const add = (target: HtmlElement | HtmlDocument | null, points: number) => {
    if (target && isElement(target)) scores.set(target, (scores.get(target) ?? 0) + points);
  };
  for (const element of kept) {
    let points = 0;
    if (element.name === "p" || element.name === "pre" || element.name === "blockquote")
      points = prose.get(element) ?? 0;
    else points = directText(element);
    if (points < 20) continue;
    if (element.name !== "p") add(element, points);
    const parent = element.parent as HtmlElement | HtmlDocument | null;
    add(parent, points);
    add((parent?.parent as HtmlElement | HtmlDocument | null) ?? null, points / 2);
  }
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore && isElement(element)) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

function directText(element: HtmlElement): number {
  let chars = 0;
  for (const child of element.children) if (isText(child)) chars += countVisible(child.data);
  return chars;
}

function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 0xa0 && code !== 0x3000) count += 1;
  }
  return count;
}
