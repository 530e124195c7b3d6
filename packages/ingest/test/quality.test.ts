import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { documentId } from "../src/document-id.ts";
import { extractDocument } from "../src/extract/extract-document.ts";
import { toGoldFormat } from "../src/extract/to-gold-format.ts";
import { readGazetteer } from "../src/gazetteer/read-gazetteer.ts";
import { readDocument } from "../src/read/read-document.ts";

// The annotated corpus and its scorer live beside the checkout, not in it.
const SHARED = fileURLToPath(new URL("../../../../shared/", import.meta.url));
const SETS = ["seeds", "dev"].map((s) => join(SHARED, "corpus", s));
const BARS = { academic: 0.9, pairs: 0.8, pairsKind: 0.65, people: 0.85, dates: 0.85, countries: 0.95 };

test.skipIf(!SETS.every(existsSync))(
  "extraction meets the quality bars on the annotated corpus",
  async () => {
    const gazetteer = readGazetteer();
    const work = mkdtempSync(join(tmpdir(), "accord-quality-"));
    const lines: string[] = [];
    for (const dir of SETS) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
        const read = await readDocument({ origin: name, name, bytes: readFileSync(join(dir, name)) });
        if (!read.ok) throw new Error(`${name}: ${read.reason}`);
        const d = read.document;
        const document = {
          id: documentId(d.text),
          origin: name,
          alsoAt: [],
          title: d.title,
          publisher: d.publisher,
          published: d.published,
          language: d.language,
          text: d.text,
          storyId: null,
        };
        lines.push(JSON.stringify(toGoldFormat(name, extractDocument(gazetteer, { document, url: d.url }))));
        writeFileSync(
          join(work, name.replace(/\.txt$/, ".gold.json")),
          readFileSync(join(dir, name.replace(/\.txt$/, ".gold.json"))),
        );
      }
    }
    writeFileSync(join(work, "pred.jsonl"), `${lines.join("\n")}\n`);
    const result = JSON.parse(
      execFileSync(
        process.execPath,
        [join(SHARED, "eval", "score.mjs"), "--gold", work, "--pred", join(work, "pred.jsonl"), "--json"],
        { encoding: "utf8" },
      ),
    );
    const m = result.metrics;
    const scores = {
      academic: m.academic.f1,
      pairs: m.pairs.f1,
      pairsKind: m.pairsKind.f1,
      people: m.people.f1,
      dates: m.datesAccuracy.accuracy,
      countries: m.countryAccuracy.accuracy,
    };
    for (const [metric, bar] of Object.entries(BARS))
      expect(scores[metric as keyof typeof scores], metric).toBeGreaterThanOrEqual(bar);
  },
  120_000,
);
