import { type Evidence, formatDate, type SourceDocument } from "@accord/domain";

/** One endnote: a source document and the sentences the brief quotes from it. */
export interface Reference {
  number: number;
  title: string;
  publisher: string;
  date: string;
  origin: string;
  alsoAt: string[];
  sentences: string[];
}

interface Entry {
  number: number;
  document: SourceDocument | undefined;
  documentId: string;
  sentences: Map<string, { start: number; sentence: string }>;
}

/**
 * Numbers the sources of a brief in the order they are first cited, and keeps the sentence each
 * citation rests on. Several pieces of evidence from one document share its number.
 */
export class Citations {
  readonly #documents: ReadonlyMap<string, SourceDocument>;
  readonly #entries = new Map<string, Entry>();

  constructor(documents: readonly SourceDocument[]) {
    this.#documents = new Map(documents.map((d) => [d.id, d]));
  }

  /** The reference numbers of the documents behind this evidence, ascending. */
  cite(evidence: readonly Evidence[]): number[] {
    const numbers = new Set<number>();
    for (const e of evidence) {
      let entry = this.#entries.get(e.documentId);
      if (!entry) {
        entry = {
          number: this.#entries.size + 1,
          document: this.#documents.get(e.documentId),
          documentId: e.documentId,
          sentences: new Map(),
        };
        this.#entries.set(e.documentId, entry);
      }
      entry.sentences.set(`${e.start}:${e.end}`, { start: e.start, sentence: e.sentence });
      numbers.add(entry.number);
    }
    return [...numbers].sort((a, b) => a - b);
  }

  /** How many distinct stories stand behind this evidence (syndicated copies count once). */
  storyCount(evidence: readonly Evidence[]): number {
    const stories = new Set<string>();
    for (const e of evidence) stories.add(this.#documents.get(e.documentId)?.storyId ?? e.documentId);
    return stories.size;
  }

  /** Every cited source, by number. */
  references(): Reference[] {
    return [...this.#entries.values()].map((entry) => {
      const d = entry.document;
      return {
        number: entry.number,
        title: d?.title ?? "Untitled document",
        publisher: d?.publisher ?? "Unknown publisher",
        date: d?.published ? formatDate(d.published) : "undated",
        origin: d?.origin ?? `document ${entry.documentId}`,
        alsoAt: d?.alsoAt ?? [],
        sentences: [...entry.sentences.values()].sort((a, b) => a.start - b.start).map((s) => s.sentence),
      };
    });
  }
}
