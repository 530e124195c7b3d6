/** A run of inline Markdown: literal text, emphasis, strong emphasis, or a citation marker. */
export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "cite"; numbers: number[] };

type Token = { kind: "text"; text: string } | { kind: "mark"; mark: "*" | "**" } | { kind: "cite"; numbers: number[] };

const CITE = /^\[(\d+(?:, ?\d+)*)\]/;

/**
 * Parses the inline part of the brief Markdown. Only `*em*`, `**strong**`, backslash escapes and
 * citation markers such as `[1, 3]` mean anything; links, images, HTML and code print as text.
 */
export function parseInline(source: string): Inline[] {
  return build(tokenize(source));
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let text = "";
  const flush = () => {
    if (text) tokens.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\" && i + 1 < source.length) {
      const next = source.codePointAt(i + 1)!;
      const char = String.fromCodePoint(next);
      text += char;
      i += char.length;
    } else if (c === "*") {
      flush();
      const double = source[i + 1] === "*";
      tokens.push({ kind: "mark", mark: double ? "**" : "*" });
      if (double) i++;
    } else if (c === "[" && CITE.test(source.slice(i))) {
      const match = CITE.exec(source.slice(i))!;
      flush();
      tokens.push({ kind: "cite", numbers: match[1]!.split(",").map((n) => Number(n.trim())) });
      i += match[0].length - 1;
    } else text += c;
  }
  flush();
  return tokens;
}

function build(tokens: readonly Token[]): Inline[] {
  const out: Inline[] = [];
  const pushText = (text: string) => {
    const last = out.at(-1);
    if (last?.type === "text") last.text += text;
    else out.push({ type: "text", text });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "text") pushText(t.text);
    else if (t.kind === "cite") out.push({ type: "cite", numbers: t.numbers });
    else {
      const close = tokens.findIndex((u, j) => j > i + 1 && u.kind === "mark" && u.mark === t.mark);
      if (close < 0) {
        pushText(t.mark);
        continue;
      }
      out.push({ type: t.mark === "**" ? "strong" : "em", children: build(tokens.slice(i + 1, close)) });
      i = close;
    }
  }
  return out;
}

/** The plain text of inline content, citations written as `[1, 3]`. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((n) => (n.type === "text" ? n.text : n.type === "cite" ? `[${n.numbers.join(", ")}]` : inlineText(n.children)))
    .join("");
}
