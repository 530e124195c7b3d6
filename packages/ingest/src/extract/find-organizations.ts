import type { OrganizationId } from "@accord/domain";
import { normalizeName } from "@accord/domain";
import { longestNameAt } from "../gazetteer/build-gazetteer.ts";
import type { Token } from "../text/tokenize.ts";
import { countryFromName } from "./country-clues.ts";
import type { DocumentContext } from "./document-context.ts";
import { findHanOrganizations } from "./find-han-organizations.ts";
import { findRussianOrganizations } from "./find-russian-organizations.ts";
import { CONNECTORS, GENERIC_WORDS, ORG_HEADS, PLURAL_HEADS, SENTENCE_STARTERS, UNIT_HEADS } from "./lexicon.ts";
import { type OrgEntity, OrganizationTable } from "./organization-table.ts";
import { pickKnown, resolvePhrase } from "./resolve-phrase.ts";

interface Claim {
  from: number;
  to: number;
  entity: OrgEntity;
  form: "name" | "acronym" | "short";
}

const COUNTRY_NAMES: Record<string, string> = { CN: "China", RU: "Russia", KZ: "Kazakhstan", BY: "Belarus", IN: "India", MN: "Mongolia" };

/** Finds every organization the document names, one entity per organization. */
export function findOrganizations(ctx: DocumentContext): OrganizationTable {
  const table = new OrganizationTable();
  const claims: Claim[][] = ctx.tokens.map(() => []);
  const inText = new Set<OrganizationId>();
  const localAcronyms = new Map<string, OrgEntity>();

  // Pass 1: names the gazetteer knows.
  ctx.tokens.forEach((tokens, si) => {
    const norms = tokens.map((t) => t.norm);
    for (let i = 0; i < tokens.length; i++) {
      const match = longestNameAt(ctx.gazetteer, norms, i);
      if (!match) continue;
      const first = tokens[i] as Token;
      const last = tokens[i + match.length - 1] as Token;
      if (!first.capitalized && ctx.language === "en") continue;
      if (match.length === 1 && (!first.capitalized || SENTENCE_STARTERS.has(first.norm))) continue;
      if (continuesAsLongerName(tokens, i + match.length)) continue;
      if (!spansOneName(tokens, i, i + match.length)) continue;
      const known = pickKnown(ctx.gazetteer, match.ids, inText);
      if (!known) continue;
      inText.add(known.id);
      claims[si]?.push({ from: i, to: i + match.length, entity: table.known(known), form: "name" });
      i += match.length - 1;
      void last;
    }
  });

  // Pass 2: names found by their shape, and acronyms defined in parentheses.
  ctx.tokens.forEach((tokens, si) => {
    const sentenceClaims = claims[si] ?? [];
    findPatternNames(ctx, tokens, sentenceClaims, table, inText);
    for (const claim of sentenceClaims) {
      const next = tokens[claim.to];
      if (next?.acronymLike && next.gap.endsWith("(") && tokens[claim.to + 1]?.gap.startsWith(")") !== false) {
        localAcronyms.set(next.text, claim.entity);
      }
    }
  });

  // Pass 3: acronyms and short names used on their own.
  ctx.tokens.forEach((tokens, si) => {
    const sentenceClaims = claims[si] ?? [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (sentenceClaims.some((c) => c.from <= i && i < c.to)) continue;
      const entity = t.acronymLike ? resolveAcronym(ctx, t.text, localAcronyms, table, inText) : undefined;
      if (entity) {
        sentenceClaims.push({ from: i, to: i + 1, entity, form: "acronym" });
        inText.add(entity.id);
      }
    }
    claims[si] = sentenceClaims;
  });
  // Units named after their parent ("HIT Museum") come after acronyms are known.
  ctx.tokens.forEach((tokens, si) => attachPrefixedUnits(ctx, tokens, claims[si] ?? [], table));
  ctx.tokens.forEach((tokens, si) => claimShortNames(tokens, claims[si] ?? [], table));

  ctx.tokens.forEach((tokens, si) => {
    for (const c of (claims[si] ?? []).sort((a, b) => a.from - b.from)) {
      const start = (tokens[c.from] as Token).start;
      const end = (tokens[c.to - 1] as Token).end;
      table.mention(c.entity, { start, end, sentence: si }, ctx.text, c.form);
    }
  });
  if (ctx.language === "ru") findRussianOrganizations(ctx, table);
  findHanOrganizations(ctx, table);
  assignCountries(ctx, table);
  return table;
}

/** "Moscow State University of Civil Engineering": a known name followed by "of X" is a longer name. */
function continuesAsLongerName(tokens: readonly Token[], at: number): boolean {
  const connector = tokens[at];
  const next = tokens[at + 1];
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

function spansOneName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (/[,;:()"“”.]/.test(tokens[i]?.gap ?? "")) return false;
  return true;
}

function joinable(t: Token): boolean {
  return t.gap === "" || /^[-–—‐'’&/]$/.test(t.gap);
}

function isNameWord(t: Token): boolean {
  return t.capitalized && !SENTENCE_STARTERS.has(t.norm);
}

/** Head-anchored names: "Faculty of Chemistry", "Krylov State Research Centre", "Ministry of Education of China". */
function findPatternNames(
  ctx: DocumentContext,
  tokens: readonly Token[],
  claims: Claim[],
  table: OrganizationTable,
  inText: Set<OrganizationId>,
) {
  const claimedAt = (i: number) => claims.find((c) => c.from <= i && i < c.to);
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (!head.capitalized || !ORG_HEADS.has(head.norm) || claimedAt(h)) continue;
    // Extend left over name words.
    let from = h;
    while (from > 0) {
      const left = tokens[from - 1] as Token;
      if (!joinable(tokens[from] as Token) || claimedAt(from - 1) || !isNameWord(left) || left.possessive) break;
      from--;
    }
    // Extend right over "of X", "for X", "and X" and name words.
    let to = h + 1;
    let parent: OrgEntity | null = null;
    while (to < tokens.length) {
      const t = tokens[to] as Token;
      if (!joinable(t)) break;
      if (claimedAt(to)) break;
      if (t.capitalized && !SENTENCE_STARTERS.has(t.norm) && !ORG_HEADS.has(t.norm) ? true : t.capitalized && PLURAL_HEADS.has(t.norm)) {
        to++;
        continue;
      }
      if (t.capitalized && ORG_HEADS.has(t.norm) && to === h + 1) {
        to++;
        continue;
      }
      const next = tokens[to + 1];
      if ((CONNECTORS.has(t.norm) || t.norm === "the") && next && joinable(next)) {
        const owner = claimedAt(to + 1) ?? (tokens[to + 2] && next.norm === "the" ? claimedAt(to + 2) : undefined);
        if (owner && (t.norm === "of" || t.norm === "at" || t.norm === "in")) {
          if (UNIT_HEADS.has(head.norm) && owner.from === (next.norm === "the" ? to + 2 : to + 1)) {
            parent = owner.entity;
            to = owner.to;
          }
          break;
        }
        if (t.norm === "and" && startsNewName(tokens, to + 1, claimedAt)) break;
        let k = to + 1;
        if ((tokens[k] as Token).norm === "the") k++;
        const after = tokens[k];
        if (after && after.capitalized && joinable(after) && !SENTENCE_STARTERS.has(after.norm) && t.norm !== "in" && t.norm !== "at" && t.norm !== "on") {
          to = k + 1;
          continue;
        }
      }
      break;
    }
    // Possessive parent: "SPbU's Faculty of Chemistry".
    const before = claims.find((c) => c.to === from && (tokens[c.to - 1] as Token).possessive);
    if (before && UNIT_HEADS.has(head.norm)) parent = before.entity;
    const words = tokens.slice(from, to);
    if (!acceptPhrase(words, h - from)) {
      h = to - 1;
      continue;
    }
    const surface = ctx.text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
    const known = resolvePhrase(ctx.gazetteer, words.map((w) => w.norm), inText);
    let entity: OrgEntity;
    if (known && !parent) {
      entity = table.known(known);
      inText.add(known.id);
    } else {
      const unitKind = parent ? (UNIT_HEADS.get(head.norm) ?? "other") : null;
      entity = table.found({
        name: parent && parent !== before?.entity ? surface : cleanName(surface),
        kind: ORG_HEADS.get(head.norm) ?? "other",
        country: null,
        parent,
        unitKind,
      });
      if (parent && parent !== before?.entity) {
        const bare = ctx.text.slice((tokens[from] as Token).start, (tokens[h] as Token).end);
        entity.surfaces.add(bare);
      }
    }
    claims.push({ from, to, entity, form: "name" });
    h = to - 1;
  }
}

function startsNewName(tokens: readonly Token[], at: number, claimedAt: (i: number) => Claim | undefined): boolean {
  if (claimedAt(at)) return true;
  for (let i = at; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > at && !joinable(t)) return false;
    if (!t.capitalized && !CONNECTORS.has(t.norm)) return false;
    if (t.capitalized && ORG_HEADS.has(t.norm)) return true;
  }
  return false;
}

function acceptPhrase(words: readonly Token[], headIndex: number): boolean {
  const head = words[headIndex];
  if (!head || words.length < 2) return false;
  if (words.every((w) => GENERIC_WORDS.has(w.norm) || CONNECTORS.has(w.norm))) return false;
  const last = words[words.length - 1] as Token;
  if (!last.capitalized) return false;
  return true;
}

function cleanName(surface: string): string {
  return surface.replace(/\s+/g, " ").replace(/^the\s+/i, "").trim();
}

function resolveAcronym(
  ctx: DocumentContext,
  acronym: string,
  local: Map<string, OrgEntity>,
  table: OrganizationTable,
  inText: Set<OrganizationId>,
): OrgEntity | undefined {
  const defined = local.get(acronym);
  if (defined) return defined;
  for (const e of table.entities.values()) if (e.acronyms.has(acronym)) return e;
  const ids = ctx.gazetteer.acronyms.get(acronym);
  if (!ids) return undefined;
  const known = pickKnown(ctx.gazetteer, ids, inText);
  return known ? table.known(known) : undefined;
}

/** "HIT Museum", "HSE Faculty of Humanities": a unit whose name starts with its parent's acronym. */
function attachPrefixedUnits(ctx: DocumentContext, tokens: readonly Token[], claims: Claim[], table: OrganizationTable) {
  for (const prefix of [...claims]) {
    if (prefix.form !== "acronym") continue;
    const unit = claims.find((c) => c.from === prefix.to && c.form === "name" && c.entity.known === null && c.entity.parent === null);
    if (!unit || !joinable(tokens[unit.from] as Token)) continue;
    const head = tokens.slice(unit.from, unit.to).find((t) => UNIT_HEADS.has(t.norm));
    if (!head) continue;
    const surface = ctx.text.slice((tokens[prefix.from] as Token).start, (tokens[unit.to - 1] as Token).end);
    const entity = table.found({
      name: surface,
      kind: "unit",
      country: null,
      parent: prefix.entity,
      unitKind: UNIT_HEADS.get(head.norm) ?? "other",
    });
    entity.surfaces.add(ctx.text.slice((tokens[unit.from] as Token).start, (tokens[unit.to - 1] as Token).end));
    claims.splice(claims.indexOf(prefix), 1);
    claims.splice(claims.indexOf(unit), 1, { from: prefix.from, to: unit.to, entity, form: "name" });
  }
}

/** "Bauman", "Beihang": the distinctive first word of a university named in full elsewhere in the text. */
function claimShortNames(tokens: readonly Token[], claims: Claim[], table: OrganizationTable) {
  const firstWords = new Map<string, OrgEntity | null>();
  for (const e of table.entities.values()) {
    if (e.parent || (e.kind !== "university" && e.kind !== "institute")) continue;
    const word = normalizeName(e.name).split(" ")[0];
    if (!word || word.length < 4 || countryFromName(word) !== null && !e.known) continue;
    firstWords.set(word, firstWords.has(word) ? null : e);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capitalized || t.acronymLike || claims.some((c) => c.from <= i && i < c.to)) continue;
    const next = tokens[i + 1];
    if (next?.capitalized && joinable(next)) continue;
    const prev = tokens[i - 1];
    if (prev?.capitalized && joinable(t)) continue;
    const entity = firstWords.get(t.norm);
    if (entity && entity.mentions.length + claims.filter((c) => c.entity === entity).length > 0) {
      if (GENERIC_WORDS.has(t.norm) || countryFromName(t.text) !== null && !["bauman", "lomonosov"].includes(t.norm)) continue;
      claims.push({ from: i, to: i + 1, entity, form: "short" });
    }
  }
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
    if (e.country) continue;
    const own = countryFromName(e.name) ?? [...e.surfaces].map(countryFromName).find((c) => c !== null) ?? null;
    e.country = own ?? e.parent?.country ?? null;
    if (!e.country && e.kind === "government" && fallback) {
      e.country = fallback;
      const country = COUNTRY_NAMES[fallback];
      if (country && !/\bof\b.*\b(China|Russia)\b/.test(e.name)) {
        e.surfaces.add(e.name);
        table.rename(e, `${e.name} of ${country}`);
      }
    }
  }
}
