import type { OrganizationId, OrganizationKind } from "@accord/domain";
import type { Token } from "../text/tokenize.ts";
import type { DocumentContext } from "./document-context.ts";
import { CONNECTORS, GENERIC_WORDS, ORG_HEADS, PLURAL_HEADS, SENTENCE_STARTERS, UNIT_HEADS } from "./lexicon.ts";
import { GIVEN_NAMES } from "./name-lexicon.ts";
import { isNameWord, isPlace, joinable, joinableAfter, titleCase } from "./name-tokens.ts";
import type { OrganizationTable, OrgEntity } from "./organization-table.ts";
import { resolvePhrase } from "./resolve-phrase.ts";

/** A stretch of tokens claimed by one organization's name. */
export interface Claim {
  from: number;
  to: number;
  entity: OrgEntity;
  form: "name" | "acronym" | "short";
}

interface Phrase {
  from: number;
  /** The end of the unit's own words; with a suffix parent the claim runs on to `claimTo`. */
  to: number;
  claimTo?: number;
  head: number;
  parent: Claim | Phrase | null;
  /** How the parent is named: "SPbU's Faculty" (possessive) or "Faculty … of SPbU" (suffix). */
  link: "possessive" | "suffix" | null;
  claim?: Claim;
}

/** Heads strong enough to start a second name after "and" ("… University and Tomsk Polytechnic University"). */
const STRONG_HEADS = new Set([
  "university",
  "college",
  "institute",
  "academy",
  "ministry",
  "association",
  "alliance",
  "embassy",
  "consulate",
  "government",
  "corporation",
  "company",
  "school",
  "faculty",
  "department",
  "laboratory",
  "centre",
  "center",
  "committee",
  "commission",
  "polytechnic",
  "conservatory",
  "foundation",
  "museum",
  "library",
  "union",
]);
/** Heads whose names go on with "in Place": "Consulate General of China in Almaty". */
const PLACED_HEADS = new Set(["embassy", "consulate", "general", "office", "centre", "center", "branch", "campus"]);
/** Heads whose names go on with "on Topic": "Commission on Humanitarian Cooperation". */
const TOPIC_HEADS = new Set(["commission", "committee", "subcommittee", "council", "group", "center", "centre"]);
/** Headline verbs that end a name in Title Case: "… Center for Chemistry Unveiled". */
const HEADLINE_VERBS = new Set(
  (
    "unveiled signed signs launched launches opened opens held holds approved approves established visited visits " +
    "meets met hosts hosted welcomes welcomed expands expanded discuss discusses discussed agree agrees agreed join " +
    "joins joined attend attends attended become becomes start starts started celebrate celebrates celebrated " +
    "receive receives received wins won says said sign launch open host visit hold strengthen strengthens deepen " +
    "deepens promote promotes"
  ).split(" "),
);

/** Head-anchored names: "Faculty of Chemistry", "Krylov State Research Centre", "Ministry of Education of China". */
export function findPatternNames(
  ctx: DocumentContext,
  tokens: readonly Token[],
  claims: Claim[],
  table: OrganizationTable,
  inText: Set<OrganizationId>,
  isKnownAcronym: (t: Token | undefined) => boolean,
): void {
  // A known acronym ends a name even before it is claimed: "Secretary of the Party Committee of BIT Guo Dacheng".
  const barrier: Claim = { from: -1, to: -1, entity: null as never, form: "acronym" };
  // Indexed by token once (no claim is added before the phrases are linked): a search per token is quadratic.
  // Most sentences have no head word at all, and need no index.
  let claimIndex: (Claim | undefined)[] | undefined;
  const claimedAt = (i: number) => {
    if (claimIndex === undefined) {
      claimIndex = new Array(tokens.length);
      for (const c of claims)
        for (let k = Math.max(0, c.from); k < Math.min(c.to, tokens.length); k++) claimIndex[k] ??= c;
    }
    return claimIndex[i] ?? (isKnownAcronym(tokens[i]) ? barrier : undefined);
  };
  const phrases: Phrase[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (!head.capitalized || !ORG_HEADS.has(head.norm) || claimedAt(h)) continue;
    const phrase = growPhrase(tokens, h, claimedAt);
    if (!phrase) continue;
    phrases.push(phrase);
    h = phrase.to - 1;
  }
  if (phrases.length === 0) return;
  // A sentence that ends with a full stop is no headline, however many names it holds.
  const last = tokens[tokens.length - 1];
  const stopped = last !== undefined && /^["”»')\]]?[.!?]/.test(ctx.text.slice(last.end, last.end + 2));
  const headline = !stopped && titleCase(tokens);
  // Link "X of Y" where Y is a phrase found after X.
  const byStart = new Map<number, Phrase>();
  for (const q of phrases) if (!byStart.has(q.from)) byStart.set(q.from, q);
  for (const p of phrases) {
    if (p.parent || p.link !== "suffix") continue;
    let k = p.to + 1;
    if (tokens[k]?.norm === "the") k++;
    p.parent = byStart.get(k) ?? null;
    if (!p.parent) p.link = null;
  }
  // Parents before their units.
  const ordered = [
    ...phrases.filter((p) => !p.parent || "entity" in p.parent),
    ...phrases.filter((p) => p.parent && !("entity" in p.parent)),
  ];
  for (const p of ordered) makeEntity(ctx, tokens, p, table, inText, headline);
  for (const p of phrases) if (p.claim) claims.push(p.claim);
}

function growPhrase(tokens: readonly Token[], h: number, claimedAt: (i: number) => Claim | undefined): Phrase | null {
  const head = tokens[h] as Token;
  // Extend left over name words, and over "the" inside one ("Peter the Great").
  let from = h;
  while (from > 0) {
    const left = tokens[from - 1] as Token;
    if (!joinableAfter(tokens, from) || claimedAt(from - 1) || left.possessive) break;
    if (isNameWord(left) && !HEADLINE_VERBS.has(left.norm)) {
      from--;
      continue;
    }
    const beyond = tokens[from - 2];
    if (
      left.norm === "the" &&
      beyond &&
      isNameWord(beyond) &&
      !ORG_HEADS.has(beyond.norm) &&
      !claimedAt(from - 2) &&
      joinable(left)
    ) {
      from -= 2;
      continue;
    }
    break;
  }
  let to = h + 1;
  let link: Phrase["link"] = null;
  let parent: Claim | null = null;
  let inTail = false;
  while (to < tokens.length) {
    const t = tokens[to] as Token;
    if (!joinableAfter(tokens, to) || claimedAt(to)) break;
    if (t.capitalized && !SENTENCE_STARTERS.has(t.norm)) {
      if (HEADLINE_VERBS.has(t.norm)) break;
      // "Director of the Institute of Physics Dmitry Volkov": a given name and a surname end the name.
      if (inTail && startsPersonName(tokens, to)) break;
      const free = !(tokens[to + 1]?.capitalized && joinable(tokens[to + 1] as Token));
      if (inTail || ORG_HEADS.has(t.norm) || t.norm === "general" || (isPlace(tokens, to) && free)) {
        to++;
        continue;
      }
      break;
    }
    if (!CONNECTORS.has(t.norm)) break;
    let k = to + 1;
    if (tokens[k]?.norm === "the" && t.norm !== "the") k++;
    const after = tokens[k];
    if (!after || !joinableAfter(tokens, to + 1) || !after.capitalized || SENTENCE_STARTERS.has(after.norm)) break;
    const owner = claimedAt(k);
    if (owner) {
      if (
        owner.entity &&
        (t.norm === "of" || t.norm === "at" || t.norm === "in") &&
        UNIT_HEADS.has(head.norm) &&
        owner.from === k
      ) {
        parent = owner;
        link = "suffix";
      }
      break;
    }
    if (t.norm === "and" && startsNewName(tokens, k, k > to + 1, claimedAt)) break;
    if (
      (t.norm === "of" || t.norm === "at") &&
      UNIT_HEADS.has(head.norm) &&
      startsNewName(tokens, k, true, claimedAt)
    ) {
      link = "suffix";
      break;
    }
    if (t.norm === "at") break;
    if (t.norm === "on" && !TOPIC_HEADS.has(head.norm)) break;
    if (t.norm === "in") {
      // "Center for Research in Physics", not "Center for Chinese Studies in the Belarusian capital": a word before
      // a lower-case one describes it.
      const describes = (n: Token | undefined) =>
        n !== undefined && n.gap === "" && !n.capitalized && !CONNECTORS.has(n.norm);
      if (TOPIC_HEADS.has(head.norm) && inTail && !isPlace(tokens, k)) {
        if (describes(tokens[k + 1])) break;
        to = k + 1;
        continue;
      }
      if (!PLACED_HEADS.has(head.norm) && !PLACED_HEADS.has((tokens[h + 1] as Token | undefined)?.norm ?? "")) break;
      if (!isPlace(tokens, k) || describes(tokens[k + 1])) break;
      to = k + 1;
      while (
        to < tokens.length &&
        joinableAfter(tokens, to) &&
        (tokens[to] as Token).capitalized &&
        isPlace(tokens, to - 1)
      )
        to++;
      break;
    }
    inTail = true;
    to = k + 1;
  }
  to = absorbListBeforeParenthesis(tokens, to, claimedAt);
  if (EPONYM_HEADS.has(head.norm)) to = absorbEponym(tokens, to, claimedAt);
  const words = tokens.slice(from, to);
  if (!acceptPhrase(words)) return null;
  const possessive = from > 0 ? claimedAt(from - 1) : undefined;
  // "VNU's University of Social Sciences and Humanities", "SPbU's Institute of Chemistry": a university's own
  // university or institute is a part of it.
  const possessed =
    UNIT_HEADS.has(head.norm) ||
    (POSSESSED_HEADS.has(head.norm) &&
      (possessive?.entity?.kind === "university" || possessive?.entity?.kind === "academy"));
  if (possessive?.entity && (tokens[from - 1] as Token).possessive && possessed) {
    return { from, to: link === "suffix" && parent ? to : to, head: h, parent: possessive, link: "possessive" };
  }
  return { from, to, head: h, parent, link };
}

const POSSESSED_HEADS = new Set(["university", "college", "institute"]);

/** A given name followed by another capitalized word that is neither a head nor a place: a person's name. */
function startsPersonName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    GIVEN_NAMES.has((tokens[i] as Token).norm) &&
    next?.capitalized === true &&
    joinableAfter(tokens, i + 1) &&
    !ORG_HEADS.has(next.norm) &&
    !isPlace(tokens, i + 1)
  );
}

/** Heads that a name can follow with "named after" and the person it honours. */
const EPONYM_HEADS = new Set(["university", "institute", "academy", "college", "conservatory", "school"]);
const NAME_PARTICLES = new Set(["al", "el", "ibn", "de", "von", "van", "der", "da"]);

/** "Kazakh National University named after al-Farabi", "… named after N. E. Bauman": the eponym belongs to the name. */
function absorbEponym(tokens: readonly Token[], to: number, claimedAt: (i: number) => Claim | undefined): number {
  const named = tokens[to];
  const after = tokens[to + 1];
  if (named?.norm !== "named" || named.gap !== "" || after?.norm !== "after" || after.gap !== "") return to;
  let end = to + 2;
  let last = -1;
  while (end < tokens.length && end < to + 8) {
    const t = tokens[end] as Token;
    if (claimedAt(end) || (end > to + 2 && !joinableAfter(tokens, end))) break;
    if (end === to + 2 && t.gap !== "") break;
    if (t.capitalized && !/^\d/.test(t.text)) last = end;
    else if (!NAME_PARTICLES.has(t.norm)) break;
    end++;
  }
  return last >= 0 ? last + 1 : to;
}

function startsNewName(
  tokens: readonly Token[],
  at: number,
  afterThe: boolean,
  claimedAt: (i: number) => Claim | undefined,
): boolean {
  if (claimedAt(at)) return true;
  for (let i = at; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > at && !joinableAfter(tokens, i)) return false;
    if (!t.capitalized && !CONNECTORS.has(t.norm)) return false;
    if (t.capitalized && (STRONG_HEADS.has(t.norm) || (afterThe && ORG_HEADS.has(t.norm) && i > at))) return true;
    if (CONNECTORS.has(t.norm) && i > at) return false;
  }
  return false;
}

function absorbListBeforeParenthesis(
  tokens: readonly Token[],
  to: number,
  claimedAt: (i: number) => Claim | undefined,
): number {
  const t = tokens[to];
  if (t?.gap !== ",") return to;
  let k = to;
  let sawAnd = false;
  while (k < tokens.length) {
    const w = tokens[k] as Token;
    if (k > to && !joinable(w)) break;
    if (claimedAt(k) || ORG_HEADS.has(w.norm)) return to;
    if (w.norm === "and") sawAnd = true;
    else if (!w.capitalized) return to;
    k++;
  }
  const close = tokens[k];
  return sawAnd && close?.gap.endsWith("(") ? k : to;
}

function acceptPhrase(words: readonly Token[]): boolean {
  if (words.length < 2) return false;
  if (words.every((w) => GENERIC_WORDS.has(w.norm) || CONNECTORS.has(w.norm) || PLURAL_HEADS.has(w.norm))) return false;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  if (!last.capitalized || PLURAL_HEADS.has(first.norm)) return false;
  // "The 5th China-Russia University Rectors' Forum": a numbered series is a meeting, not an organization.
  if (/^\d+(st|nd|rd|th)$/.test(first.norm)) return false;
  return true;
}

function makeEntity(
  ctx: DocumentContext,
  tokens: readonly Token[],
  p: Phrase,
  table: OrganizationTable,
  inText: Set<OrganizationId>,
  headline: boolean,
) {
  const head = tokens[p.head] as Token;
  const surface = ctx.text.slice((tokens[p.from] as Token).start, (tokens[p.to - 1] as Token).end).replace(/\s+/g, " ");
  const norms = tokens.slice(p.from, p.to).map((w) => w.norm);
  const parentEntity = p.parent ? (("entity" in p.parent ? p.parent.entity : p.parent.claim?.entity) ?? null) : null;
  if (!parentEntity && namesMeeting(tokens, p.to)) return;
  if (!parentEntity) {
    const known = resolvePhrase(ctx.gazetteer, norms, inText);
    if (known) {
      inText.add(known.id);
      p.claim = { from: p.from, to: p.to, entity: table.known(known), form: "name" };
      return;
    }
  }
  // In a Title Case headline a capitalized run is no evidence of a name the gazetteer lacks.
  if (headline && !parentEntity) return;
  const unitKind = parentEntity ? (UNIT_HEADS.get(head.norm) ?? "other") : null;
  const withParent = p.link === "suffix" && p.parent && "entity" in p.parent;
  const end = withParent ? (tokens[(p.parent as Claim).to - 1] as Token).end : (tokens[p.to - 1] as Token).end;
  const name = ctx.text
    .slice((tokens[p.from] as Token).start, end)
    .replace(/\s+/g, " ")
    .replace(/^the\s+/i, "");
  const entity = table.found({
    name,
    kind: nameKind(tokens, p, head),
    country: null,
    parent: parentEntity,
    unitKind,
  });
  entity.surfaces.add(surface);
  if (p.link === "possessive" && p.parent && "entity" in p.parent) {
    const owner = tokens[p.parent.from] as Token;
    entity.surfaces.add(ctx.text.slice(owner.start, (tokens[p.to - 1] as Token).end).replace(/\s+/g, " "));
  }
  p.claim = { from: p.from, to: withParent ? (p.parent as Claim).to : p.to, entity, form: "name" };
}

const MEETING_NOUNS = new Set(
  "forum dialogue conference summit festival week olympiad games congress expo symposium meeting session".split(" "),
);

/**
 * Whether the capitalized words right after a name end in a meeting ("China-Kazakhstan University Rector's
 * Cooperation Dialogue", "… University Rectors' Forum"): the name is the meeting's, not an organization.
 */
function namesMeeting(tokens: readonly Token[], to: number): boolean {
  for (let k = to; k < tokens.length && k < to + 4; k++) {
    const t = tokens[k] as Token;
    if (!t.capitalized || t.gap !== "" || t.acronymLike) return false;
    if (MEETING_NOUNS.has(t.norm)) return true;
  }
  return false;
}

const GROUPING_HEADS = new Set(["alliance", "association", "consortium", "union", "league"]);

/** The kind a name's head word gives; a grouping after another head is what the name is ("University Alliance of …"). */
function nameKind(tokens: readonly Token[], p: Phrase, head: Token): OrganizationKind {
  for (let k = p.head + 1; k < p.to; k++) {
    const t = tokens[k] as Token;
    if (t.norm === "of" || t.norm === "for") break;
    if (GROUPING_HEADS.has(t.norm)) return "association";
  }
  // "National Centre for Biological Sciences", "Krylov State Research Centre": a centre of research is a research
  // institute; a joint one ("China-Russia Joint Research Center") is what its partners made.
  if (head.norm === "centre" || head.norm === "center") {
    const words = tokens.slice(p.from, p.to).map((t) => t.norm);
    if (words.some((w) => RESEARCH_WORDS.has(w)) && !words.includes("joint")) return "institute";
  }
  return ORG_HEADS.get(head.norm) ?? "other";
}

const RESEARCH_WORDS = new Set(["research", "science", "sciences", "scientific"]);
