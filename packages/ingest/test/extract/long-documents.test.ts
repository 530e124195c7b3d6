import type { SourceDocument } from "@accord/domain";
import { expect, test } from "vitest";
import { documentId } from "../../src/document-id.ts";
import { extractDocument } from "../../src/extract/extract-document.ts";
import { readGazetteer } from "../../src/gazetteer/read-gazetteer.ts";

const gazetteer = readGazetteer();

function extractTimed(text: string) {
  const document: SourceDocument = {
    id: documentId(text),
    origin: "long.txt",
    alsoAt: [],
    title: null,
    publisher: null,
    published: null,
    language: "en",
    text,
    storyId: null,
  };
  const start = performance.now();
  const facts = extractDocument(gazetteer, { document, url: null });
  return { facts, ms: performance.now() - start };
}

// Both took about 15 s while every new mention re-sorted the mentions and every sentence rebuilt a partnership's
// list; linear work takes well under a second. The bound leaves room for a slow machine.
test("a 300 KB line naming one university 10,000 times is extracted in seconds, as one organization", () => {
  const { facts, ms } = extractTimed("Harbin Institute of Technology ".repeat(10_000));
  expect(facts.organizations.map((o) => o.name)).toEqual(["Harbin Institute of Technology"]);
  expect(ms).toBeLessThan(5_000);
}, 30_000);

test("6,000 sentences reporting one partnership give one partnership citing every sentence, in seconds", () => {
  const sentence =
    "Saint Petersburg State University launched a joint programme with Tsinghua University on 3 May 2011.\n\n";
  const { facts, ms } = extractTimed(sentence.repeat(6_000));
  expect(facts.partnerships).toHaveLength(1);
  expect(new Set(facts.partnerships[0]?.evidence.map((e) => e.start)).size).toBe(6_000);
  expect(ms).toBeLessThan(10_000);
}, 30_000);
