import type { OrganizationKind } from "@accord/domain";
import { pinyinOfPalladius } from "../text/palladius.ts";
import type { Token } from "../text/tokenize.ts";
import { countryFromName } from "./country-clues.ts";
import type { DocumentContext } from "./document-context.ts";
import { CHINESE_SURNAMES } from "./name-lexicon.ts";
import type { OrganizationTable, OrgEntity, OrgMention } from "./organization-table.ts";
import { resolvePhrase } from "./resolve-phrase.ts";

// Stems (as `normalizeWord` cuts them) of the nouns that head Russian organization names.
const HEADS: ReadonlyMap<string, OrganizationKind> = new Map([
  ["университет", "university"],
  ["институт", "institute"],
  ["академ", "academy"],
  ["ассоциац", "association"],
  ["министерств", "government"],
  ["союз", "association"],
  ["консорциум", "association"],
  ["альянс", "association"],
  ["правительств", "government"],
  ["посольств", "government"],
  ["консульств", "government"],
  ["фонд", "other"],
  ["корпорац", "company"],
  ["компан", "company"],
  ["центр", "other"],
  ["колледж", "university"],
]);
// Genitive tails that belong to a name: "университет науки и технологий", "… экономики и финансов".
const TAIL =
  /^(наук|технолог|экономик|финанс|искусств|управлен|образован|культур|транспорт|связ|информатик|механик|оптик|медицин|сельск|хозяйств|строительств|архитектур|туризм|сервис|прав|прикладн|язык|исследован|развит|сотрудничеств|промышленност|энергетик|нефт|газ|путей|сообщен|иностранн|коммерц|торговл|бизнес|дизайн|спорт)/;
// The members an association's name gives: "университетов", "вузов", "ректоров".
const MEMBERS = /^(университет|вуз|ректор|институт|школ|колледж)/;
// Adjective stems as `normalizeWord` leaves them: "российск", "белорусско" (the neuter's -ое cut to -о), with an н
// after a consonant ("государственн", "национальн"), not a noun's after a vowel ("член" of "членом").
const ADJECTIVE = /((ск|цк|[^аеёиоуыэюя]н)о?|ов|ев|ин|ий|ый|ой)$/;

/**
 * Whether the word at `at` goes on a Chinese name in Russian after its head ("Чжэцзянский университет Гунсян",
 * "Шанхайский университет Цзяотун"): a transcribed word that is no surname and that no capitalized word follows, as
 * a given name follows the surname of a person ("Сычуаньского университета Ли Яньжун").
 */
export function transcribedNameWordAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const beyond = tokens[at + 1];
  if (!word?.capitalized || word.gap !== "" || word.acronymLike) return false;
  if (beyond?.capitalized && beyond.gap === "") return false;
  const pinyin = pinyinOfPalladius(word.text);
  return pinyin !== undefined && !CHINESE_SURNAMES.has(pinyin);
}

/** Whether the word at `at` is the first half of a compound adjective, joined to the next by a hyphen: "Северо-", "Российско-". */
function firstHalfAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  return word !== undefined && tokens[at + 1]?.gap === "-" && /[\u0400-\u04ff]о$/i.test(word.text);
}

/** Organizations in Russian text the gazetteer lacks: "Чунцинским университетом науки и технологий". */
export function findRussianOrganizations(ctx: DocumentContext, table: OrganizationTable): void {
  ctx.tokens.forEach((tokens, si) => {
    for (let h = 0; h < tokens.length; h++) {
      const head = tokens[h] as Token;
      const kind = headKind(head);
      if (!kind) continue;
      const existing = table.mentionAt(head.start);
      let from = h;
      // A listed name that starts with its head ("в Пекине Университет ИТМО") takes no word before it.
      const startsName = existing !== undefined && existing.start === head.start;
      while (!startsName && from > 0 && from > h - 4) {
        const left = tokens[from - 1] as Token;
        // Only spaces between the word and the name, or the hyphen of a compound ("Северо-Восточного").
        const half = firstHalfAt(tokens, from - 1);
        if (
          ((tokens[from] as Token).gap !== "" && !half) ||
          (table.mentionAt(left.start) !== existing && table.mentionAt(left.start))
        )
          break;
        if (!/[\u0400-\u04ff]/.test(left.text) || (!half && !ADJECTIVE.test(left.norm))) break;
        from--;
        if (left.capitalized && !firstHalfAt(tokens, from - 1)) break;
      }
      let to = h + 1;
      // An association names its members: "Ассоциация университетов России и Китая", "Союз ректоров России".
      const tail =
        kind === "association"
          ? (norm: string) => TAIL.test(norm) || MEMBERS.test(norm)
          : (norm: string) => TAIL.test(norm);
      while (to < tokens.length) {
        const t = tokens[to] as Token;
        if (t.gap !== "") break;
        // A proper noun in the genitive after a tail word: "Институт исследования Беларуси", "… России и Китая"; not
        // the first of a person's names, which another capitalized word follows ("… иностранных языков Ли Цзяньган").
        if (t.capitalized) {
          const beyond = tokens[to + 1];
          const personNext = beyond?.capitalized === true && beyond.gap === "" && !countryFromName(t.text);
          if (to > h + 1 && tail((tokens[to - 1] as Token).norm) && !personNext) {
            to++;
            const and = tokens[to];
            const other = tokens[to + 1];
            if (
              and?.norm === "и" &&
              and.gap === "" &&
              other?.capitalized &&
              other.gap === "" &&
              countryFromName(other.text)
            )
              to += 2;
          }
          break;
        }
        if (tail(t.norm)) {
          to++;
          continue;
        }
        if (t.norm === "и" && tokens[to + 1] && TAIL.test((tokens[to + 1] as Token).norm)) {
          to += 2;
          continue;
        }
        // An adjective before a tail word: "фонд естественных наук", "университет информационных технологий".
        const next = tokens[to + 1];
        if (ADJECTIVE.test(t.norm) && next && next.gap === "" && !next.capitalized && tail(next.norm)) {
          to += 2;
          continue;
        }
        break;
      }
      if (to === h + 1 && transcribedNameWordAt(tokens, to)) to++;
      // An embassy or ministry names its country after it: "Посольство КНР в Республике Беларусь".
      if (kind === "government") to = countryAfter(tokens, to);
      const words = tokens.slice(from, to);
      // A head alone ("Университеты") is a common noun, not a name.
      if (!words.some((w) => w.capitalized) || words.length === 1) {
        h = to - 1;
        continue;
      }
      const start = (tokens[from] as Token).start;
      const end = (tokens[to - 1] as Token).end;
      const covered = table.mentions.filter((m) => m.start < end && start < m.end);
      // A gazetteer name that goes on ("Ланьчжоуский университет экономики и финансов") is another organization.
      if (covered.length > 0 && covered.every((m) => m.start <= start && end <= m.end)) {
        h = to - 1;
        continue;
      }
      for (const m of covered) table.unmention(m);
      const surface = ctx.text.slice(start, end);
      const norms = words.map((w) => w.norm);
      const known = resolvePhrase(ctx.gazetteer, norms, new Set()) ?? resolveTranslated(ctx, words);
      // A short form of a name already found ("Чунцинским университетом" after "… университетом науки и технологий").
      const longer = [...table.entities.values()].find(
        (e) => !e.known && e.russianKey?.startsWith(norms.join(" ")) && e.russianKey !== norms.join(" "),
      );
      const entity = known
        ? table.known(known)
        : (longer ??
          table.found({
            name: nominativeName(ctx.text, words, h - from) ?? surface,
            kind,
            // A body "в <place>" is where that place is ("белорусское посольство в Пекине" is in China).
            country: kind === "government" ? countryFromName(surface.split(/\s+во?\s+/)[1] ?? "") : null,
            key: norms.join(" "),
          }));
      if (!known && !longer) entity.russianKey = norms.join(" ");
      table.mention(entity, { start, end, sentence: si }, ctx.text, "name");
      h = to - 1;
    }
  });
  adoptShortForms(ctx, table);
  mentionInitials(ctx, table);
}

// Words an acronym passes over, and a word after which the name is a person's ("имени Н. Э. Баумана").
const NOT_IN_INITIALS = new Set(["и", "в", "во", "по", "на", "при"]);
const EPONYM = /^(имени|им)$/i;

/** "БГУ" of "Белорусский государственный университет": the capitals of a name's words and hyphenated parts. */
function initialsOf(surface: string): string | undefined {
  let out = "";
  for (const word of surface.split(/\s+/)) {
    const bare = word.replace(/[.,«»"()]/g, "");
    if (EPONYM.test(bare)) break;
    if (NOT_IN_INITIALS.has(bare) || !/^[\u0400-\u04ff-]+$/.test(bare)) continue;
    for (const part of bare.split("-")) if (part) out += (part[0] as string).toUpperCase();
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * Acronyms a Russian text uses without defining them, for an organization it names in full ("Гомельский
 * государственный университет … ректор ГГУ"): the capitals of the name's words, when one organization has them.
 */
function mentionInitials(ctx: DocumentContext, table: OrganizationTable): void {
  const byInitials = new Map<string, OrgEntity | null>();
  for (const m of table.mentions) {
    if (m.form !== "name") continue;
    const initials = initialsOf(ctx.text.slice(m.start, m.end));
    if (!initials) continue;
    const seen = byInitials.get(initials);
    byInitials.set(initials, seen === undefined || seen === m.entity ? m.entity : null);
  }
  if (byInitials.size === 0) return;
  ctx.tokens.forEach((tokens, si) => {
    for (const t of tokens) {
      if (!t.acronymLike || t.text.length > 6 || !/^[\u0400-\u04ff]+$/.test(t.text)) continue;
      const entity = byInitials.get(t.text);
      if (!entity) continue;
      // "ВГУ" is listed for Voronezh; beside "Витебский государственный университет" in full, it is Vitebsk's.
      const claimed = table.mentionAt(t.start);
      if (claimed?.entity === entity) continue;
      if (claimed) {
        if (claimed.form !== "acronym" || claimed.entity.mentions.some((m) => m.form === "name")) continue;
        table.unmention(claimed);
      }
      table.mention(entity, { start: t.start, end: t.end, sentence: si }, ctx.text, "acronym");
    }
  });
}

/**
 * A short form of a Russian name written earlier in the same case ("Чунцинским университетом" after "Чунцинским
 * университетом науки и технологий") is that organization, even where the short form is another's name.
 */
function adoptShortForms(ctx: DocumentContext, table: OrganizationTable): void {
  const seen: { surface: string; mention: OrgMention }[] = [];
  for (const m of [...table.mentions].sort((a, b) => a.start - b.start)) {
    const surface = ctx.text.slice(m.start, m.end).toLowerCase();
    if (!CYRILLIC.test(surface)) continue;
    const longer = seen.find((x) => x.surface.startsWith(`${surface} `) && x.mention.entity !== m.entity);
    if (longer && m.form === "name") {
      table.unmention(m);
      table.mention(longer.mention.entity, m, ctx.text, "name");
    } else seen.push({ surface, mention: m });
  }
}

const CYRILLIC = /[\u0400-\u04ff]/;

// Russian words of Chinese university names, as the English names have them.
const ENGLISH: ReadonlyMap<string, string> = new Map([
  ["университет", "university"],
  ["институт", "institute"],
  ["академ", "academy"],
  ["государственн", "state"],
  ["политехническ", "polytechnic"],
  ["технологическ", "technology"],
  ["педагогическ", "normal"],
  ["нормальн", "normal"],
  ["медицинск", "medical"],
  ["сельскохозяйственн", "agricultural"],
  ["аграрн", "agricultural"],
  ["нефтян", "petroleum"],
  ["лесн", "forestry"],
  ["морск", "maritime"],
  ["финансов", "finance"],
  ["экономическ", "economics"],
  ["технич", "technology"],
  ["техническ", "technology"],
  ["научн", "science"],
  ["наук", "science"],
  ["технолог", "technology"],
  ["педагог", "normal"],
  ["народн", "people"],
  ["национальн", "national"],
  ["транспортн", "transportation"],
]);

/** "Цзилиньский университет" is "Jilin University": Palladius place names and a few words, read in English. */
function resolveTranslated(ctx: DocumentContext, words: readonly Token[]) {
  const english: string[] = [];
  for (const w of words) {
    if (w.norm === "и") continue;
    const word = [...ENGLISH].find(([stem]) => w.norm.startsWith(stem))?.[1];
    if (word) {
      english.push(word);
      continue;
    }
    const root = /^(.+?)(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$/u.exec(w.text.toLowerCase())?.[1];
    const pinyin = w.capitalized && root ? pinyinOfPalladius(root) : undefined;
    if (!pinyin) return undefined;
    english.push(pinyin);
  }
  return resolvePhrase(ctx.gazetteer, english, new Set());
}

// Countries as a government body's name gives them, in the genitive, and a place after "в".
const COUNTRY_WORDS =
  /^(кнр|рф|китая|россии|беларуси|казахстана|монголии|узбекистана|киргизии|таджикистана|вьетнама|индии|ирана)$/;
const STATE_WORDS = /^(республик|федерац|народн|китайск|российск|социалистическ)/;

/** Where a government body's name ends: past the country it belongs to and the place it is in. */
function countryAfter(tokens: readonly Token[], to: number): number {
  let end = to;
  const word = (k: number) => (tokens[k] as Token | undefined)?.text.toLowerCase() ?? "";
  const joined = (k: number) => (tokens[k] as Token | undefined)?.gap === "";
  // "КНР", "Российской Федерации", "Китайской Народной Республики", "Республики Беларусь".
  if (joined(end) && COUNTRY_WORDS.test(word(end))) end++;
  else {
    let k = end;
    while (k < end + 3 && joined(k) && STATE_WORDS.test(word(k)) && (tokens[k] as Token).capitalized) k++;
    if (k > end && word(k - 1).startsWith("республик") && joined(k) && (tokens[k] as Token | undefined)?.capitalized)
      k++;
    end = k;
  }
  // "в Москве", "в Республике Беларусь".
  if (joined(end) && /^(в|во)$/.test(word(end)) && (tokens[end + 1] as Token | undefined)?.capitalized) {
    let k = end + 1;
    while (k < end + 3 && joined(k) && (tokens[k] as Token).capitalized) k++;
    end = k;
  }
  return end;
}

// Head nouns by stem: their nominative and their gender, which the adjectives before them take.
const NOMINATIVE_HEADS: readonly [RegExp, string, "m" | "f" | "n"][] = [
  [/^(университет|институт|центр|колледж|фонд|союз|консорциум|альянс)(а|у|ом|е)?$/, "", "m"],
  [/^(академи|ассоциаци|корпораци|компани)(я|и|ю|ей)$/, "я", "f"],
  [/^(министерств|правительств|посольств|консульств)(о|а|у|ом|е)$/, "о", "n"],
];

/**
 * A name found in an oblique case, in the nominative: "Пекинского политехнического университета" is
 * "Пекинский политехнический университет". Words after the head ("… науки и технологий") are left as written;
 * undefined when the head's form is not one of those known.
 */
function nominativeName(text: string, words: readonly Token[], headAt: number): string | undefined {
  const head = words[headAt];
  if (!head) return undefined;
  const lower = head.text.toLowerCase();
  const rule = NOMINATIVE_HEADS.find(([re]) => re.test(lower));
  if (!rule) return undefined;
  const [re, ending, gender] = rule;
  const stem = (re.exec(lower) as RegExpExecArray)[1] as string;
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Token;
    let word = w.text;
    // The first half of a compound stays as it is: "Северо-Восточного" is "Северо-Восточный".
    if (k < headAt && !firstHalfAt(words, k)) {
      const adjective = nominativeAdjective(word.toLowerCase(), gender);
      if (adjective === undefined) return undefined;
      word = adjective;
    } else if (k === headAt) word = stem + ending;
    out.push(w.text.charAt(0) === w.text.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word);
  }
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  // Keep what lies between the words (a hyphen, a space) and what follows the head as written.
  let name = "";
  let at = first.start;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Token;
    name += text.slice(at, w.start) + (out[k] as string);
    at = w.end;
  }
  return name + text.slice(at, last.end);
}

const STRESSED_ENDING = /^(морск|городск|лесн|речн|миров|делов|больш|цветн|стальн|земн|молод)$/;

function nominativeAdjective(word: string, gender: "m" | "f" | "n"): string | undefined {
  const m = /^(.*?)(ого|ому|ым|ом|ый|ой|его|ему|им|ем|ий|ая|ую|ое|ее|яя)$/.exec(word);
  if (!m) return undefined;
  const [, stem = "", end = ""] = m;
  const soft = /^(его|ему|им|ем|ий|ее|яя)$/.test(end) || /[кгхжшчщ]$/.test(stem);
  if (gender === "f") return stem + (end === "яя" || end === "ей" ? "яя" : "ая");
  if (gender === "n") return stem + (soft && !/[кгх]$/.test(stem) ? "ее" : "ое");
  if (end === "ой" && gender === "m") return word;
  // Adjectives stressed on the ending: "морского" is "морской", "городского" "городской".
  if (STRESSED_ENDING.test(stem)) return `${stem}ой`;
  return stem + (soft ? "ий" : "ый");
}

function headKind(t: Token): OrganizationKind | undefined {
  for (const [stem, kind] of HEADS) if (t.norm.startsWith(stem)) return kind;
  return undefined;
}
