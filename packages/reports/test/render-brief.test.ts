import { describe, expect, test, vi } from "vitest";
import { type BriefRequest, renderBrief } from "../src/index.ts";
import { fixtureKnowledgeBase, hostileKnowledgeBase } from "./fixtures/knowledge-base.ts";
import { maxWordRight, pdfFonts, pdfInfo, pdfText, sha256 } from "./pdf-tools.ts";

const kb = fixtureKnowledgeBase();
const PAIR: BriefRequest = { kind: "pair", organizations: ["SRUT", "БГИУ"] };
const ORG: BriefRequest = { kind: "org", organization: "Baikal State University of Engineering" };
const COUNTRIES: BriefRequest = { kind: "countries", countries: ["CN", "RU"] };

async function pdf(request: BriefRequest, options = {}, snapshot = kb): Promise<Uint8Array> {
  const result = await renderBrief(snapshot, request, options);
  if (!result.ok) throw new Error(result.reason);
  expect(result.format).toBe("pdf");
  return result.bytes;
}

describe.each([
  ["pair", PAIR],
  ["org", ORG],
  ["countries", COUNTRIES],
] as const)("%s brief", (_name, request) => {
  test("prints names in Latin, Cyrillic and Chinese, the timeline's dates and the sources", async () => {
    const bytes = await pdf(request);
    const text = pdfText(bytes);
    for (const s of [
      "Baikal State University of Engineering",
      "14 May 2019",
      "September 2020",
      "Sources",
      "TASS",
      "https://tass.example/education/7001",
      "Соглашение подписала проректор Ирина Соколова.",
      "page 2 of",
    ])
      expect(text).toContain(s);
    if (request.kind !== "countries") {
      expect(text).toContain("Байкальский государственный инженерный университет");
      expect(text).toContain("贝加尔国立工程大学");
    } else expect(text).toContain("2021年，松花江理工大学与贝加尔国立工程大学计划共建中俄先进材料联合研究院。");
  });

  test("finds every font it asks for, the charts' included, without a warning", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await pdf(request);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test("embeds only subset fonts", async () => {
    const fonts = pdfFonts(await pdf(request));
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
  });
});

test("the same snapshot and epoch give byte-identical PDFs; another epoch changes the dates", async () => {
  const first = await pdf(PAIR, { sourceDateEpoch: 1_700_000_000 });
  const second = await pdf(PAIR, { sourceDateEpoch: 1_700_000_000 });
  expect(sha256(second)).toBe(sha256(first));
  const other = await pdf(PAIR);
  expect(sha256(other)).not.toBe(sha256(first));
  expect(pdfInfo(other).CreationDate).toMatch(/^1970-01-01T00:00:00/);
  expect(pdfInfo(first).CreationDate).toMatch(/^2023-11-14T22:13:20/);
});

test("hostile strings print literally and long words wrap inside the margins", async () => {
  const hostile = hostileKnowledgeBase();
  const bytes = await pdf(COUNTRIES, {}, hostile);
  const text = pdfText(bytes);
  expect(text).toContain(
    "::references **bold** # not a heading | pipe | ::chart network {{title}} <b>html</b> ![img](/etc/passwd) [link](file:///etc/hosts)",
  );
  expect(text).toContain("[U+0007]bell[U+202E]evil [U+05E9]");
  expect(text).toContain("# **bold** # not a heading");
  expect(text).toContain("ЖЖЖЖЖЖЖЖЖЖ");
  expect(maxWordRight(bytes)).toBeLessThanOrEqual(595.28 - 56 + 1);
  const pair = await pdf({ kind: "pair", organizations: ["SRUT", "org:amur-institute-of-physics"] }, {}, hostile);
  expect(pdfText(pair)).toContain("Songhua River University of Technology and ::references **bold**");
  expect(maxWordRight(pair)).toBeLessThanOrEqual(595.28 - 56 + 1);
  const md = await renderBrief(hostile, COUNTRIES, { format: "md" });
  if (!md.ok) throw new Error(md.reason);
  const markdown = new TextDecoder().decode(md.bytes);
  expect(markdown.match(/^## Sources$/gm)).toHaveLength(1);
  expect(markdown).toContain("\\::references \\*\\*bold\\*\\* # not a heading \\| pipe \\|");
});

test("says there is nothing to report instead of rendering an empty PDF", async () => {
  const result = await renderBrief(kb, ORG, { from: "2024", to: "2025" });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(/^nothing to report/);
});

test("renders the same brief as Markdown, directives written out", async () => {
  const result = await renderBrief(kb, PAIR, { format: "md" });
  if (!result.ok) throw new Error(result.reason);
  expect(result.format).toBe("md");
  const md = new TextDecoder().decode(result.bytes);
  expect(md.startsWith("# Songhua River University of Technology and Baikal State University of Engineering\n")).toBe(
    true,
  );
  expect(md).not.toMatch(/^::/m);
  expect(md).toContain("| Year | Partnerships | Events |\n| --- | --- | --- |\n| 2018 | 1 | 0 |");
  expect(md).toContain(
    "3. **Байкальский инженерный университет подписал соглашение с китайским вузом**. TASS, 15 May 2019.",
  );
});
