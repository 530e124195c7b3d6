import type { OrganizationId } from "@accord/domain";
import { longestNameAt, wordSetKey } from "../gazetteer/build-gazetteer.ts";
import { nameKey } from "../text/name-key.ts";
import { type Token, tokenize } from "../text/tokenize.ts";
import { countryFromName, UNIVERSITY_WORDS } from "./country-clues.ts";
import type { DocumentContext } from "./document-context.ts";
import { findHanOrganizations } from "./find-han-organizations.ts";
import { type Claim, findPatternNames } from "./find-pattern-names.ts";
import { findRussianOrganizations, transcribedNameWordAt } from "./find-russian-organizations.ts";
import { GENERIC_WORDS, SENTENCE_STARTERS, UNIT_HEADS } from "./lexicon.ts";
import { ROLE_WORDS } from "./name-lexicon.ts";
import { capitalizedName, joinable, joinableAfter, mayStartCapitalizedName, shouted } from "./name-tokens.ts";
import { OrganizationTable, type OrgEntity, type OrgMention, rootOf } from "./organization-table.ts";
import { pickKnown, resolvePhrase } from "./resolve-phrase.ts";

const COUNTRY_NAMES: Record<string, string> = {
  CN: "China",
  RU: "Russia",
  KZ: "Kazakhstan",
  BY: "Belarus",
  IN: "India",
  MN: "Mongolia",
};
const INITIALS_SKIP = new Set(["of", "the", "and", "for", "in", "at", "on"]);

/**
 * An acronym neither the text nor the gazetteer defines, read as the initials of one organization the text names
 * ("CUP" after "China University of Petroleum (Beijing)"): the words of any of its names up to a comma or bracket.
 */
function initialsOf(table: OrganizationTable, acronym: string): OrgEntity | undefined {
  if (acronym.length < 3 || !/^[A-Z]+$/.test(acronym)) return undefined;
  const initials = (name: string) =>
    (name.split(/[,(（]/)[0] ?? "")
      .split(/[\s-]+/)
      .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
      .map((w) => w.charAt(0).toUpperCase())
      .join("");
  const matches = [...table.entities.values()].filter(
    (e) => !e.parent && [e.name, ...e.surfaces].some((n) => initials(n) === acronym),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

const REFERS_BACK = /\b(?:the (?:university|institute|academy)['’]s|its)\s+$/i;

/** Units that a text names without their parent ("School of Astronautics"): they belong to the story's university. */
const BARE_UNIT_HEADS = new Set([
  "school",
  "faculty",
  "department",
  "laboratory",
  "lab",
  "office",
  "division",
  "chair",
]);

/** Finds every organization the document names, one entity per organization. */
export function findOrganizations(ctx: DocumentContext): OrganizationTable {
  const table = new OrganizationTable();
  const claims: Claim[][] = ctx.tokens.map(() => []);
  const inText = new Set<OrganizationId>();
  const localAcronyms = new Map<string, OrgEntity>();
  const free = (si: number, i: number) => !(claims[si] ?? []).some((c) => c.from <= i && i < c.to);

  // Names the gazetteer knows.
  const english = ctx.language === "en";
  ctx.tokens.forEach((tokens, si) => {
    const norms = tokens.map((t) => t.norm);
    for (let i = 0; i < tokens.length; i++) {
      // An English name starts with a capital (or "of", "the"): a lower-case word needs no look in the gazetteer.
      if (english && !mayStartCapitalizedName(tokens[i] as Token)) continue;
      const match = longestNameAt(ctx.gazetteer, norms, i);
      if (!match) continue;
      const first = tokens[i] as Token;
      if (ctx.language === "en" && !capitalizedName(tokens, i, i + match.length)) continue;
      if (match.length === 1 && (!first.capitalized || SENTENCE_STARTERS.has(first.norm) || first.acronymLike))
        continue;
      if (continuesAsLongerName(tokens, i + match.length) || !spansOneName(tokens, i, i + match.length)) continue;
      const known = pickKnown(ctx.gazetteer, match.ids, inText);
      if (!known) continue;
      // "Kazakh National University": a bulk-list name inside a longer capitalized name is not that organization.
      if (!known.curated && continuesLeftward(tokens, i)) continue;
      inText.add(known.id);
      claims[si]?.push({ from: i, to: i + match.length, entity: table.known(known), form: "name" });
      i += match.length - 1;
    }
  });
  // Acronyms the gazetteer knows, where the text does not define them otherwise.
  const claimAcronyms = (resolve: (acronym: string) => OrgEntity | undefined) =>
    ctx.tokens.forEach((tokens, si) => {
      tokens.forEach((t, i) => {
        // A listed short form with a hyphen ("CUHK-Shenzhen") is two words of the text.
        const next = tokens[i + 1];
        const hyphened = next?.gap === "-" ? `${t.text}-${next.text}` : undefined;
        if (hyphened && ctx.gazetteer.acronyms.has(hyphened) && free(si, i) && free(si, i + 1)) {
          const entity = resolve(hyphened);
          if (entity) {
            claims[si]?.push({ from: i, to: i + 2, entity, form: "acronym" });
            inText.add(entity.id);
            return;
          }
        }
        // A listed short form written as a word ("Skoltech", "Сколтех") is claimed like an acronym.
        if (!(t.acronymLike || (t.capitalized && ctx.gazetteer.acronyms.has(t.text))) || !free(si, i)) return;
        const entity = resolve(t.text);
        if (!entity) return;
        claims[si]?.push({ from: i, to: i + 1, entity, form: "acronym" });
        inText.add(entity.id);
      });
    });
  const definedLater = new Set<string>();
  for (const tokens of ctx.tokens)
    for (const t of tokens) if (t.acronymLike && t.gap.endsWith("(")) definedLater.add(t.text);
  // An acronym the text defines later is claimed now only for an organization already named in full.
  claimAcronyms((a) => {
    const known = knownAcronym(ctx, a, table, inText);
    return !definedLater.has(a) || (known && inText.has(known.id)) ? known : undefined;
  });
  const isKnownAcronym = (t: Token | undefined) =>
    t?.acronymLike === true && (definedLater.has(t.text) || ctx.gazetteer.acronyms.has(t.text));

  // Names found by their shape, and acronyms defined in parentheses after a name.
  ctx.tokens.forEach((tokens, si) => {
    const sentenceClaims = claims[si] ?? [];
    if (!shouted(tokens)) findPatternNames(ctx, tokens, sentenceClaims, table, inText, isKnownAcronym);
    for (const claim of sentenceClaims) {
      const next = tokens[claim.to];
      // "Синьцзянский университет (КНР)", "Fudan University (PRC)": a country in brackets, not an acronym.
      if (next?.acronymLike && next.gap.endsWith("(") && free(si, claim.to) && countryFromName(next.text) === null)
        localAcronyms.set(next.text, claim.entity);
    }
  });
  claimAcronyms(
    (a) =>
      localAcronyms.get(a) ??
      [...table.entities.values()].find((e) => e.acronyms.has(a)) ??
      knownAcronym(ctx, a, table, inText) ??
      initialsOf(table, a),
  );

  ctx.tokens.forEach((tokens, si) => {
    attachPrefixedUnits(ctx, tokens, claims[si] ?? [], table);
    mergeParenthesized(tokens, claims[si] ?? [], table);
  });
  const firstWords = shortNamesOf(table);
  ctx.tokens.forEach((tokens, si) => {
    claimShortNames(tokens, claims[si] ?? [], firstWords);
  });
  ctx.tokens.forEach((tokens, si) => {
    for (const c of (claims[si] ?? []).sort((a, b) => a.from - b.from || b.to - a.to)) {
      const start = (tokens[c.from] as Token).start;
      const end = (tokens[c.to - 1] as Token).end;
      table.mention(c.entity, { start, end, sentence: si }, ctx.text, c.form);
    }
  });
  if (ctx.language === "en") {
    mentionMinistries(ctx, table, inText);
    mentionCountryBodies(ctx, table, inText);
    mentionPublisher(ctx, table);
  }
  if (ctx.language === "ru") findRussianOrganizations(ctx, table);
  findHanOrganizations(ctx, table);
  mergeBareNames(table, ctx.text);
  adoptBareUnits(ctx, table);
  assignCountries(ctx, table);
  return table;
}

// The words of a ministry's portfolio, as a minister's title gives it: "Minister of Science and Higher Education".
const PORTFOLIO = new Set(
  (
    "education science higher industry trade foreign affairs commerce health healthcare culture agriculture energy " +
    "finance economic economy development digital transport transportation sport sports tourism information " +
    "technology technologies justice defence defense labour labor social natural resources ecology environment " +
    "emergency emergencies situations enlightenment communications mass media rural construction housing youth " +
    "internal interior innovation research public security civil protection water employment and"
  ).split(" "),
);
// What may stand between a country's adjective and "Minister": "Chinese Deputy Minister of Education".
const MINISTER_MODIFIERS = new Set(["deputy", "vice", "first", "former", "acting"]);

/**
 * A minister's title with the country's word names the ministry: "Chinese Minister of Education Huai Jinpeng" is of
 * China's Ministry of Education (the gazetteer's, if it has it). Without the country's word it is left alone: every
 * country has a ministry of education, and the text's other organizations do not say whose it is.
 */
function mentionMinistries(ctx: DocumentContext, table: OrganizationTable, inText: Set<OrganizationId>): void {
  ctx.tokens.forEach((tokens, sentence) => {
    for (let i = 1; i + 2 < tokens.length; i++) {
      if ((tokens[i] as Token).norm !== "minister" || (tokens[i + 1] as Token).norm !== "of") continue;
      let a = i - 1;
      while (a > 0 && MINISTER_MODIFIERS.has((tokens[a] as Token).norm)) a--;
      const adjective = tokens[a] as Token;
      const country = adjective.capitalized ? countryFromName(adjective.text) : null;
      const countryName = country ? COUNTRY_NAMES[country] : undefined;
      if (!country || !countryName) continue;
      const from = i + 2;
      let to = from;
      while (to < tokens.length) {
        const t = tokens[to] as Token;
        if (!PORTFOLIO.has(t.norm) || (t.norm !== "and" && !t.capitalized) || /[,;:()]/.test(t.gap)) break;
        to++;
      }
      while (to > from && (tokens[to - 1] as Token).norm === "and") to--;
      if (to === from) continue;
      const start = (tokens[from] as Token).start;
      const end = (tokens[to - 1] as Token).end;
      if (table.covers(start, end)) continue;
      const entity = ministryOf(ctx, table, inText, adjective, tokens.slice(from, to), country, countryName);
      table.mention(entity, { start, end, sentence }, ctx.text, "reference");
      i = to - 1;
    }
  });
}

/**
 * The ministry of a portfolio ("Education", "Science and Higher Education") of a country named by its word: the
 * gazetteer's entry when it has one ("Chinese Ministry of Education", "Ministry of Education of China"), else one
 * named so.
 */
function ministryOf(
  ctx: DocumentContext,
  table: OrganizationTable,
  inText: Set<OrganizationId>,
  countryWord: Token,
  portfolio: readonly Token[],
  country: string,
  countryName: string,
): OrgEntity {
  const words = ["ministry", "of", ...portfolio.map((t) => t.norm)];
  const known =
    resolvePhrase(ctx.gazetteer, [countryWord.norm, ...words], inText) ??
    resolvePhrase(ctx.gazetteer, [...words, "of", ...countryName.toLowerCase().split(" ")], inText);
  if (known) {
    inText.add(known.id);
    return table.known(known);
  }
  const name = `Ministry of ${portfolio.map((t) => t.text).join(" ")} of ${countryName}`;
  return table.found({ name, kind: "government", country });
}

/**
 * A country's ministry, embassy or government named by the country's word: "Russia's Ministry of Education",
 * "China's Education Ministry", "the Chinese embassy in Russia", "the Russian Federation government". The mention
 * is the words as written; the name is the ministry's as the gazetteer has it, or one made from the country.
 */
function mentionCountryBodies(ctx: DocumentContext, table: OrganizationTable, inText: Set<OrganizationId>): void {
  ctx.tokens.forEach((tokens, sentence) => {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const first = tokens[i] as Token;
      if (!first.capitalized) continue;
      // "Russian Federation", "People's Republic of China" are read as one country word.
      let at = i + 1;
      if ((tokens[at] as Token | undefined)?.norm === "federation" && first.norm === "russian") at++;
      const body = countryBodyAt(tokens, at);
      if (!body) continue;
      const country = countryFromName(first.text);
      const countryName = country ? COUNTRY_NAMES[country] : undefined;
      if (!country || !countryName || table.mentionAt(first.start)) continue;
      const start = first.start;
      const end = (tokens[body.to - 1] as Token).end;
      if (table.covers(start, end)) continue;
      let entity: OrgEntity;
      if (body.kind === "ministry")
        entity = ministryOf(ctx, table, inText, first, body.portfolio, country, countryName);
      else {
        const place = body.kind === "embassy" && body.place ? ` in ${body.place}` : "";
        const name =
          body.kind === "embassy" ? `${body.word} of ${countryName}${place}` : `Government of ${countryName}`;
        const where = body.kind === "embassy" && body.place ? countryFromName(body.place) : null;
        // The gazetteer's entry when it has the name so made ("Embassy of China in Russia").
        const known = resolvePhrase(
          ctx.gazetteer,
          tokenize(name).map((t) => t.norm),
          inText,
        );
        if (known) inText.add(known.id);
        entity = known ? table.known(known) : table.found({ name, kind: "government", country: where ?? country });
      }
      table.mention(entity, { start, end, sentence }, ctx.text, "name");
      i = body.to - 1;
    }
  });
}

type CountryBody =
  | { kind: "ministry"; portfolio: Token[]; to: number }
  | { kind: "embassy"; word: string; place: string | null; to: number }
  | { kind: "government"; to: number };

/** What follows a country's word at `at`: a ministry, an embassy or consulate, or its government. */
function countryBodyAt(tokens: readonly Token[], at: number): CountryBody | undefined {
  const t = tokens[at];
  if (!t || /[,;:()]/.test(t.gap)) return undefined;
  if (t.norm === "ministry" && tokens[at + 1]?.norm === "of") {
    let to = at + 2;
    while (
      to < tokens.length &&
      PORTFOLIO.has((tokens[to] as Token).norm) &&
      !/[,;:()]/.test((tokens[to] as Token).gap)
    )
      to++;
    while (to > at + 2 && (tokens[to - 1] as Token).norm === "and") to--;
    return to > at + 2 ? { kind: "ministry", portfolio: tokens.slice(at + 2, to), to } : undefined;
  }
  // "Education Ministry", "Science and Higher Education Ministry".
  let k = at;
  while (k < tokens.length && PORTFOLIO.has((tokens[k] as Token).norm) && (tokens[k] as Token).capitalized !== false)
    k++;
  if (k > at && tokens[k]?.norm === "ministry" && tokens[at]?.norm !== "and")
    return { kind: "ministry", portfolio: tokens.slice(at, k), to: k + 1 };
  if (t.norm === "embassy" || t.norm === "consulate") {
    let to = at + 1;
    const general = tokens[to]?.norm === "general";
    if (general) to++;
    const word = t.norm === "embassy" ? "Embassy" : general ? "Consulate General" : "Consulate";
    const place = tokens[to]?.norm === "in" && tokens[to + 1]?.capitalized ? (tokens[to + 1] as Token) : undefined;
    return { kind: "embassy", word, place: place?.text ?? null, to: place ? to + 2 : to };
  }
  if (t.norm === "government") return { kind: "government", to: at + 1 };
  return undefined;
}

// How a university's own site names itself in English, as "我校" in Chinese: "vice president of our university".
const OUR_UNIVERSITY = /\b[Oo]ur (?:university|institute|school)\b/g;

/** On a university's own site, "our university" (or "our school", as 我校 is often translated) is the publisher. */
function mentionPublisher(ctx: DocumentContext, table: OrganizationTable): void {
  if (!ctx.publisher) return;
  let self: OrgEntity | undefined;
  for (const m of ctx.text.matchAll(OUR_UNIVERSITY)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = ctx.sentences.findIndex((s) => s.start <= start && start < s.end);
    if (sentence < 0 || table.covers(start, end)) continue;
    self ??= table.known(ctx.publisher);
    table.mention(self, { start, end, sentence }, ctx.text, "reference");
  }
}

/** "Moscow State University of Civil Engineering": a known name followed by "of X" is a longer name. */
function continuesAsLongerName(tokens: readonly Token[], at: number): boolean {
  const connector = tokens[at];
  const next = tokens[at + 1];
  // "Чжэцзянский университет Гунсян": a Chinese name in Russian goes on with its transcribed word.
  if (tokens[at - 1]?.norm === "университет" && transcribedNameWordAt(tokens, at)) return true;
  return (
    connector !== undefined &&
    next !== undefined &&
    connector.gap === "" &&
    (connector.norm === "of" || connector.norm === "for") &&
    next.gap === "" &&
    next.capitalized &&
    !SENTENCE_STARTERS.has(next.norm)
  );
}

/** Whether the word before `at` is a capitalized part of the same name ("Kazakh" in "Kazakh National University"). */
function continuesLeftward(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const first = tokens[at];
  return (
    prev !== undefined &&
    first !== undefined &&
    first.gap === "" &&
    prev.capitalized &&
    !prev.possessive &&
    !prev.acronymLike &&
    !/^\d+$/.test(prev.text) &&
    !SENTENCE_STARTERS.has(prev.norm) &&
    !GENERIC_WORDS.has(prev.norm)
  );
}

// A listed name may hold brackets or a comma ("The Chinese University of Hong Kong, Shenzhen").
function spansOneName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++)
    if (!joinableAfter(tokens, i) && !/^([()]+|,)$/.test(tokens[i]?.gap ?? "")) return false;
  return true;
}

function knownAcronym(
  ctx: DocumentContext,
  acronym: string,
  table: OrganizationTable,
  inText: Set<OrganizationId>,
): OrgEntity | undefined {
  for (const e of table.entities.values()) if (e.acronyms.has(acronym)) return e;
  const ids = ctx.gazetteer.acronyms.get(acronym);
  if (!ids) return undefined;
  const known = pickKnown(ctx.gazetteer, ids, inText);
  return known ? table.known(known) : undefined;
}

/** "HIT Museum", "HSE Faculty of Humanities": a unit whose name starts with its parent's acronym. */
function attachPrefixedUnits(
  ctx: DocumentContext,
  tokens: readonly Token[],
  claims: Claim[],
  table: OrganizationTable,
) {
  for (const prefix of [...claims]) {
    if (prefix.form !== "acronym") continue;
    const unit = claims.find(
      (c) => c.from === prefix.to && c.form === "name" && c.entity.known === null && c.entity.parent === null,
    );
    if (!unit) continue;
    // "VNU's University of Social Sciences and Humanities": an acronym defined later in the text, read after the
    // names, owning a university or institute of its own.
    const owned = (tokens[prefix.to - 1] as Token).possessive;
    if (!joinable(tokens[unit.from] as Token) && !owned) continue;
    const academic = prefix.entity.kind === "university" || prefix.entity.kind === "academy";
    const head = tokens
      .slice(unit.from, unit.to)
      .find((t) => UNIT_HEADS.has(t.norm) || (owned && academic && POSSESSED_HEADS.has(t.norm)));
    if (!head) continue;
    const surface = ctx.text
      .slice((tokens[prefix.from] as Token).start, (tokens[unit.to - 1] as Token).end)
      .replace(/\s+/g, " ");
    const entity = table.found({
      name: owned ? unit.entity.name : surface,
      kind: "unit",
      country: null,
      parent: prefix.entity,
      unitKind: UNIT_HEADS.get(head.norm) ?? "other",
    });
    entity.surfaces.add(owned ? surface : unit.entity.name);
    claims.splice(claims.indexOf(prefix), 1);
    claims.splice(claims.indexOf(unit), 1, { from: prefix.from, to: unit.to, entity, form: "name" });
  }
}

const POSSESSED_HEADS = new Set(["university", "college", "institute"]);

/** "Saint-Petersburg State University of Information Technologies, Mechanics and Optics (ITMO University)": one university. */
function mergeParenthesized(tokens: readonly Token[], claims: Claim[], table: OrganizationTable) {
  for (const c of claims) {
    if (c.entity.known || c.entity.parent) continue;
    const inner = claims.find((d) => d.from === c.to && d !== c && d.entity !== c.entity);
    if (!inner || !(tokens[inner.from] as Token).gap.endsWith("(") || (!inner.entity.known && inner.form !== "acronym"))
      continue;
    if (inner.form === "acronym" && inner.entity.known === null) continue;
    const from = c.entity;
    table.absorb(from, inner.entity);
    for (const other of claims) if (other.entity === from) other.entity = inner.entity;
  }
}

/** "China-Russia Joint Campus" and "HIT China-Russia Joint Campus" in one text are one place, as are
 * "Joint Laboratory for Aeronautic Science" and "Aeronautic Science Joint Laboratory". */
function mergeBareNames(table: OrganizationTable, text: string) {
  const byWords = new Map<string, OrgEntity>();
  for (const e of [...table.entities.values()]) {
    if (e.known) continue;
    const key = `${e.parent?.id ?? ""}|${wordSetKey(nameKey(e.name).split(" "))}`;
    const same = byWords.get(key);
    if (same) table.absorb(e, same);
    else byWords.set(key, e);
  }
  const units = [...table.entities.values()].filter((e) => e.parent);
  for (const e of [...table.entities.values()]) {
    if (e.parent || e.known) continue;
    const key = nameKey(e.name);
    const unit = units.find((u) => u !== e && [...u.surfaces].some((s) => nameKey(s) === key));
    if (unit) table.absorb(e, unit);
  }
  // "Mining University" after "St. Petersburg Mining University": a name without the place it begins with.
  const whole = [...table.entities.values()].filter((e) => !e.parent);
  for (const e of [...table.entities.values()]) {
    if (e.parent || e.known || !table.entities.has(e.id)) continue;
    const key = nameKey(e.name);
    if (key.split(" ").length < 2) continue;
    const longer = whole.filter(
      (o) =>
        o !== e &&
        table.entities.has(o.id) &&
        [o.name, ...o.surfaces].some((n) => {
          const k = nameKey(n);
          return k.endsWith(` ${key}`) && countryFromName(k.slice(0, -key.length - 1)) !== null;
        }),
    );
    if (longer.length === 1 && longer[0]) table.absorb(e, longer[0]);
  }
  // "… opened its branch at the Kazakh University" after "Al-Farabi Kazakh National University": "the" and some
  // of the words of the one organization named before that has them all.
  for (const e of [...table.entities.values()]) {
    const first = e.mentions[0];
    if (e.parent || e.known || !first || !/\bthe\s+$/i.test(text.slice(Math.max(0, first.start - 5), first.start)))
      continue;
    const words = nameKey(e.name).split(" ");
    if (words.length < 2) continue;
    const fuller = [...table.entities.values()].filter(
      (o) =>
        o !== e &&
        !o.parent &&
        o.mentions.some((m) => m.start < first.start) &&
        [o.name, ...o.surfaces].some((n) => {
          const has = new Set(nameKey(n).split(" "));
          return has.size > words.length && words.every((w) => has.has(w));
        }),
    );
    if (fuller.length === 1 && fuller[0]) table.absorb(e, fuller[0]);
  }
}

/** Bare units ("School of Astronautics") belong to the organization named just before them, or the story's university. */
function adoptBareUnits(ctx: DocumentContext, table: OrganizationTable) {
  const counts = new Map<OrgEntity, number>();
  for (const m of table.mentions) {
    const e = m.entity.parent ?? m.entity;
    if (e.kind === "university" || e.kind === "institute" || e.kind === "academy")
      counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const principal = ctx.publisher
    ? table.entities.get(ctx.publisher.id)
    : [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const e of [...table.entities.values()]) {
    if (e.parent || e.known) continue;
    const words = nameKey(e.name).split(" ");
    const first = words[0] ?? "";
    const last = words[words.length - 1] ?? "";
    const mention = e.mentions[0];
    // "… visited the university's College of Chemistry": a unit of the organization named last before it.
    const referred =
      mention !== undefined &&
      REFERS_BACK.test(ctx.text.slice(Math.max(0, mention.start - 20), mention.start)) &&
      (BARE_UNIT_HEADS.has(first) || first === "college" || first === "institute");
    const head = BARE_UNIT_HEADS.has(first)
      ? first
      : referred
        ? first
        : BARE_UNIT_HEADS.has(last) || last === "center" || last === "centre"
          ? last
          : "";
    if (!head || (head !== first && countryFromName(e.name) !== null)) continue;
    if (referred) {
      // Not the visitors of the sentence ("The UrFU delegation … visited the university's …").
      const visitor = (m: OrgMention) =>
        m.sentence === mention.sentence &&
        (/^\s*(?:['’]s\s+)?delegation/i.test(ctx.text.slice(m.end, m.end + 14)) ||
          /\b(?:delegation|visitors|guests)\s+(?:of|from)\s+(?:the\s+)?$/i.test(
            ctx.text.slice(Math.max(0, m.start - 30), m.start),
          ));
      const owner = table.mentions
        .filter(
          (m) => m.end <= mention.start && m.entity !== e && !m.entity.parent && counts.has(m.entity) && !visitor(m),
        )
        .sort((a, b) => a.start - b.start)
        .pop();
      if (owner) {
        table.reparent(e, owner.entity, UNIT_HEADS.get(head) ?? "other");
        continue;
      }
    }
    const before = mention
      ? table.mentions
          .filter(
            (m) =>
              m.sentence === mention.sentence &&
              m.end <= mention.start &&
              m.entity !== e &&
              !m.entity.parent &&
              counts.has(m.entity),
          )
          .filter((m) => mention.start - m.end < 200 && !/;/.test(ctx.text.slice(m.end, mention.start)))
          .pop()
      : undefined;
    const parent = before?.entity ?? principal;
    if (parent && parent !== e) table.reparent(e, parent, UNIT_HEADS.get(head) ?? "other");
  }
}

/** "Bauman", "Beihang": the distinctive first word of a university named in full elsewhere in the text. */
/** The distinctive first words of the universities a text names, each standing for one of them. */
function shortNamesOf(table: OrganizationTable): Map<string, OrgEntity | null> {
  const firstWords = new Map<string, OrgEntity | null>();
  for (const e of table.entities.values()) {
    if (e.parent || (e.kind !== "university" && e.kind !== "institute")) continue;
    const word = nameKey(e.name).split(" ")[0];
    if (!word || word.length < 4 || GENERIC_WORDS.has(word)) continue;
    firstWords.set(word, firstWords.has(word) ? null : e);
  }
  return firstWords;
}

function claimShortNames(tokens: readonly Token[], claims: Claim[], firstWords: ReadonlyMap<string, OrgEntity | null>) {
  // The claims pushed below cover only the token at hand, so an index built once stays true.
  const claimed = new Uint8Array(tokens.length);
  for (const c of claims) claimed.fill(1, Math.max(0, c.from), c.to);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capitalized || t.acronymLike || claimed[i] === 1) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // "Tsinghua Vice President Yang Bin": a role word after the short name does not make it a longer name.
    const roleNext = next !== undefined && next.gap === "" && ROLE_WORDS.has(next.norm);
    // "Fudan's School of Economics": a possessive ends the name, whatever follows.
    const joinsNext = !t.possessive && next?.capitalized && joinable(next) && !roleNext;
    if (joinsNext || (prev?.capitalized && !prev.possessive && joinable(t))) continue;
    const entity = firstWords.get(t.norm);
    if (!entity || (countryFromName(t.text) !== null && !entity.known)) continue;
    if (countryFromName(t.text) !== null && !UNIVERSITY_WORDS.has(t.norm)) continue;
    claims.push({ from: i, to: i + 1, entity, form: "short" });
  }
}

/** "Almaty-based Satpayev University": the place written just before the name. */
function basedIn(ctx: DocumentContext, e: OrgEntity): string | undefined {
  for (const m of e.mentions) {
    const before = /([\p{Lu}][\p{L}]+)-based\s+$/u.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
    if (before?.[1]) return before[1];
  }
  return undefined;
}

// What stands between a body and the organization it is at: "中俄联合研究院在华南理工大学揭牌", "the institute at X",
// "институт открылся в Y", "центр на базе Y".
const AT_HOST =
  /^\s*(在|于)\s*$|^\s+(at|in)\s+(the\s+)?$|^\s+((открыл|открыт|созда|работа|действу)\S*\s+)?(в|во|на базе|при)\s+$/iu;

/** The country of the university or institute a body the text alone names is at, as the words right after it say. */
function hostCountry(ctx: DocumentContext, table: OrganizationTable, e: OrgEntity): string | null {
  if (e.known || e.parent || e.kind === "university" || e.kind === "government") return null;
  for (const m of e.mentions) {
    const next = table.inSentence(m.sentence).find((n) => n.start >= m.end && n.start - m.end <= 24);
    if (!next || next.entity === e || !AT_HOST.test(ctx.text.slice(m.end, next.start))) continue;
    const host = rootOf(next.entity);
    if ((host.kind === "university" || host.kind === "institute") && host.country) return host.country;
  }
  return null;
}

/** A country or a city named in brackets right after a mention: "… университета (КНР)", "X University (China)". */
function bracketedCountry(ctx: DocumentContext, e: OrgEntity): string | null {
  for (const m of e.mentions) {
    const inner = /^\s?[(（]([^()（）]{2,30})[)）]/.exec(ctx.text.slice(m.end, m.end + 34))?.[1];
    const country = inner ? countryFromName(inner.trim()) : null;
    if (country) return country;
  }
  return null;
}

/** The one country of the other organizations named in the same sentences, if they agree. */
function neighboursCountry(
  ctx: DocumentContext,
  table: OrganizationTable,
  e: OrgEntity,
  known: ReadonlyMap<string, number>,
): string | null {
  const sentences = new Set(e.mentions.map((m) => m.sentence));
  const countries = new Set(
    table.mentions
      .filter((m) => m.entity !== e && sentences.has(m.sentence))
      .map((m) => (m.entity.parent ?? m.entity).known?.entry.country ?? null),
  );
  if (countries.size !== 1) return null;
  const country = [...countries][0] ?? null;
  // In a story of two countries' organizations, a university that partners those of one country is of the other:
  // "Satbayev University and China University of Mining and Technology agreed to launch …" beside Kazakh
  // universities. (A joint body, such as a Confucius Institute, may be of either.)
  const others = [...known.keys()].filter((c) => c !== country);
  if (
    country &&
    e.kind === "university" &&
    others.length === 1 &&
    [...sentences].some((si) => PARTNERING.test(ctx.sentences[si]?.text ?? ""))
  )
    return others[0] as string;
  return country;
}

const PARTNERING =
  /\b(sign(s|ed|ing)?|agreed|agreements?|memorand(um|a)|mou|partner(s|ship|ships)?|cooperat\w*|jointly|joint)\b|签署|签订|协议|备忘录|合作|共建|联合|соглашени|меморандум|подписал|сотрудничеств|совместн/iu;

const LOCAL_BODY = /\b(Municipal|City|Provincial|Province|District|Regional|Oblast|County)\b/;

/** The country of the first "in <Place>" of the sentences naming an organization. */
function placeInSentences(ctx: DocumentContext, e: OrgEntity): string | null {
  for (const m of e.mentions) {
    const text = ctx.sentences[m.sentence]?.text ?? "";
    for (const place of text.matchAll(/\bin ((?:St\.? |Saint )?\p{Lu}[\p{L}-]+)/gu)) {
      const country = countryFromName(place[1] as string);
      if (country) return country;
    }
  }
  return null;
}

/** Countries from the gazetteer, the parent, the name's own words, or the document's main country. */
function assignCountries(ctx: DocumentContext, table: OrganizationTable) {
  const counts = new Map<string, number>();
  for (const m of table.mentions) {
    const c = m.entity.known?.entry.country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const fallback = ctx.publisher?.entry.country ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const e of [...table.entities.values()]) {
    // "中方" and "俄方" (the Chinese, the Russian side) say where a joint body's part is.
    const side = /中方/.test(e.name) ? "CN" : /俄方/.test(e.name) ? "RU" : null;
    if (side && e.parent) e.country = side;
    // Where an office is ("Russian Cultural Centre in Beijing", "Beijing Office of FEFU") says more than whose it is.
    const named =
      /\bin ((?:St\.? |Saint )?[\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)$/u.exec(e.name)?.[1] ??
      /^(\p{Lu}[\p{L}-]+) (?:Representative )?(?:Office|Branch|Campus|Centre|Center)\b/u.exec(e.name)?.[1];
    const at = named ? countryFromName(named) : null;
    if (e.parent && !side && at) e.country = at;
    if (e.country) continue;
    const place = named ?? basedIn(ctx, e);
    const own =
      (place ? countryFromName(place) : null) ??
      hostCountry(ctx, table, e) ??
      bracketedCountry(ctx, e) ??
      countryFromName(e.name) ??
      [...e.surfaces].map(countryFromName).find((c) => c !== null) ??
      null;
    // A city's or a province's body is where the places its sentences name are ("… in Shenzhen, accompanied by …
    // Municipal Education Bureau"), not of the organizations beside it or the story's main country.
    const local = own === null && e.kind === "government" && LOCAL_BODY.test(e.name);
    e.country =
      own ?? e.parent?.country ?? (local ? placeInSentences(ctx, e) : neighboursCountry(ctx, table, e, counts));
    if (e.country || e.kind !== "government" || local || !fallback) continue;
    e.country = fallback;
    const country = COUNTRY_NAMES[fallback];
    // "Ministry of Education" of the document's country; a name in another script keeps its own words.
    if (country && /^[A-Za-z]/.test(e.name)) {
      e.surfaces.add(e.name);
      table.rename(e, `${e.name} of ${country}`);
    }
  }
}
