import type { Language, PartialDate } from "@accord/domain";
import type { Gazetteer, KnownOrganization } from "../gazetteer/build-gazetteer.ts";
import type { Span } from "../text/span.ts";
import type { Token } from "../text/tokenize.ts";

/** What the extractors share about one document. */
export interface DocumentContext {
  text: string;
  /** The text with traditional Chinese folded to simplified (same length). */
  folded: string;
  language: Language;
  published: PartialDate | null;
  sentences: Span[];
  tokens: Token[][];
  gazetteer: Gazetteer;
  /** The organization whose site published the document ("our university"), from its url. */
  publisher: KnownOrganization | null;
}
