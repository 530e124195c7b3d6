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

/** At most this many sources back one line of a brief; the others are counted, not listed. */
export const SOURCES_PER_LINE = 6;

/** The sources one line cites, and how many more stand behind it. */
export interface LineCitation {
  refs: number[];
  moreRefs: number;
}

const dateKey = (d: Pick<SourceDocument, "published"> | undefined) =>
  d?.published ? (d.published.precision === "range" ? d.published.start : d.published.value) : "\uffff";

// Sources in the order a line prefers them after those already cited: the earliest published, then by id.
const earlierSource = (a: { id: string; date: string }, b: { id: string; date: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

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

  /**
   * Cites a line's evidence, at most SOURCES_PER_LINE documents of it: those the brief already cites first (so
   * that a large store does not turn every line into new endnotes), then the earliest published, then by id.
   */
  citeLine(evidence: readonly Evidence[], documents?: number): LineCitation {
    const ids = [...new Set(evidence.map((e) => e.documentId))];
    // `documents`: how many documents the whole evidence has, when this is the part of it a citation can choose.
    const total = Math.max(documents ?? 0, ids.length);
    if (ids.length <= SOURCES_PER_LINE) return { refs: this.cite(evidence), moreRefs: total - ids.length };
    const number = (id: string) => this.#entries.get(id)?.number ?? Number.POSITIVE_INFINITY;
    const chosen = new Set(
      ids
        .map((id) => ({ id, number: number(id), date: dateKey(this.#documents.get(id)) }))
        .sort((a, b) => a.number - b.number || earlierSource(a, b))
        .slice(0, SOURCES_PER_LINE)
        .map((x) => x.id),
    );
    return {
      refs: this.cite(evidence.filter((e) => chosen.has(e.documentId))),
      moreRefs: total - SOURCES_PER_LINE,
    };
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
        // A sentence the source says twice (a lede repeated below, say) is quoted once, where it first appears.
        sentences: [...new Set([...entry.sentences.values()].sort((a, b) => a.start - b.start).map((s) => s.sentence))],
      };
    });
  }
}

/** One document that tells a person: its date, and whether its sentences mention the person or tell a role. */
export interface PersonSource {
  id: string;
  published: SourceDocument["published"];
  mentions: boolean;
  affiliations: boolean;
  roles: boolean;
}

/**
 * For a countries brief that reads its people with part of their evidence: of each person's documents, those whose
 * evidence the person's line could cite (see `BriefContext.personItem`), given the documents the lines before the
 * people may cite (`cited`). The people are cited one after another, each preferring the documents cited before;
 * those are among `cited` or among the earliest of some person, so keeping, of each person, the documents in either
 * and its own earliest leaves every line's choice as the whole evidence gives it. `documents` counts, per person,
 * the documents of the evidence the line cites, for its "more" count.
 */
export function peopleCitable(
  sources: ReadonlyMap<string, readonly PersonSource[]>,
  cited: ReadonlySet<string>,
): { keep: Map<string, Set<string>>; documents: Map<string, number> } {
  const citable = new Map<string, PersonSource[]>();
  const earliest = new Map<string, PersonSource[]>();
  const everyEarliest = new Set<string>();
  for (const [person, list] of sources) {
    // What personItem cites with no organization to match: the affiliations' evidence if there are any, else the
    // mentions.
    const byRole = list.some((s) => s.affiliations);
    const usable = list.filter((s) => (byRole ? s.roles : s.mentions));
    citable.set(person, usable);
    const first = usable
      .map((s) => ({ s, id: s.id, date: dateKey(s) }))
      .sort(earlierSource)
      .slice(0, SOURCES_PER_LINE)
      .map((x) => x.s);
    earliest.set(person, first);
    for (const s of first) everyEarliest.add(s.id);
  }
  const keep = new Map<string, Set<string>>();
  const documents = new Map<string, number>();
  for (const [person, usable] of citable) {
    const kept = new Set((earliest.get(person) ?? []).map((s) => s.id));
    for (const s of usable) if (cited.has(s.id) || everyEarliest.has(s.id)) kept.add(s.id);
    keep.set(person, kept);
    documents.set(person, usable.length);
  }
  return { keep, documents };
}
