import { type Inline, parseInline } from "./parse-inline.ts";

/** A block of the brief Markdown. */
export type Block =
  | { type: "heading"; level: 1 | 2 | 3; inlines: Inline[] }
  | { type: "paragraph"; inlines: Inline[] }
  | { type: "list"; items: Inline[][] }
  | { type: "table"; header: Inline[][]; rows: Inline[][][] }
  | { type: "directive"; name: string; args: string[]; line: number };

const HEADING = /^(#{1,3})\s+(.*)$/;
const LIST_ITEM = /^[-*]\s+(.*)$/;
const DIRECTIVE = /^::([a-z][a-z-]*)(?:\s+(.*))?$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Parses the restricted Markdown templates produce: `#`..`###` headings, paragraphs, `-` lists,
 * pipe tables and `::directive` lines. Anything else is paragraph text.
 */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", inlines: parseInline(paragraph.join(" ")) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const heading = HEADING.exec(line);
    const item = LIST_ITEM.exec(line);
    const directive = DIRECTIVE.exec(line);
    if (line === "") endParagraph();
    else if (heading) {
      endParagraph();
      blocks.push({
        type: "heading",
        level: heading[1]!.length as 1 | 2 | 3,
        inlines: parseInline(heading[2]!.replace(/\s+#+\s*$/, "")),
      });
    } else if (directive) {
      endParagraph();
      blocks.push({
        type: "directive",
        name: directive[1]!,
        args: (directive[2] ?? "").split(/\s+/).filter(Boolean),
        line: i + 1,
      });
    } else if (item) {
      endParagraph();
      const last = blocks.at(-1);
      const inlines = parseInline(item[1]!);
      if (last?.type === "list") last.items.push(inlines);
      else blocks.push({ type: "list", items: [inlines] });
    } else if (line.startsWith("|")) {
      endParagraph();
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith("|")) rows.push(lines[i++]!.trim());
      i--;
      blocks.push(table(rows));
    } else paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

function table(rows: readonly string[]): Block {
  const cells = rows.filter((r) => !TABLE_RULE.test(r)).map(splitRow);
  const [header = [], ...body] = cells;
  const width = Math.max(header.length, ...body.map((r) => r.length));
  const pad = (row: Inline[][]) => [...row, ...Array.from({ length: width - row.length }, (): Inline[] => [])];
  return { type: "table", header: pad(header), rows: body.map(pad) };
}

/** Splits `| a | b \| c |` at the pipes that are not escaped. */
function splitRow(row: string): Inline[][] {
  const cells: string[] = [];
  let cell = "";
  let endsWithPipe = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    endsWithPipe = c === "|";
    if (c === "\\" && i + 1 < row.length) {
      cell += c + row[i + 1];
      i++;
    } else if (c === "|") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  if (!endsWithPipe) cells.push(cell);
  if (row.startsWith("|")) cells.shift();
  return cells.map((c) => parseInline(c.trim()));
}
