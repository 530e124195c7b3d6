import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { briefData } from "../src/brief-data.ts";
import { escapeDeep } from "../src/escape-markdown.ts";
import { type BriefRequest, ReportError, renderBrief } from "../src/index.ts";
import { readTemplates } from "../src/read-templates.ts";
import {
  compileTemplates,
  type PrecompiledTemplates,
  precompileTemplates,
  shippedTemplates,
} from "../src/render-template.ts";
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

describe("precompiled templates", () => {
  const data = () => {
    const result = briefData(kb, request);
    if (!result.ok) throw new Error(result.reason);
    return escapeDeep(result.data);
  };
  const none: PrecompiledTemplates = { handlebars: shippedTemplates().handlebars, templates: {} };

  test("the shipped templates give the same brief compiled ahead or now", () => {
    const templates = readTemplates("pair");
    const ahead = precompileTemplates([templates.main, ...templates.partials.values()]);
    expect(Object.keys(ahead.templates)).toContain("pair.md.hbs");
    const output = compileTemplates(templates, ahead)(data());
    expect(output).toContain("Songhua River University of Technology");
    expect(output).toBe(compileTemplates(templates, none)(data()));
  });

  test("a compiled template serves only the source it was compiled from", () => {
    const file = (source: string) => ({ file: "pair.md.hbs", source });
    const set = (source: string) => ({ main: file(source), partials: new Map() });
    const other = precompileTemplates([file("# Other {{b.name}}\n")]);
    const entry = other.templates["pair.md.hbs"];
    if (!entry) throw new Error("not compiled");
    // Filed under the hash of the source being rendered, the other template's code is what runs.
    const source = "# Mine {{a.name}}\n";
    const [mine] = Object.values(precompileTemplates([file(source)]).templates);
    const swapped = { ...other, templates: { "pair.md.hbs": { ...entry, sha256: mine?.sha256 ?? "" } } };
    expect(compileTemplates(set(source), swapped)(data())).toBe("# Other Baikal State University of Engineering\n");
    // Under its own hash, a changed source is compiled afresh; another Handlebars' code is never run.
    expect(compileTemplates(set(source), other)(data())).toBe("# Mine Songhua River University of Technology\n");
    expect(compileTemplates(set(source), { ...swapped, handlebars: "0.0.0" })(data())).toBe(
      "# Mine Songhua River University of Technology\n",
    );
  });

  test("a compiled template reading an unknown field fails with its name and line", () => {
    const main = { file: "pair.md.hbs", source: "# {{a.name}}\n\n{{a.nonsense}}\n" };
    const render = compileTemplates({ main, partials: new Map() }, precompileTemplates([main]));
    expect(() => render(data())).toThrow(/template pair\.md\.hbs, line 3: "nonsense" not defined/);
  });
});
