import { romanizeCyrillic } from "@accord/domain";
import { pinyinOfPalladius } from "../text/palladius.ts";
import type { Token } from "../text/tokenize.ts";
import { countryFromName } from "./country-clues.ts";
import type { DocumentContext } from "./document-context.ts";
import { findHanPeople } from "./find-han-people.ts";
import { ORG_HEADS, SENTENCE_STARTERS } from "./lexicon.ts";
import { BYLINE, CHINESE_SURNAMES, GIVEN_NAMES, HONORIFICS, ROLE_WORDS } from "./name-lexicon.ts";
import { type OrganizationTable, type OrgEntity, type OrgMention, rootOf } from "./organization-table.ts";
import { englishRussianRole } from "./role-names.ts";
import { isRussianGivenName, russianNameInNominative } from "./russian-name-case.ts";

/** A person as one document names them. */
export interface PersonMention {
  /** Latin script, as an English brief prints it. */
  name: string;
  aliases: string[];
  role: string | null;
  organization: OrgEntity | null;
  sentence: number;
  start: number;
  end: number;
}

const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)(?:r)?)+$/;
const MONTHS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

const isInitial = (t: Token) => /^(\p{Lu}\.?){1,3}$/u.test(t.text) || /^\p{Lu}\.\p{Lu}{1,2}\.?$/u.test(t.text);
const isPinyin = (w: string) => PINYIN.test(w.toLowerCase().replace(/-/g, ""));

const DIPLOMAT = /\b(consul|ambassador|attach[eé])\b/i;

/** Finds the people a document names, with the role and organization the text gives them. */
export function findPeople(ctx: DocumentContext, orgs: OrganizationTable): PersonMention[] {
  const people: PersonMention[] = [];
  ctx.tokens.forEach((tokens, si) => {
    const sentence = ctx.sentences[si];
    if (!sentence || BYLINE.test(sentence.text)) return;
    const orgAt = (t: Token | undefined) => (t ? orgs.mentionAt(t.start) : undefined);
    for (let i = datelineLength(tokens); i < tokens.length; i++) {
      const run = nameRunAt(tokens, i, orgAt);
      if (run === 0) continue;
      // "University named after M. V. Lomonosov": an eponym, not a participant.
      const before2 = `${tokens[i - 2]?.norm ?? ""} ${tokens[i - 1]?.norm ?? ""}`;
      if (before2.endsWith("named after") || /(^| )(имени|им)$/.test(before2)) {
        i += run - 1;
        continue;
      }
      const words = tokens.slice(i, i + run);
      const before = roleBefore(tokens, i, orgAt);
      const after = roleAfter(ctx, tokens, i + run, orgAt);
      const shape = nameShape(words);
      const hasRole = before !== null || after !== null;
      // Not a name here; a shorter run from the next word may be ("… International Relations Victoria Panova").
      // After "… for International Relations" only a name of a clear shape: "Relations Victoria Panova" is not one.
      if (shape === "none" || (shape === "weak" && (!hasRole || (before?.scoped && after === null)))) continue;
      // Initials alone ("K. Yu.") are the start of a name the run did not reach, not a name.
      if (words.every(isInitial)) continue;
      // "Rector's Cooperation Dialogue", "China-Kazakhstan": a meeting's or countries' words are no one's name.
      if (words.some((w) => NOT_NAME_WORDS.has(w.norm)) || words.every((w) => countryFromName(w.text) !== null)) {
        i += run - 1;
        continue;
      }
      const first = words[0] as Token;
      const last = words[words.length - 1] as Token;
      const surface = ctx.text.slice(first.start, last.end);
      const name = displayName(words);
      const said = after?.role ?? before?.role ?? null;
      // "Zhang Pingwen, president of Wuhan University": a role is printed with its capital.
      const role = said && /^\p{Ll}/u.test(said) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
      let organization = after?.org ?? before?.org ?? null;
      // "Professor Zhang Yong from Lanzhou University", "Mikhail Varfolomeev of KFU".
      if (!organization) {
        const link = /^\s+(from|of|at)\s+(the\s+)?/.exec(ctx.text.slice(last.end, last.end + 12));
        const at = last.end + (link?.[0].length ?? 0);
        // "Alexander Gromov of NUST MISIS": a capitalized word the mention does not cover may come first.
        const lead = link ? (/^(\p{Lu}[\p{L}.]*\s+)?/u.exec(ctx.text.slice(at, at + 16))?.[0].length ?? 0) : 0;
        const m = link ? (orgs.mentionAt(at) ?? (lead > 0 ? orgs.mentionAt(at + lead) : undefined)) : undefined;
        if (m && (m.start === at || m.start === at + lead)) organization = rootOf(m.entity);
      }
      // "NSU Rector Mikhail Fedoruk and Vice-Rector for International Affairs Alexander Dudarev": a role joined by
      // "and" to the person before, with no organization of its own, is at that person's.
      const previous = people[people.length - 1];
      if (role && !organization && previous?.sentence === si && previous.organization && previous.role) {
        const between = ctx.text.slice(previous.end, first.start);
        if (
          /^\s*(,\s*)?and\s/.test(between) &&
          !/[;:()]/.test(between) &&
          !orgs.mentions.some((m) => m.start >= previous.end && m.end <= first.start)
        )
          organization = previous.organization;
      }
      people.push({
        name,
        aliases: name === surface ? [] : [surface],
        role,
        organization,
        sentence: si,
        start: first.start,
        end: last.end,
      });
      i += run - 1;
    }
  });
  // Credit lines ("Фото: …", "摄影：…") name no participant, in whichever script the name is written.
  const credited = (p: PersonMention) => BYLINE.test(ctx.sentences[p.sentence]?.text ?? "");
  if (ctx.language === "ru") people.push(...findRussianPeople(ctx, orgs).filter((p) => !credited(p)));
  people.push(...findHanPeople(ctx, orgs).filter((p) => !credited(p)));
  ownStaff(ctx, orgs, people);
  nationalStaff(ctx, orgs, people);
  // A consul or an ambassador is of a government, not of the university named before the role.
  for (const p of people)
    if (p.role && DIPLOMAT.test(p.role) && p.organization && rootOf(p.organization).kind !== "government")
      p.organization = null;
  return mergeMentions(people);
}

/**
 * On a university's own site a person with a role and no organization named ("Rector Nikita Anisimov said …" on
 * hse.ru) is the publisher's when the name is of its country: a Russian given name for a Russian publisher, a
 * Chinese surname first for a Chinese one.
 */
const UNIVERSITY_ROLE = /rector|president|dean|professor|secretary|chair|director|head|provost|academician/i;
const OFFICIAL_ROLE =
  /minister|mayor|governor|ambassador|consul|deputy(?!\s+(head|director|dean|rector|president|chair))/i;

function ownStaff(ctx: DocumentContext, orgs: OrganizationTable, people: PersonMention[]): void {
  const country = ctx.publisher?.entry.country;
  const self = ctx.publisher ? orgs.entities.get(ctx.publisher.id) : undefined;
  if (!self || (country !== "RU" && country !== "CN")) return;
  for (const p of people) {
    if (p.organization || !p.role || !UNIVERSITY_ROLE.test(p.role) || OFFICIAL_ROLE.test(p.role)) continue;
    // "Russian President Vladimir Putin", "President of Russia …": a country's office, not the university's.
    if (countryFromName(p.role) !== null || countryOffice(ctx, orgs, p)) continue;
    const first = p.name.split(" ")[0]?.toLowerCase() ?? "";
    const ofCountry =
      country === "RU" ? GIVEN_NAMES.has(first) : CHINESE_SURNAMES.has(first) && !GIVEN_NAMES.has(first);
    if (ofCountry) p.organization = rootOf(self);
  }
}

// Endings of Russian surnames in Latin script: Kuznetsov, Volkova, Pavlovsky, Shevchenko.
const RUSSIAN_SURNAME = /(ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skii|skaya|tsky|tskaya|ko|uk|chuk|ich|vich)$/;

/** The country a person's name is of, as far as its shape tells: a Russian surname, a Chinese one in pinyin. */
function nationalityOf(name: string): "RU" | "CN" | null {
  const words = name
    .toLowerCase()
    .replace(/\./g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 1);
  const last = words[words.length - 1] ?? "";
  const first = words[0] ?? "";
  if (RUSSIAN_SURNAME.test(last) && !CHINESE_SURNAMES.has(first)) return "RU";
  if (words.length >= 2 && CHINESE_SURNAMES.has(first) && !GIVEN_NAMES.has(first) && words.slice(1).every(isPinyin))
    return "CN";
  return null;
}

/**
 * In a story of a Chinese and a Russian university, someone with a university role and no organization named
 * ("Vice President of Foreign Affairs Kuznetsov", "Rector A. A. Volkov") is of the one university of the country
 * the name is of, when the story names only one of that country.
 */
function nationalStaff(ctx: DocumentContext, orgs: OrganizationTable, people: PersonMention[]): void {
  // Universities first: an institute beside the one university of a country is most often one of its parts.
  const universities = new Map<string, Set<OrgEntity>>();
  const institutes = new Map<string, Set<OrgEntity>>();
  for (const m of orgs.mentions) {
    const root = rootOf(m.entity);
    const country = root.country ?? root.known?.entry.country ?? null;
    const into = root.kind === "university" ? universities : root.kind === "institute" ? institutes : undefined;
    if (!country || !into) continue;
    const set = into.get(country) ?? new Set<OrgEntity>();
    set.add(root);
    into.set(country, set);
  }
  for (const p of people) {
    if (p.organization || !p.role || !UNIVERSITY_ROLE.test(p.role) || OFFICIAL_ROLE.test(p.role)) continue;
    if (countryFromName(p.role) !== null || countryOffice(ctx, orgs, p)) continue;
    const country = nationalityOf(p.name);
    const candidates = country ? (universities.get(country) ?? institutes.get(country)) : undefined;
    if (candidates?.size === 1) p.organization = [...candidates][0] as OrgEntity;
  }
}

/** "Russian President Vladimir Putin": a country's word just before the role. */
function countryOffice(ctx: DocumentContext, orgs: OrganizationTable, p: PersonMention): boolean {
  const lead = /(\S+)\s+(\S+\s+)?$/.exec(ctx.text.slice(Math.max(0, p.start - 60), p.start));
  const word = lead?.[1];
  if (!lead || !word) return false;
  const at = p.start - lead[0].length;
  return !orgs.covers(at, at + word.length) && countryFromName(word) !== null;
}

/** A wire story's dateline ("NEW DELHI, Nov 3 (PTI) -", "MOSCOW —"): a place in capitals, not a name. */
function datelineLength(tokens: readonly Token[]): number {
  let n = 0;
  while (n < tokens.length && n < 4 && (tokens[n] as Token).letterRun >= 2 && (tokens[n] as Token).upper) n++;
  const after = tokens[n];
  return n > 0 && after && /^[,(–—-]/.test(after.gap) ? n : 0;
}

/** How many tokens from `i` could be a person's name (0 if none). */
function nameRunAt(tokens: readonly Token[], i: number, orgAt: (t: Token | undefined) => unknown): number {
  let n = 0;
  while (i + n < tokens.length && n < 4) {
    const t = tokens[i + n] as Token;
    if (!t.capitalized || /\d/.test(t.text) || orgAt(t) || ORG_HEADS.has(t.norm) || MONTHS.has(t.norm)) break;
    // "Irina A. Balova": a middle initial is no article, whatever word its letter makes.
    const initial = n > 0 && /^\p{Lu}$/u.test(t.text) && tokens[i + n + 1]?.gap === ".";
    if (
      !initial &&
      (ROLE_WORDS.has(t.norm) || HONORIFICS.has(t.norm) || (SENTENCE_STARTERS.has(t.norm) && !GIVEN_NAMES.has(t.norm)))
    )
      break;
    if (hasCyrillicOrHan(t.text)) break;
    if (n > 0) {
      const prev = tokens[i + n - 1] as Token;
      const okGap = t.gap === "" || t.gap === "-" || (t.gap === "." && isInitial(prev));
      if (!okGap) break;
    }
    n++;
    if (t.possessive) break;
  }
  return n;
}

// Words of meetings and of what is done at them, never of a person's name.
const NOT_NAME_WORDS = new Set(
  "forum dialogue conference summit festival olympiad congress expo symposium cooperation partnership exchange".split(
    " ",
  ),
);

const CYRILLIC_OR_HAN = /[\u0400-\u04ff\p{Script=Han}]/u;

/** Whether a word has Cyrillic or Chinese letters; most are written below U+0400 and need no regex. */
function hasCyrillicOrHan(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x400) return CYRILLIC_OR_HAN.test(word);
  return false;
}

/** "strong": looks like a name by itself; "weak": only with a role beside it; "none": not a name. */
function nameShape(words: readonly Token[]): "strong" | "weak" | "none" {
  const norms = words.map((w) => w.norm);
  const texts = words.map((w) => w.text);
  if (words.length === 1) return (texts[0] ?? "").length >= 3 ? "weak" : "none";
  if (words.slice(0, -1).every(isInitial) && !isInitial(words[words.length - 1] as Token)) return "strong";
  const [a, b, c] = norms;
  if (a && GIVEN_NAMES.has(a)) return "strong";
  if (words.length <= 3 && a && CHINESE_SURNAMES.has(a) && [b, c].every((w) => w === undefined || isPinyin(w)))
    return "strong";
  if (words.length === 2 && a && b && CHINESE_SURNAMES.has(b) && isPinyin(a) && a.length >= 4) return "weak";
  if (words.some(isInitial) || words.length <= 3) return "weak";
  return "none";
}

/** The name as an English text prints it: capitals folded ("VASILIEV" → "Vasiliev"), initials kept. */
function displayName(words: readonly Token[]): string {
  return words
    .map((w) => (isInitial(w) ? (w.text.endsWith(".") ? w.text : `${w.text}.`) : fixCase(w.text)))
    .join(" ")
    .replace(/\.\s+(?=\p{Lu}\.)/gu, ". ");
}

function fixCase(word: string): string {
  if (word.length > 2 && word === word.toUpperCase()) return word[0] + word.slice(1).toLowerCase();
  return word;
}

interface RoleClue {
  role: string | null;
  org: OrgEntity | null;
  /** The role ends in what it is for ("… for International Relations"), which may run into the name. */
  scoped?: boolean;
}

/** "Rector Yu Jihong", "Prof. Han", "Tsinghua University Rector Li Luming", "HSE rector". */
function roleBefore(
  tokens: readonly Token[],
  i: number,
  orgAt: (t: Token | undefined) => OrgMention | undefined,
): RoleClue | null {
  let j = i - 1;
  const role: string[] = [];
  // "Deputy Chairman of the State Duma Zheleznyak": the role names its organization before the name.
  const owner = orgAt(tokens[j]);
  // "The rector of Kazan Federal University, Lenar Safin, …": a role of an organization, then the name set off by commas.
  if (owner && (tokens[i] as Token).gap === ",") {
    let k = j;
    while (k >= 0 && orgAt(tokens[k]) === owner) k--;
    if (tokens[k]?.norm === "the") k--;
    if (tokens[k]?.norm !== "of") return null;
    let r = k - 1;
    const words: string[] = [];
    while (r >= 0 && ROLE_WORDS.has((tokens[r] as Token).norm)) words.unshift((tokens[r--] as Token).text);
    return words.length > 0 ? { role: words.join(" "), org: rootOf(owner.entity) } : null;
  }
  if (owner && !/[,;:]/.test((tokens[i] as Token).gap)) {
    while (j >= 0 && orgAt(tokens[j]) === owner) j--;
    const ownerStart = j + 1;
    while (j >= 0 && ((tokens[j] as Token).norm === "the" || (tokens[j] as Token).norm === "of")) j--;
    // "the Secretary of Party Committee of BIT Guo Dacheng": a body of the organization between role and name.
    let body = j;
    while (body > 0 && body > j - 4 && BODY_WORDS.has((tokens[body] as Token).norm)) body--;
    const throughBody =
      body < j && (tokens[body] as Token).norm === "of" && ROLE_WORDS.has(tokens[body - 1]?.norm ?? "");
    const roleEnd = throughBody ? body - 1 : j;
    const before = tokens[roleEnd];
    if (!before || !ROLE_WORDS.has(before.norm)) return null;
    let k = roleEnd;
    while (k > 0 && ROLE_WORDS.has((tokens[k - 1] as Token).norm)) k--;
    const words = tokens.slice(k, throughBody ? ownerStart : roleEnd + 1).map((t) => t.text);
    return { role: words.join(" ").replace(/\s+of(\s+the)?$/i, ""), org: rootOf(owner.entity) };
  }
  // "FEFU Vice-President for International Relations Victoria Panova": what the role is for, between it and the name.
  const scope = roleScopeBefore(tokens, j);
  if (scope > 0) j = scope - 1;
  while (j >= 0) {
    const t = tokens[j] as Token;
    // "Board Member and Vice President Chao Qiuling": two roles joined by "and" are one.
    const joined = t.norm === "and" && role.length > 0 && ROLE_WORDS.has(tokens[j - 1]?.norm ?? "");
    if (!(ROLE_WORDS.has(t.norm) || HONORIFICS.has(t.norm) || joined)) break;
    role.unshift(t.text);
    if (tokens[j + 1] && /[,;:]/.test((tokens[j + 1] as Token).gap)) break;
    j--;
  }
  if (role.length === 0) return null;
  if (scope > 0) role.push(...tokens.slice(scope, i).map((t) => t.text));
  const org = orgAt(tokens[j]) ?? leaderOf(tokens, j, orgAt);
  const roleText = role.filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, ""))).join(" ");
  return { role: roleText || null, org: org ? rootOf(org.entity) : null, scoped: scope > 0 };
}

const LED = new Set(["led", "headed", "chaired"]);
// Bodies of an organization a role can be of: "Secretary of the Party Committee of BIT".
const BODY_WORDS = new Set(["party", "committee", "cpc", "communist", "council", "board", "senate", "the"]);

/**
 * "A delegation from Dalian University of Foreign Languages, led by Rector Liu Hong": the organization named nearest
 * before "led by", in the same clause.
 */
function leaderOf(
  tokens: readonly Token[],
  by: number,
  orgAt: (t: Token | undefined) => OrgMention | undefined,
): OrgMention | undefined {
  if (tokens[by]?.norm !== "by" || !LED.has(tokens[by - 1]?.norm ?? "")) return undefined;
  for (let k = by - 2; k >= 0; k--) {
    const m = orgAt(tokens[k]);
    if (m) return m;
    if (/[;:]/.test((tokens[k] as Token).gap)) return undefined;
  }
  return undefined;
}

/**
 * Where "for International Relations" starts when it ends at `last` and follows a role word ("Vice-President for
 * International Relations"): capitalized words, unbroken by punctuation, after "for"; -1 when there is none.
 */
function roleScopeBefore(tokens: readonly Token[], last: number): number {
  let k = last;
  while (k >= 0 && k > last - 4) {
    const t = tokens[k] as Token;
    if (!t.capitalized || ROLE_WORDS.has(t.norm) || /[,;:()]/.test((tokens[k + 1] as Token).gap)) break;
    k--;
  }
  const word = tokens[k];
  if (k === last || !word || word.norm !== "for" || /[,;:()]/.test((tokens[k + 1] as Token).gap)) return -1;
  return ROLE_WORDS.has(tokens[k - 1]?.norm ?? "") ? k : -1;
}

/** A given name and a capitalized word at `at`: a person's name begins there. */
const startsName = (tokens: readonly Token[], at: number) =>
  GIVEN_NAMES.has((tokens[at] as Token).norm) && tokens[at + 1]?.capitalized === true;

// Words that may go on a role past its organization: "Director of the Institute of Physics of the Academy".
const ROLE_LINKS = new Set(["of", "the", "and", "for", "in", "at", "'s"]);

/** "…, Dean of SPbU's Faculty of Chemistry", "…, president of HUST", "…, vice president of our university". */
function roleAfter(
  ctx: DocumentContext,
  tokens: readonly Token[],
  at: number,
  orgAt: (t: Token | undefined) => OrgMention | undefined,
): RoleClue | null {
  const first = tokens[at];
  if (!first || !/^[,(–—-]$/.test(first.gap)) return null;
  let k = at;
  if (first.norm === "the" || first.norm === "a") k++;
  const lead = tokens[k];
  if (!lead) return null;
  const isRole = (t: Token) => ROLE_WORDS.has(t.norm) || ROLE_WORDS.has(t.norm.replace(/-.*/, ""));
  if (!isRole(lead)) {
    // "Name, ORG role": the organization comes first.
    const m = orgAt(lead);
    if (!m) return null;
    const afterOrg = tokens.findIndex((t) => t.start >= m.end);
    if (afterOrg < 0 || !isRole(tokens[afterOrg] as Token)) return null;
  }
  let end = k;
  let org: OrgEntity | null = null;
  while (end < tokens.length) {
    const t = tokens[end] as Token;
    if (end > k && /[,;:()]/.test(t.gap)) break;
    if (end > k && t.norm === "and" && tokens[end + 1]?.capitalized && !orgAt(tokens[end + 1])) break;
    // "Mayor Xu Qin, Vice-rector of MSU Professor S. Shakhrai", "…, FEFU Vice-President Victoria Panova": the role
    // is the next person's, said before the name.
    const m = orgAt(t);
    if (end > k && !m && (HONORIFICS.has(t.norm) || startsName(tokens, end))) return null;
    // Past its organization a role ends at a word of what the person did: "…, rector of MSU, jointly signed".
    if (!m && org && !t.capitalized && !ROLE_LINKS.has(t.norm)) break;
    if (m && !org) org = rootOf(m.entity);
    end++;
  }
  const last = tokens[end - 1] as Token;
  const roleText = roleWithout(ctx, (tokens[k] as Token).start, last.end, orgAt, tokens.slice(k, end));
  // "Devang V. Khakhar, director, IIT Bombay": the organization set off by a comma after the role.
  const next = tokens[end];
  const beyond = next && next.gap === "," ? orgAt(next) : undefined;
  if (!org && beyond) org = rootOf(beyond.entity);
  return { role: roleText, org };
}

/**
 * The role in text[start, end) without the organization it names, which is the person's organization already:
 * "Vice President of Peking University" is "Vice President", "Dean of SPbU's Faculty of Chemistry" is "Dean of the
 * Faculty of Chemistry", "HIT Vice President" is "Vice President". A role naming a unit keeps it.
 */
function roleWithout(
  ctx: DocumentContext,
  start: number,
  end: number,
  orgAt: (t: Token | undefined) => OrgMention | undefined,
  words: readonly Token[],
): string {
  const whole = ctx.text.slice(start, end).replace(/\s+/g, " ");
  const m = words.map((t) => orgAt(t)).find((x) => x !== undefined && x.start >= start && x.end <= end);
  // A unit named in the role ("Director of the Department of Chemistry") says more than its university: kept.
  if (!m || m.entity.parent) return whole;
  const before = ctx.text.slice(start, m.start).replace(/\s+/g, " ");
  let after = ctx.text.slice(m.end, end).replace(/\s+/g, " ");
  const possessive = /^['’]s\s+/.exec(after);
  if (possessive) after = after.slice(possessive[0].length);
  const role =
    before.trim() === ""
      ? after
      : possessive && after.trim() !== ""
        ? `${before.trimEnd()} the ${after}`
        : `${before.replace(/\s+(of|at|from|in)(\s+the)?\s*$/i, "").trimEnd()} ${after}`;
  // "chairman of Bauman State Technical University in Moscow": where the organization is goes with it.
  const trimmed = role
    .replace(/\s+in\s+\p{Lu}\p{L}*(\s+\p{Lu}\p{L}*)*\s*$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  return trimmed === "" ? whole : trimmed;
}

/** People named in Russian text: a given name from the list, then a surname. */
function findRussianPeople(ctx: DocumentContext, orgs: OrganizationTable): PersonMention[] {
  const out: PersonMention[] = [];
  ctx.tokens.forEach((tokens, si) => {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const given = tokens[i] as Token;
      // "ректором Анатолием Александровичем Батаевым": a patronymic between the given name and the surname.
      const after = tokens[i + 2];
      const middle =
        after?.capitalized && after.gap === "" && PATRONYMIC.test((tokens[i + 1] as Token).text)
          ? (tokens[i + 1] as Token)
          : null;
      const surname = tokens[middle ? i + 2 : i + 1] as Token;
      // "проректор Иванов И. И.": a surname and its initials after a role, printed "I. I. Ivanov".
      if (!middle && surname.gap === "" && CYRILLIC_INITIAL.test(surname.text) && ctx.text[surname.end] === ".") {
        const initials = [surname];
        const next = tokens[i + 2];
        if (next && CYRILLIC_INITIAL.test(next.text) && next.gap === "." && ctx.text[next.end] === ".")
          initials.push(next);
        if (
          given.capitalized &&
          /^[\u0400-\u04ff-]{2,}$/.test(given.text) &&
          !orgs.mentionAt(given.start) &&
          afterRussianRole(tokens, i, orgs)
        ) {
          const written = `${given.text} ${initials.map((t) => `${t.text}.`).join(" ")}`;
          const last = initials[initials.length - 1] as Token;
          const before = lastMentionBefore(orgs, si, given.start);
          out.push({
            name: `${initials.map((t) => `${romanizeCyrillic(t.text)}.`).join(" ")} ${romanizeCyrillic(given.text)}`,
            aliases: [written],
            role: russianRole(tokens, i, orgs),
            organization: before ? rootOf(before.entity) : null,
            sentence: si,
            start: given.start,
            end: last.end,
          });
        }
        i += initials.length;
        continue;
      }
      if (!given.capitalized || !surname.capitalized || surname.gap !== "" || middle?.gap) continue;
      if (!/^[\u0400-\u04ff-]+$/.test(given.text) || !/^[\u0400-\u04ff-]+$/.test(surname.text)) continue;
      if (orgs.mentionAt(given.start) || orgs.mentionAt(surname.start)) continue;
      // "ректор БГУ Андрей Король": an acronym is the organization, and "в Республике Беларусь" a place.
      const givenLower = given.text.toLowerCase();
      // "во главе с Чжаном Вэем": a Chinese surname in a case can end like an adjective.
      const chinese = middle ? undefined : chineseInCyrillic(given.text, surname.text);
      // A listed given name in a case can end like an adjective too ("с Ириной Ивановой").
      const listed = isRussianGivenName(given.text);
      if (
        given.acronymLike ||
        surname.acronymLike ||
        NOT_GIVEN_RU.test(givenLower) ||
        (chinese === undefined && !listed && ADJECTIVE_RU.test(givenLower))
      )
        continue;
      // "провинции Ганьсу Чжан Шэнчжэнь": a place before a Chinese name is not its first half.
      const third = tokens[i + 2];
      if (
        !middle &&
        third?.capitalized &&
        third.gap === "" &&
        chineseInCyrillic(surname.text, third.text) !== undefined
      )
        continue;
      // "генеральный консул России в Ухане Павел Шаманин": a word after "в" or "на" is a place, not a given name.
      const previous = tokens[i - 1];
      if (!listed && previous && /^(в|во|на)$/i.test(previous.text)) continue;
      // A listed given name, or any two capitalized words right after a role ("ректор КФУ Ленар Сафин").
      if (!listed && !afterRussianRole(tokens, i, orgs) && chinese === undefined) continue;
      const original = middle ? `${given.text} ${middle.text} ${surname.text}` : `${given.text} ${surname.text}`;
      // "встреча с Еленой Ивановой": the name is printed in the nominative, the text's form kept as an alias.
      const nominative =
        chinese?.nominative ?? russianNameInNominative(given.text, surname.text) ?? `${given.text} ${surname.text}`;
      const nearest = lastMentionBefore(orgs, si, given.start);
      let org: OrgEntity | null = nearest ? rootOf(nearest.entity) : null;
      const role = russianRole(tokens, i, orgs);
      // "декан Пекинского университета иностранных языков Иван Петров": a role of the organization right before
      // the name says whose the person is, whatever the name's country.
      const named = role !== null && nearest !== undefined && /^\s+$/.test(ctx.text.slice(nearest.end, given.start));
      // "ректор китайского вуза Го Хуэйшэн": the organization of that country the text names most.
      const side = countrySideBefore(tokens, i);
      if (side) org = mostNamedOf(orgs, side) ?? org;
      // "Со стороны УрГЭУ документ подписал ректор …, с китайской стороны — президент университета Юй Цзянбо": a
      // Chinese name (or a Russian given name) beside an organization of the other country is of the one
      // university of its own country the story names most.
      const own = chinese !== undefined ? "CN" : listed ? "RU" : null;
      const orgCountry = org ? (org.country ?? org.known?.entry.country ?? null) : null;
      if (!side && !named && own && orgCountry && orgCountry !== own) org = mainUniversityOf(orgs, own) ?? org;
      out.push({
        name: chinese?.name ?? romanizeCyrillic(nominative),
        aliases: nominative === original ? [original] : [original, nominative],
        role,
        organization: org,
        sentence: si,
        start: given.start,
        end: surname.end,
      });
      i += middle ? 2 : 1;
    }
  });
  return out;
}

/** The organization named last (as the table holds its mentions) before `at` in the sentence. */
function lastMentionBefore(orgs: OrganizationTable, sentence: number, at: number): OrgMention | undefined {
  let last: OrgMention | undefined;
  for (const m of orgs.mentions) if (m.sentence === sentence && m.end <= at) last = m;
  return last;
}

// One capital Cyrillic letter: an initial ("И." of "Иванов И. И.").
const CYRILLIC_INITIAL = /^[\u0410-\u042f\u0401]$/;
// A patronymic in any case: "Александрович", "Александровичем", "Ивановна", "Ивановной".
const PATRONYMIC = /^\p{Lu}\p{Ll}+(ович|евич|ич|овн|евн|ичн|иничн)(а|у|ем|ом|е|ой|ы|ою)?$/u;

// Russian declines a Chinese name like its own words: "с Ли Вэем", "Ван Ипина", "Чжан Пинвэню".
const CASE_ENDINGS: readonly [string, string][] = [
  ["ем", "й"],
  ["ем", "ь"],
  ["ом", ""],
  ["ем", ""],
  ["ым", ""],
  ["я", "й"],
  ["я", "ь"],
  ["ю", "й"],
  ["ю", "ь"],
  ["е", "й"],
  ["е", "ь"],
  ["а", ""],
  ["у", ""],
  ["е", ""],
];

/** The pinyin of a Palladius word in the nominative or in one of the cases Russian puts it in. */
function palladiusInAnyCase(word: string): { pinyin: string; nominative: string } | undefined {
  const as = pinyinOfPalladius(word);
  if (as) return { pinyin: as, nominative: word };
  const lower = word.toLowerCase();
  for (const [ending, nominative] of CASE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const found = pinyinOfPalladius(lower.slice(0, -ending.length) + nominative);
    if (found) return { pinyin: found, nominative: word.slice(0, word.length - ending.length) + nominative };
  }
  return undefined;
}

/**
 * "Чжан Пинвэнь" is a Chinese name in the Palladius system: pinyin, surname first ("Zhang Pingwen"), and the name in
 * the nominative ("с Ли Мином" is Ли Мин).
 */
function chineseInCyrillic(first: string, second: string): { name: string; nominative: string } | undefined {
  const surname = palladiusInAnyCase(first);
  const given = palladiusInAnyCase(second);
  if (!surname || !given || !CHINESE_SURNAMES.has(surname.pinyin)) return undefined;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return {
    name: `${cap(surname.pinyin)} ${cap(given.pinyin)}`,
    nominative: `${surname.nominative} ${given.nominative}`,
  };
}

// Words a Russian place or body begins with, never a given name.
// An adjective ("Китайской Народной"), which a given name never is.
const ADJECTIVE_RU = /(ск|цк|н)(ой|ого|ому|им|ом|ая|ую|ий|ый|ое|ые|ых)$/;
const NOT_GIVEN_RU = /^(республик|федерац|провинц|област|кра[йяюе]|округ|автономн|народн|государств|город|министерств)/;

const RUSSIAN_ROLE =
  /^(ректор|проректор|президент|вице|директор|декан|заведующ|председател|министр|замминистр|посол(?!ьств)|губернатор|глав|руководител|профессор|заместител|академик|мэр|консул|советник|секретар)/;

function afterRussianRole(tokens: readonly Token[], i: number, orgs: OrganizationTable): boolean {
  return russianRoleBefore(tokens, i, orgs) !== null;
}

function russianRole(tokens: readonly Token[], i: number, orgs: OrganizationTable): string | null {
  const word = russianRoleBefore(tokens, i, orgs);
  return word === null ? null : englishRussianRole(word);
}

/** The role word a Russian name follows ("ректор ДВФУ Борис Коробец"), as written. */
function russianRoleBefore(tokens: readonly Token[], i: number, orgs: OrganizationTable): string | null {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const t = tokens[j] as Token;
    if (RUSSIAN_ROLE.test(t.text.toLowerCase())) {
      // "вице-президент" is written as two words joined by a hyphen.
      const before = tokens[j - 1];
      if (before && t.gap === "-" && /^вице$/i.test(before.text)) return `вице-${t.text.toLowerCase()}`;
      // "заместителя министра", "первого проректора": the word before says which.
      if (before && before.gap === "" && /^(заместител|перв)/i.test(before.text) && before !== t)
        return `${before.text.toLowerCase()} ${t.text.toLowerCase()}`;
      return t.text.toLowerCase();
    }
    if (/[.;:!?]/.test((tokens[j + 1] as Token).gap)) return null;
    // "Посол Беларуси в Китайской Народной Республике Кирилл Рудый": a country or a place is part of the role, as is
    // the unit of the organization the role is in ("директор Института востоковедения КФУ Рамиль Хайрутдинов").
    const lower = t.text.toLowerCase();
    if (
      t.capitalized &&
      !orgs.mentionAt(t.start) &&
      !t.acronymLike &&
      !PLACE_WORD.test(lower) &&
      !UNIT_HEAD.test(lower)
    )
      if (countryFromName(t.text) === null) return null;
  }
  return null;
}

// The head nouns of a university's units, as a role names them before the university: "Института", "факультета".
const UNIT_HEAD = /^(институт|факультет|кафедр|школ|высш|центр|лаборатори|отделени|департамент|управлени|колледж)/;

/** The country of "китайского вуза", "индийского института" just before a name, if the words are there. */
function countrySideBefore(tokens: readonly Token[], i: number): string | null {
  const a = tokens[i - 2]?.text.toLowerCase() ?? "";
  const b = tokens[i - 1]?.text.toLowerCase() ?? "";
  if (
    !/^(вуз|университет|институт|академи|сторон|партн[её]р)/.test(b) ||
    !/(ск|цк)(ий|ого|ому|им|ом|ой|ая|ую)$/.test(a)
  )
    return null;
  return countryFromName(a);
}

/** The top organization of a country with the most mentions in the document. */
/** The university of a country the text names most (the first named of those named as often). */
function mainUniversityOf(orgs: OrganizationTable, country: string): OrgEntity | null {
  const counts = new Map<OrgEntity, number>();
  for (const m of [...orgs.mentions].sort((a, b) => a.start - b.start)) {
    const root = rootOf(m.entity);
    if (root.kind === "university" && (root.country ?? root.known?.entry.country) === country)
      counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best: OrgEntity | null = null;
  for (const [e, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = e;
  return best;
}

function mostNamedOf(orgs: OrganizationTable, country: string): OrgEntity | null {
  const counts = new Map<OrgEntity, number>();
  for (const m of orgs.mentions) {
    const root = rootOf(m.entity);
    if (root.country === country || root.known?.entry.country === country)
      counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best: OrgEntity | null = null;
  for (const [e, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = e;
  return best;
}

const PLACE_WORD = /^(республик|федерац|народн|китайск|российск|провинц|област|кра[йяюе]$)/;

/** One entry per person: later mentions by surname alone join the full name; roles and organizations fill in. */
function mergeMentions(mentions: PersonMention[]): PersonMention[] {
  const people: PersonMention[] = [];
  // A name's words are compared many times: split once per name.
  const split = new Map<string, string[]>();
  const words = (p: PersonMention) => {
    let w = split.get(p.name);
    if (!w) {
      w = p.name
        .toLowerCase()
        .replace(/\./g, "")
        .split(/[\s-]+/)
        .filter((x) => x.length > 1);
      split.set(p.name, w);
    }
    return w;
  };
  for (const m of mentions) {
    const mw = words(m);
    const same = people.find((p) => {
      const pw = words(p);
      const [short, long] = mw.length <= pw.length ? [mw, pw] : [pw, mw];
      return short.length > 0 && short.every((w) => long.includes(w));
    });
    if (!same) {
      people.push({ ...m, aliases: [...m.aliases] });
      continue;
    }
    if (mw.length > words(same).length) {
      same.aliases.push(same.name);
      same.name = m.name;
    } else if (m.name !== same.name) same.aliases.push(m.name);
    same.aliases.push(...m.aliases);
    same.role ??= m.role;
    same.organization ??= m.organization;
  }
  for (const p of people) p.aliases = [...new Set(p.aliases)].filter((a) => a !== p.name);
  return people;
}
