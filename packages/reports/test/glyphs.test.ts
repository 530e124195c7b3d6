import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { escapeDeep } from "../src/escape-markdown.ts";
import { fontCoverage, fontFiles } from "../src/fonts.ts";
import { type BriefRequest, briefData, briefDocument } from "../src/index.ts";
import { cmapLookup, readCmap } from "../src/read-cmap.ts";
import { readTemplates } from "../src/read-templates.ts";
import { renderTemplate } from "../src/render-template.ts";
import { hostileKnowledgeBase } from "./fixtures/knowledge-base.ts";

const regular = readCmap(readFileSync(fontFiles().regular));
const bold = readCmap(readFileSync(fontFiles().bold));

/** Every string of a document definition headed for the page: text nodes, header and footer, SVG text. */
function pageStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) for (const n of node) pageStrings(n, out);
  else if (typeof node === "function") pageStrings(node(2, 3), out);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.svg === "string")
      for (const m of o.svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)</g))
        out.push(
          m[1]!
            .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
            .replace(/&(amp|lt|gt|quot|apos);/g, "&"),
        );
    for (const key of [
      "text",
      "ul",
      "stack",
      "columns",
      "table",
      "body",
      "content",
      "header",
      "footer",
      "toc",
      "title",
    ])
      if (key in o) pageStrings(o[key], out);
  }
  return out;
}

const missing = (strings: readonly string[]) =>
  [...new Set(strings.join(""))].filter((c) => !regular.has(c.codePointAt(0)!) || !bold.has(c.codePointAt(0)!));

describe.each<BriefRequest>([
  { kind: "pair", organizations: ["SRUT", "BSUE"] },
  { kind: "org", organization: "org:amur-institute-of-physics" },
  { kind: "countries", countries: ["CN", "RU"] },
])("$kind brief", (request) => {
  test("has a glyph for every character it prints, hostile names included", async () => {
    const result = briefData(hostileKnowledgeBase(), request);
    if (!result.ok) throw new Error(result.reason);
    const output = renderTemplate(readTemplates(result.data.kind), escapeDeep(result.data));
    const definition = await briefDocument(result.data, output, 0);
    const strings = pageStrings([definition.content, definition.header, definition.footer]);
    expect(strings.join("")).toContain("[U+05E9]");
    expect(missing(strings)).toEqual([]);
  });
});

test("the cmap reader knows Latin, Cyrillic and Chinese and not Hebrew", () => {
  expect(missing(["Aa Жж 哈尔滨 «»—…"])).toEqual([]);
  expect(missing(["שלום\u202E"])).toEqual(["ש", "ל", "ו", "ם", "\u202E"]);
});

test("a code point looked up in the cmap is covered exactly when the listed cmap has it", () => {
  const lookup = cmapLookup(readFileSync(fontFiles().regular));
  const covered = fontCoverage();
  const wrong: number[] = [];
  for (let c = 0; c <= 0x2ffff; c += c < 0x10000 ? 1 : 7)
    if (lookup(c) !== regular.has(c) || covered.has(c) !== (regular.has(c) && bold.has(c))) wrong.push(c);
  expect(wrong).toEqual([]);
});
