import * as z from "zod";
import { DocumentId, Language, StoryId } from "./ids.ts";
import { PartialDate } from "./partial-date.ts";

/** A document as read: its text after furniture was removed, and what is known of where it came from. */
export const SourceDocument = z.object({
  /** SHA-256 of the normalized text: the same story saved twice with the same words is one document. */
  id: DocumentId,
  /** A file path (relative to where ingest ran) or the url the page was saved from. */
  origin: z.string().min(1),
  /** Other origins the same text was found at. */
  alsoAt: z.array(z.string()).default([]),
  title: z.string().nullable(),
  /** The site or agency that published it, such as "news.hit.edu.cn" or "TASS". */
  publisher: z.string().nullable(),
  /** The publication date; relative dates in the text are resolved against it. */
  published: PartialDate.nullable(),
  language: Language,
  text: z.string().min(1),
  /** Syndicated copies and re-saved pages of one story share a story id; counts take the story once. */
  storyId: StoryId.nullable().default(null),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
