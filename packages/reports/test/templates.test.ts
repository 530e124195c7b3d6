import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { type BriefRequest, ReportError, renderBrief } from "../src/index.ts";
import { readTemplates } from "../src/read-templates.ts";
import { fixtureKnowledgeBase } from "./fixtures/knowledge-base.ts";

const kb = fixtureKnowledgeBase();
const request: BriefRequest = { kind: "pair", organizations: ["SRUT", "BSUE"] };

function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "accord-templates-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function markdown(files: Record<string, string>): Promise<string> {
  const result = await renderBrief(kb, request, { format: "md", templateDir: templateDir(files) });
  if (!result.ok) throw new Error(result.reason);
  return new TextDecoder().decode(result.bytes);
}

describe("template overrides", () => {
  test("a template file changed between two briefs is read and compiled again", async () => {
    const dir = templateDir({ "pair.md.hbs": "# First {{a.name}}\n" });
    const render = async () => {
      const result = await renderBrief(kb, request, { format: "md", templateDir: dir });
      if (!result.ok) throw new Error(result.reason);
      return new TextDecoder().decode(result.bytes);
    };
    expect(await render()).toContain("# First Songhua River University of Technology");
    writeFileSync(join(dir, "pair.md.hbs"), "# Second {{b.name}}\n");
    const second = await render();
    expect(second).toContain("# Second Baikal State University of Engineering");
    expect(second).not.toContain("First");
  });

  test("a template dir replaces the templates it has and keeps the others", async () => {
    const md = await markdown({
      "pair.md.hbs":
        '# Short\n\n{{a.name}} / {{b.nameZh}}: {{plural partnershipCount "partnership"}} {{cite summaryRefs}}\n\n{{> sources}}\n',
    });
    expect(md).toContain(
      "## Short\n\nSonghua River University of Technology / 贝加尔国立工程大学: 6 partnerships [1, 2, 3, 4, 5, 6]",
    );
    expect(md).toContain("## Sources");
    expect(md).toContain("1. **Association of Sino-Russian Technical Universities: members**");
  });

  test("the README's one-page pair template renders", async () => {
    const md = await markdown({
      "pair.md.hbs":
        '# {{a.name}} and {{b.name}}\n\n{{summary}} {{cite summaryRefs}}\n\n{{chart "timeline"}}\n\n| When | What | Sources |\n| --- | --- | --- |\n{{#each timeline}}\n| {{date}} | {{text}} | {{cite refs}} |\n{{/each}}\n\n{{> sources}}\n',
    });
    expect(md).toContain(
      "| 14 May 2019 | Agreement signed: Songhua River University of Technology, Baikal State University of Engineering | [2, 3] |",
    );
  });

  test("an unknown field fails with the template's name and line", async () => {
    await expect(
      markdown({ "pair.md.hbs": "# A\n\n{{a.name}}\n{{a.motto}}\n" }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ReportError: template pair.md.hbs, line 4: "motto" not defined in [object Object]]`,
    );
  });

  test("an unknown field in a partial names the partial", async () => {
    await expect(markdown({ "_people.md.hbs": "\n\n{{#each people}}{{nickname}}{{/each}}" })).rejects.toThrow(
      /^template _people\.md\.hbs, line 3: "nickname" not defined/,
    );
  });

  test("an unregistered helper fails at compile time", async () => {
    await expect(markdown({ "pair.md.hbs": '{{readFile "/etc/passwd"}}' })).rejects.toThrow(
      "template pair.md.hbs, line 1: You specified knownHelpersOnly, but used the unknown helper readFile",
    );
  });

  test("an unknown chart fails with the line of the helper call", async () => {
    await expect(markdown({ "pair.md.hbs": '# A\n\n{{chart "pie"}}' })).rejects.toThrow(
      "template pair.md.hbs, line 3: unknown chart 'pie' (known: timeline, fields, network)",
    );
  });

  test("prototype access yields nothing", async () => {
    const md = await markdown({
      "pair.md.hbs":
        '# A\n\n[{{lookup this "constructor"}}][{{lookup a "__proto__"}}][{{#with a}}{{lookup this "toString"}}{{/with}}]\n',
    });
    expect(md).toContain("[][][]");
  });

  test("raw Markdown images and links in a template print as text", async () => {
    const md = await markdown({ "pair.md.hbs": "# A\n\n![x](/etc/passwd) [y](https://example.com)\n" });
    expect(md).toContain("![x](/etc/passwd) [y](https://example.com)");
  });

  test("a missing template directory is a ReportError", () => {
    expect(() => readTemplates("pair", "/nonexistent/templates")).toThrow(ReportError);
  });
});
