import type {
  DocumentFacts,
  Event,
  EventId,
  Evidence,
  Language,
  Organization,
  PartialDate,
  Partnership,
  PartnershipId,
  Person,
  PersonId,
  SourceDocument,
} from "@accord/domain";
import { mergeEvidence } from "@accord/domain";
import { shortHash } from "../document-id.ts";
import type { Gazetteer, KnownOrganization } from "../gazetteer/build-gazetteer.ts";
import { foldChinese } from "../text/fold-chinese.ts";
import { slugKey } from "../text/name-key.ts";
import { splitSentences } from "../text/split-sentences.ts";
import { tokenize } from "../text/tokenize.ts";
import { EVENT_CUES, FUTURE, PAST } from "./cues.ts";
import type { DocumentContext } from "./document-context.ts";
import { afterPublication, type DateMention, findDates, type SentenceDates } from "./find-dates.ts";
import { findOrganizations } from "./find-organizations.ts";
import { findPartnerships, type PartnershipMention } from "./find-partnerships.ts";
import { findPeople } from "./find-people.ts";
import { type OrgEntity, rootOf } from "./organization-table.ts";

/** What extraction needs to know of a document besides its text. */
export interface ExtractInput {
  document: SourceDocument;
  /** The url the document states for itself, used to know who "our university" is. */
  url?: string | null;
}

const URL_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** The organization whose web domain a url belongs to. */
export function publisherOf(g: Gazetteer, url: string | null | undefined): KnownOrganization | null {
  if (!url) return null;
  let host: string;
  // Only a url with a scheme names a site; a file path is not worth an exception.
  if (!URL_SCHEME.test(url)) return null;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const parts = host.replace(/^www\./, "").split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const id = g.domains.get(parts.slice(i).join("."));
    if (id) return g.organizations.get(id) ?? null;
  }
  return null;
}

/** Builds the shared context of the extractors for one document. */
export function buildContext(
  g: Gazetteer,
  text: string,
  language: Language,
  published: PartialDate | null,
  url?: string | null,
): DocumentContext {
  const hasHan = /\p{Script=Han}/u.test(text);
  const folded = hasHan ? foldChinese(text) : text;
  const sentences = splitSentences(folded);
  return {
    text,
    folded,
    language,
    published,
    sentences,
    tokens: sentences.map((s) => tokenize(text, s.start, s.end)),
    gazetteer: g,
    publisher: publisherOf(g, url),
  };
}

/** Reads every organization, person, partnership and event of one document, each with its evidence. */
export function extractDocument(g: Gazetteer, input: ExtractInput): DocumentFacts {
  const doc = input.document;
  const ctx = buildContext(g, doc.text, doc.language, doc.published, input.url ?? doc.origin);
  const orgs = findOrganizations(ctx);
  const people = findPeople(ctx, orgs);
  // Dates are read only in the sentences that need them: those reporting cooperation and the few before them.
  const dates = lazyDates(ctx);
  const partnerships = findPartnerships(ctx, orgs, dates);

  // Sentences are cut from the folded text: the same string as the document's unless it had Chinese to fold.
  const unfolded = ctx.folded === doc.text;
  const evidence = (si: number): Evidence => {
    const s = ctx.sentences[si]!;
    return {
      documentId: doc.id,
      sentence: unfolded ? s.text : doc.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
    };
  };
  const evidenceOf = (sentences: Iterable<number>) => [...new Set(sentences)].sort((a, b) => a - b).map(evidence);

  const mentionedParents = new Set<OrgEntity>();
  for (const c of orgs.entities.values()) if (c.parent && c.mentions.length > 0) mentionedParents.add(c.parent);
  const entities = [...orgs.entities.values()].filter((e) => e.mentions.length > 0 || mentionedParents.has(e));
  const organizations: Organization[] = entities.map((e) =>
    toOrganization(e, evidenceOf(e.mentions.map((m) => m.sentence))),
  );

  const personList: Person[] = people.map((p) => {
    const orgId = p.organization ? rootOf(p.organization).id : null;
    const id = `person:${slugKey(p.name)}${orgId ? `.${orgId.slice(4)}` : ""}` as PersonId;
    const ev = [evidence(p.sentence)];
    return {
      id,
      name: p.name,
      aliases: p.aliases,
      affiliations:
        p.role || orgId ? [{ role: p.role, organizationId: orgId, reportedOn: doc.published, evidence: ev }] : [],
      evidence: ev,
    };
  });

  const partnershipList: Partnership[] = foldHeadlines(partnerships).map((p) => {
    const parties = [...new Set(p.parties.map((e) => rootOf(e).id))].sort();
    const dateKey = p.date
      ? p.date.precision === "range"
        ? `${p.date.start}_${p.date.end}`
        : p.date.value
      : "undated";
    return {
      id: `partnership:${p.kind}-${dateKey}-${shortHash(...parties)}` as PartnershipId,
      parties,
      kind: p.kind,
      status: p.status,
      date: p.date,
      fields: p.fields,
      title: null,
      storyIds: [],
      evidence: evidenceOf(p.sentences),
    };
  });

  const events: Event[] = [];
  // Who and what each sentence names, indexed once: looked up per sentence, lists would be scanned per event.
  const peopleBySentence = new Map<number, PersonId[]>();
  people.forEach((p, i) => {
    const id = personList[i]?.id;
    if (!id) return;
    const list = peopleBySentence.get(p.sentence);
    if (list) list.push(id);
    else peopleBySentence.set(p.sentence, [id]);
  });
  const partnershipsBySentence = new Map<number, PartnershipId[]>();
  partnerships.forEach((p, i) => {
    const id = partnershipList[i]?.id;
    if (!id) return;
    for (const si of new Set(p.sentences)) {
      const list = partnershipsBySentence.get(si);
      if (list) list.push(id);
      else partnershipsBySentence.set(si, [id]);
    }
  });
  ctx.sentences.forEach((s, si) => {
    const named = orgs.inSentence(si);
    if (named.length === 0) return;
    const text = s.text;
    const cue = EVENT_CUES.find(([, re]) => re.test(text));
    if (!cue) return;
    const orgIds = [...new Set(named.map((m) => rootOf(m.entity).id))].sort();
    // What happened is dated by the sentence's first date up to the story's; a later one only dates what will be.
    const found = dates.at(si);
    const date =
      found.find((d) => !afterPublication(d.date, ctx.published))?.date ??
      (FUTURE.test(text) && !PAST.test(text) ? (found[0]?.date ?? null) : null);
    events.push({
      id: eventId(cue[0], date, orgIds),
      kind: cue[0],
      date,
      place: null,
      organizations: orgIds,
      people: peopleBySentence.get(si) ?? [],
      partnerships: partnershipsBySentence.get(si) ?? [],
      evidence: [evidence(si)],
    });
  });
  const uniqueEvents = new Map<string, Event>();
  for (const e of events) {
    const seen = uniqueEvents.get(e.id);
    if (seen) seen.evidence.push(...e.evidence);
    else uniqueEvents.set(e.id, e);
  }
  return {
    document: doc,
    organizations,
    people: personList,
    partnerships: partnershipList,
    events: foldRetold([...uniqueEvents.values()]),
  };
}

/**
 * A headline's partnership told again, dated, in the story ("… open joint research centre" … "opened … on March 11"):
 * an undated partnership named only in the first sentence is folded into the one dated partnership of its kind
 * between the same organizations.
 */
function foldHeadlines(found: readonly PartnershipMention[]): PartnershipMention[] {
  const partiesOf = (p: PartnershipMention) => [...new Set(p.parties.map((e) => rootOf(e).id))].sort().join(" ");
  const out = [...found];
  for (const p of found) {
    if (p.date !== null || !p.sentences.every((si) => si === 0)) continue;
    const into = out.filter((q) => q !== p && q.kind === p.kind && q.date !== null && partiesOf(q) === partiesOf(p));
    if (into.length !== 1 || !into[0]) continue;
    const q = into[0];
    q.sentences = [...new Set([...p.sentences, ...q.sentences])];
    q.fields = [...new Set([...q.fields, ...p.fields])];
    out.splice(out.indexOf(p), 1);
  }
  return out;
}

const dateKeyOf = (e: Event) => (e.date ? JSON.stringify(e.date) : "");

function eventId(kind: Event["kind"], date: PartialDate | null, organizations: readonly string[]): EventId {
  const dateKey = date ? (date.precision === "range" ? `${date.start}_${date.end}` : date.value) : "undated";
  return `event:${kind}-${dateKey}-${shortHash(...organizations)}` as EventId;
}

/**
 * One happening a story tells twice, as a headline and a dated paragraph ("Delegation of X visits Y" … "On 27
 * November a delegation of X visited Y"): an event is folded into the one other of its kind that names all its
 * organizations and more, or names them and gives the date it lacks, or the same date; and an undated event is
 * dated by the one dated event of its kind that names only some of its organizations ("… signed an agreement" …
 * "The document was signed on 29 March in the presence of X's rector"). With two such others it is not known which
 * it is, and it stays.
 */
export function foldRetold(events: readonly Event[]): Event[] {
  const out = [...events];
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of out) {
      const within = (f: Event) =>
        f !== e &&
        f.kind === e.kind &&
        e.organizations.every((o) => f.organizations.includes(o)) &&
        (f.organizations.length > e.organizations.length
          ? e.date === null || dateKeyOf(e) === dateKeyOf(f)
          : e.date === null && f.date !== null);
      const targets = out.filter(within);
      let into = targets[0];
      if (targets.length > 1) continue;
      if (!into && e.date !== null) {
        // The undated telling of the same happening, with more organizations: it takes this one's date.
        const wider = out.filter(
          (f) =>
            f !== e &&
            f.kind === e.kind &&
            f.date === null &&
            f.organizations.length > e.organizations.length &&
            e.organizations.every((o) => f.organizations.includes(o)),
        );
        const dated = out.filter((f) => f.kind === e.kind && f.date !== null);
        if (wider.length !== 1 || dated.length !== 1 || !wider[0]) continue;
        into = wider[0];
        into.date = e.date;
        into.id = eventId(into.kind, into.date, into.organizations);
      }
      if (!into) continue;
      absorbEvent(into, e);
      out.splice(out.indexOf(e), 1);
      changed = true;
      break;
    }
  }
  // A redated event may now be one already there.
  const byId = new Map<string, Event>();
  for (const e of out) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, e);
    else absorbEvent(seen, e);
  }
  return [...byId.values()];
}

/** Adds an event's evidence, people and partnerships to another telling of it. */
function absorbEvent(into: Event, e: Event): void {
  into.evidence = mergeEvidence(into.evidence, e.evidence);
  into.people = [...new Set([...into.people, ...e.people])];
  into.partnerships = [...new Set([...into.partnerships, ...e.partnerships])];
}

function lazyDates(ctx: DocumentContext): SentenceDates {
  const read: (DateMention[] | undefined)[] = new Array(ctx.sentences.length);
  return {
    count: ctx.sentences.length,
    at(si) {
      let found = read[si];
      if (found) return found;
      const s = ctx.sentences[si];
      found = s ? findDates(ctx.folded, ctx.published, s.start, s.end) : [];
      read[si] = found;
      return found;
    },
  };
}

function toOrganization(e: OrgEntity, evidence: Evidence[]): Organization {
  const acronyms = [...e.acronyms];
  const known = e.known?.entry;
  const aliases = [...new Set([...(known?.aliases ?? []), ...e.surfaces])].filter(
    (a) => a !== e.name && !acronyms.includes(a) && !e.names.some((n) => n.value === a),
  );
  return {
    id: e.id,
    name: e.name,
    names: e.names,
    acronyms,
    aliases,
    country: e.country,
    kind: e.parent ? "unit" : e.kind,
    unitKind: e.parent ? (e.unitKind ?? "other") : null,
    parentId: e.parent?.id ?? null,
    city: known?.city ?? null,
    domains: known?.domains ?? [],
    evidence,
  };
}
