import type { PdfTextItem } from "./pdf-worker-source.ts";

interface Line {
  text: string;
  x: number;
  y: number;
  end: number;
  height: number;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const SENTENCE_END = /[.!?。！？:：;；"»”)）]$/u;

/**
 * Turns a PDF's text runs into paragraphs: runs become lines by their baseline, lines inside a
 * paragraph are joined (hyphenated words mended), a wider gap, an indent or a short line ending a
 * sentence starts a new paragraph; page numbers and headers repeated on most pages are dropped.
 */
export function reflowPdfText(pages: readonly (readonly PdfTextItem[])[]): string {
  const pageLines = pages.map(toLines);
  const repeated = repeatedEdges(pageLines);
  const paragraphs: string[] = [];
  for (const lines of pageLines) {
    const kept = lines.filter((line) => !isPageNumber(line.text) && !repeated.has(edgeKey(line.text)));
    const pageParagraphs = toParagraphs(kept);
    const first = pageParagraphs[0];
    const previous = paragraphs.at(-1);
    // A paragraph that runs over a page break goes on in lower case.
    if (first !== undefined && previous !== undefined && !SENTENCE_END.test(previous) && /^\p{Ll}/u.test(first)) {
      paragraphs[paragraphs.length - 1] = joinLine(previous, first);
      pageParagraphs.shift();
    }
    paragraphs.push(...pageParagraphs);
  }
  return paragraphs.join("\n\n");
}

function toLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const size = Math.abs(item.height) || 10;
    if (current && Math.abs(item.y - current.y) > Math.max(2, size * 0.5)) {
      lines.push(current);
      current = null;
    }
    if (item.str !== "") {
      if (!current) current = { text: "", x: item.x, y: item.y, end: item.x, height: size };
      const gap = item.x - current.end;
      const needsSpace =
        current.text !== "" &&
        !/\s$/.test(current.text) &&
        !/^\s/.test(item.str) &&
        gap > size * 0.15 &&
        !CJK.test(item.str[0] ?? "");
      current.text += (needsSpace ? " " : "") + item.str;
      current.end = Math.max(current.end, item.x + item.width);
      current.height = Math.max(current.height, size);
    }
    if (item.eol && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() }))
    .filter((line) => line.text !== "");
}

function toParagraphs(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  // The lower quartile is the line spacing even where a page has as many paragraph gaps as lines.
  const typicalGap = gaps[Math.floor(gaps.length / 4)] ?? 0;
  const left = Math.min(...lines.map((line) => line.x));
  const right = Math.max(...lines.map((line) => line.end));
  const paragraphs: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    const gap = previous.y - line.y;
    const wideGap = (typicalGap > 0 && gap > typicalGap * 1.4) || gap > line.height * 2.2;
    const indented = line.x > left + line.height * 1.5 && previous.x <= left + line.height * 0.5;
    const shortEnd = SENTENCE_END.test(previous.text) && previous.end < right - (right - left) * 0.15;
    if (gap < 0 || wideGap || indented || shortEnd) {
      paragraphs.push(current);
      current = line.text;
    } else {
      current = joinLine(current, line.text);
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

function joinLine(before: string, after: string): string {
  if (/\p{L}[-\u00ad]$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  if (CJK.test(before.at(-1) ?? "") || CJK.test(after[0] ?? "")) return before + after;
  return `${before} ${after}`;
}

function isPageNumber(text: string): boolean {
  return /^(?:[-–—]\s*)?(?:page\s+|стр\.\s*|第\s*)?\d{1,4}(?:\s*(?:\/|of|из)\s*\d{1,4})?(?:\s*页)?(?:\s*[-–—])?$/iu.test(
    text,
  );
}

function edgeKey(text: string): string {
  return text.replace(/\d+/g, "#");
}

// Running heads and feet: the first or last line of at least 60 % of three or more pages.
function repeatedEdges(pageLines: readonly Line[][]): Set<string> {
  const out = new Set<string>();
  if (pageLines.length < 3) return out;
  const counts = new Map<string, number>();
  for (const lines of pageLines) {
    const edges = new Set(
      [lines[0], lines.at(-1)].filter((line) => line !== undefined).map((line) => edgeKey(line.text)),
    );
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of counts) if (count >= pageLines.length * 0.6) out.add(key);
  return out;
}
