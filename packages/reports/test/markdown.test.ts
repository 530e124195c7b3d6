import { describe, expect, test } from "vitest";
import { escapeMarkdown } from "../src/escape-markdown.ts";
import { markdownToPdfmake } from "../src/markdown-to-pdfmake.ts";
import { inlineText, parseInline } from "../src/parse-inline.ts";
import { parseMarkdown } from "../src/parse-markdown.ts";

const HOSTILE = [
  "**bold** and *em*",
  "# heading",
  "- item",
  "| a | b |",
  "::chart network",
  "{{title}} {{> partial}}",
  "<script>alert(1)</script>",
  "![img](/etc/passwd) [link](file:///etc/hosts) [1, 2]",
  "back\\slash \\* `code` ~strike~ _under_",
];

describe("escapeMarkdown", () => {
  test.each(HOSTILE)("prints %j literally", (s) => {
    const blocks = parseMarkdown(escapeMarkdown(s));
    expect(blocks).toHaveLength(1);
    const block = blocks[0]!;
    expect(block.type).toBe("paragraph");
    if (block.type === "paragraph") {
      expect(block.inlines).toEqual([{ type: "text", text: s }]);
    }
  });

  test("keeps one line and shows control and bidi characters as code points", () => {
    expect(escapeMarkdown("a\nb\u0007c\u202Ed")).toBe("a b\\[U+0007\\]c\\[U+202E\\]d");
  });
});

describe("parseMarkdown", () => {
  test("reads headings, lists, tables with escaped pipes and directives", () => {
    const blocks = parseMarkdown(
      "# One\n\ntext\nmore\n\n- a\n- **b**\n\n| x | y |\n| --- | --- |\n| 1 \\| 2 | 3 |\n\n::chart timeline\n",
    );
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "list", "table", "directive"]);
    const table = blocks[3];
    if (table?.type !== "table") throw new Error("expected a table");
    expect(table.rows.map((r) => r.map(inlineText))).toEqual([["1 | 2", "3"]]);
    expect(blocks[4]).toEqual({ type: "directive", name: "chart", args: ["timeline"], line: 13 });
  });

  test("turns citation markers into citations and leaves unclosed emphasis as text", () => {
    expect(parseInline("a *b [1, 3] **c")).toEqual([
      { type: "text", text: "a *b " },
      { type: "cite", numbers: [1, 3] },
      { type: "text", text: " **c" },
    ]);
  });
});

test("maps a small brief onto a pdfmake definition", () => {
  const blocks = parseMarkdown(
    "## Timeline\n\nSigned **in 2019** [2]\n\n- one\n\n| A | B |\n| --- | --- |\n| x | y |\n\n::pagebreak",
  );
  const content = markdownToPdfmake(blocks, {
    charts: new Map(),
    references: [],
    covered: new Set([...Array(128).keys()]),
  });
  expect(content).toMatchInlineSnapshot(`
    [
      {
        "headlineLevel": 2,
        "style": "h2",
        "text": [
          {
            "text": "Timeline",
          },
        ],
        "tocItem": true,
        "tocMargin": [
          12,
          0,
          0,
          0,
        ],
      },
      {
        "style": "p",
        "text": [
          {
            "text": "Signed ",
          },
          {
            "bold": true,
            "text": "in 2019",
          },
          {
            "text": " ",
          },
          {
            "style": "cite",
            "text": "[2]",
          },
        ],
      },
      {
        "style": "list",
        "ul": [
          {
            "text": [
              {
                "text": "one",
              },
            ],
          },
        ],
      },
      {
        "layout": "lightHorizontalLines",
        "style": "table",
        "table": {
          "body": [
            [
              {
                "style": "th",
                "text": [
                  {
                    "text": "A",
                  },
                ],
              },
              {
                "style": "th",
                "text": [
                  {
                    "text": "B",
                  },
                ],
              },
            ],
            [
              {
                "style": "td",
                "text": [
                  {
                    "text": "x",
                  },
                ],
              },
              {
                "style": "td",
                "text": [
                  {
                    "text": "y",
                  },
                ],
              },
            ],
          ],
          "headerRows": 1,
          "keepWithHeaderRows": 1,
          "widths": [
            "auto",
            "auto",
          ],
        },
      },
      {
        "pageBreak": "after",
        "text": "",
      },
    ]
  `);
});

test("keeps a heading and the chart right under it together, and nothing else", () => {
  const blocks = parseMarkdown(
    "# Fields\n\n::chart fields\n\n# Network\n\n::chart network\n\n# Notes\n\nText.\n\n::chart fields",
  );
  const content = markdownToPdfmake(blocks, {
    charts: new Map([
      ["fields", "<svg/>"],
      ["network", null],
    ]),
    references: [],
    covered: new Set([...Array(128).keys()]),
  }) as Record<string, unknown>[];
  const shape = content.map((node) =>
    node.stack
      ? `block(${(node.stack as Record<string, unknown>[]).map((n) => (n.svg ? "chart" : n.style)).join(", ")}, unbreakable: ${node.unbreakable})`
      : node.svg
        ? "chart"
        : String(node.style),
  );
  // A chart that draws nothing leaves its heading alone, and a chart after a paragraph stays where it is.
  expect(shape).toEqual(["block(h1, chart, unbreakable: true)", "h1", "h1", "p", "chart"]);
});
