import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { sampleSnapshot } from "./fixtures/sample-snapshot.ts";
import { accord, scratch } from "./helpers.ts";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("briefs from a snapshot", () => {
  const cwd = scratch("brief");
  writeFileSync(join(cwd, "kb.json"), JSON.stringify(sampleSnapshot()));
  const kinds = [
    ["pair", ["pair", "VPU", "阿穆尔河大学"]],
    ["org", ["org", "Волжский политехнический университет"]],
    ["countries", ["countries", "cn", "ru"]],
  ] as const;

  test.each(kinds)(
    "%s: names in three scripts, dates and sources in the PDF text; fonts embedded and subset",
    async (kind, args) => {
      const r = await accord(["brief", ...args, "--snapshot", "kb.json", "--out", `${kind}.pdf`], {
        cwd,
        env: { SOURCE_DATE_EPOCH: "1700000000" },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe(join(cwd, `${kind}.pdf`));
      const text = execFileSync("pdftotext", ["-layout", join(cwd, `${kind}.pdf`), "-"], { encoding: "utf8" });
      expect(text).toContain("Volga Polytechnic University");
      expect(text).toContain("Amur River University");
      if (kind !== "countries") {
        expect(text).toContain("伏尔加理工大学");
        expect(text).toContain("Волжский политехнический университет");
      }
      expect(text).toContain("3 March 2022");
      expect(text).toContain("Volga Polytechnic News");
      const fonts = execFileSync("pdffonts", [join(cwd, `${kind}.pdf`)], { encoding: "utf8" })
        .trim()
        .split("\n")
        .slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) {
        expect(line).toMatch(/^[A-Z]{6}\+/);
        expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
      }
    },
    180_000,
  );

  test("rendering twice with SOURCE_DATE_EPOCH gives the same bytes", async () => {
    const env = { SOURCE_DATE_EPOCH: "1700000000" };
    await accord(["brief", "pair", "VPU", "Amur River University", "--snapshot", "kb.json", "--out", "a.pdf"], {
      cwd,
      env,
    });
    await accord(["brief", "pair", "VPU", "Amur River University", "--snapshot", "kb.json", "--out", "b.pdf"], {
      cwd,
      env,
    });
    expect(sha(join(cwd, "a.pdf"))).toBe(sha(join(cwd, "b.pdf")));
  }, 180_000);

  test("an unknown organization and an empty period are one-line errors, and no file is written", async () => {
    const unknown = await accord(
      ["brief", "pair", "VPU", "Nowhere University", "--snapshot", "kb.json", "--out", "x.pdf"],
      { cwd },
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: .*Nowhere University.*\n$/);
    const empty = await accord(
      ["brief", "pair", "VPU", "Amur River University", "--from", "2030", "--snapshot", "kb.json", "--out", "y.pdf"],
      { cwd },
    );
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^error: nothing to report: no partnership or event of .* \(from 2030 on\)\n$/);
    const { existsSync } = await import("node:fs");
    expect(existsSync(join(cwd, "x.pdf")) || existsSync(join(cwd, "y.pdf"))).toBe(false);
  }, 180_000);
});

describe("a countries brief from a store", () => {
  test("is the one its exported snapshot gives, in Markdown and PDF, for all dates and for a period", async () => {
    const cwd = scratch("countries-store");
    // Enough generated news for lines left out of the timeline, people past the 40 listed and lines with more
    // than six sources: the store then reads only part of what the snapshot holds.
    const generator = fileURLToPath(new URL("../../bench/generate-files.mjs", import.meta.url));
    execFileSync(process.execPath, [generator, join(cwd, "in"), "400"], { stdio: "ignore" });
    // One rector of one university in eight stories of different years and partners: a people line with more
    // than six sources, whichever people the generated news repeats.
    const partners = [
      ["Lanzhou University", "soil science", "a summer school"],
      ["Xiamen University", "marine biology", "a visiting chair"],
      ["Sichuan University", "clinical medicine", "a double degree"],
      ["Jilin University", "automotive engineering", "a student exchange"],
      ["Nankai University", "organic chemistry", "a joint seminar"],
      ["Shandong University", "Russian philology", "a translation prize"],
      ["Wuhan University", "remote sensing", "a field station"],
      ["Tongji University", "urban planning", "a design studio"],
    ];
    mkdirSync(join(cwd, "in", "rector"), { recursive: true });
    partners.forEach(([partner, field, plan], i) => {
      const year = 2012 + i;
      writeFileSync(
        join(cwd, "in", "rector", `${year}.txt`),
        [
          `title: ${partner} hosts Kazan Federal University`,
          `published: ${year}-05-1${i}`,
          "",
          `On May 1${i}, ${year}, Rector Ilshat Gafurov of Kazan Federal University visited ${partner}.`,
          `The two sides talked about ${field} and agreed to start ${plan} in ${year + 1}.`,
          `Gafurov also met ${40 + i * 7} students of ${field} in the main hall.`,
        ].join("\n\n"),
      );
    });
    const env = { SOURCE_DATE_EPOCH: "1700000000" };
    expect((await accord(["ingest", "in", "--db", "s.db"], { cwd })).code).toBe(0);
    expect((await accord(["export", "--db", "s.db", "--out", "kb.json"], { cwd })).code).toBe(0);
    for (const [format, period] of [
      ["md", []],
      ["md", ["--from", "2015-03", "--to", "2021"]],
      ["pdf", []],
    ] as const) {
      const brief = async (source: string[], out: string) => {
        const r = await accord(
          ["brief", "countries", "CN", "RU", ...source, ...period, "--format", format, "--out", out],
          {
            cwd,
            env,
          },
        );
        expect(r.code, r.stderr).toBe(0);
        return readFileSync(join(cwd, out));
      };
      const fromStore = await brief(["--db", "s.db"], `store.${format}`);
      const fromSnapshot = await brief(["--snapshot", "kb.json"], `snapshot.${format}`);
      expect(fromStore.equals(fromSnapshot), `${format} ${period.join(" ")}`).toBe(true);
      if (format === "md" && period.length === 0) {
        const text = fromStore.toString("utf8");
        expect(text).toMatch(/Not listed here: \d{1,3}(,\d{3})* earlier or undated items/);
        expect(text).toMatch(/Listed: the 40 people the most sources name; \d{1,3}(,\d{3})* others not listed/);
        expect(text).toMatch(/ and \d{1,3}(,\d{3})* more\]/);
      }
    }
  }, 180_000);
});
