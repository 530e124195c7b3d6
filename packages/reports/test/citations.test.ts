import type { DocumentId, Evidence, SourceDocument } from "@accord/domain";
import { expect, test } from "vitest";
import { Citations } from "../src/citations.ts";

const id = "a".repeat(64) as DocumentId;
const document: SourceDocument = {
  id,
  origin: "https://example.org/news/1",
  alsoAt: [],
  title: "Two universities sign an agreement",
  publisher: "Example News",
  published: { precision: "day", value: "2024-05-06" },
  language: "en",
  text: "",
  storyId: null,
};
const at = (start: number, sentence: string): Evidence => ({
  documentId: id,
  sentence,
  start,
  end: start + sentence.length,
});

test("a sentence a source says twice is quoted once, at its first place", () => {
  const citations = new Citations([document]);
  const signed = "The two universities signed an agreement.";
  const programme = "They will open a joint programme in 2025.";
  // The lede repeated at the end of the page, cited by two lines of a brief.
  expect(citations.cite([at(400, signed), at(0, signed)])).toEqual([1]);
  expect(citations.cite([at(60, programme), at(400, signed)])).toEqual([1]);
  expect(citations.references().map((r) => r.sentences)).toEqual([[signed, programme]]);
});
