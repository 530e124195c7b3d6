import { pinyin } from "pinyin-pro";
import { remembered } from "../text/name-key.ts";
import {
  isTranscribedGivenName,
  isTranscription,
  latinOfTranscribedName,
  transcribedGivenNameAtEnd,
} from "../text/russian-from-han.ts";
import { countryFromName } from "./country-clues.ts";
import type { DocumentContext } from "./document-context.ts";
import type { PersonMention } from "./find-people.ts";
import { CHINESE_SURNAME_CHARS, GIVEN_NAMES } from "./name-lexicon.ts";
import { type OrganizationTable, rootOf } from "./organization-table.ts";
import { englishChineseRole } from "./role-names.ts";

const ROLES =
  "副校长|校长|副院长|院长|副主任|主任|副处长|处长|党委副书记|党委书记|副书记|书记|副部长|部长|副主席|主席|总领事|副总领事|大使|理事长|秘书长|副所长|所长|系主任|教授|研究员|副省长|省长|副市长|市长|局长|副局长|主管|总裁|董事长";
// What follows a name: punctuation, a particle, or a word of what the person did ("院长李明率团访问…").
const AFTER_NAME = [
  "[、，,。；;：:\\s）)]",
  "$",
  "等",
  "在",
  "和",
  "与",
  "及",
  "说",
  "率",
  "表示",
  "指出",
  "强调",
  "认为",
  "介绍",
  "主持",
  "出席",
  "参加",
  "会见",
  "会晤",
  "陪同",
  "一行",
  "教授",
  "同志",
  "先生",
  "女士",
  "带领",
  "带队",
  "访问",
  "出访",
  "致辞",
  "讲话",
  "发表",
  "宣布",
  "签署",
  "代表",
  "会谈",
  "一同",
  "共同",
  "分别",
  "应邀",
  // Words that start what is said of the person: "与院长陈子娇就学生来华事宜进行了交流".
  "就",
  "对",
  "也",
  "还",
  "随后",
  "一起",
  "亲切",
  "热情",
  "详细",
  "首先",
  "接见",
  "接待",
  "迎接",
  "欢迎",
  "参观",
  "考察",
  "听取",
  "看望",
  "回答",
  "提出",
  "希望",
  "感谢",
  "祝贺",
  "担任",
].join("|");
const PERSON = new RegExp(`(${ROLES})([\\p{Script=Han}]{2,3}?)(?=${AFTER_NAME})`, "gu");
// A role and a Russian name in transcription, read as one only where the role is at a foreign organization.
const ROLE_TRANSCRIBED = new RegExp(`(${ROLES})([\\p{Script=Han}]{2,8}?)(?=${AFTER_NAME})`, "gu");
// A foreign name's words joined by a middle dot ("弗拉基米尔·巴甫洛维奇"), in any of the dots Chinese text uses.
const DOTTED = /\p{Script=Han}+(?:[·•・‧∙⋅]\p{Script=Han}+)+/gu;
const DOT = /[·•・‧∙⋅]/u;
const ROLE_AT_END = new RegExp(`(?:${ROLES})$`, "u");
const LONGEST_WORD = 8;

const capitalize = (w: string) => (w ? w[0]?.toUpperCase() + w.slice(1) : w);

/** A Chinese name in pinyin, surname first ("李明" → "Li Ming"); the same names come back in many documents. */
const latinName = remembered((name) => {
  const syllables = pinyin(name, { toneType: "none", type: "array" }) as string[];
  return `${capitalize(syllables[0] ?? "")} ${syllables
    .slice(1)
    .join("")
    .replace(/^./, (c) => c.toUpperCase())}`.trim();
});

/**
 * People named in Chinese text: by the pattern role + name ("院长彭文钊"), printed in pinyin, surname first; and
 * Russians in transcription ("副校长弗拉索夫" at a Russian university, "弗拉基米尔·巴甫洛维奇" anywhere), printed as
 * English news prints them.
 */
export function findHanPeople(ctx: DocumentContext, orgs: OrganizationTable): PersonMention[] {
  const text = ctx.folded;
  if (!/\p{Script=Han}/u.test(text)) return [];
  const people: PersonMention[] = [];
  const sentenceAt = (at: number) => ctx.sentences.findIndex((s) => s.start <= at && at < s.end);
  const publisher = () => (ctx.publisher ? (orgs.entities.get(ctx.publisher.id) ?? null) : null);
  // "国际合作部部长" is the head of a department; "教育部部长" (a ministry the text names) a minister.
  const roleInEnglish = (role: string, at: number) => {
    if ((role === "部长" || role === "副部长") && text[at - 1] === "部") {
      const ministry = orgs.mentions.some((m) => m.end === at && rootOf(m.entity).kind === "government");
      if (!ministry) return role === "部长" ? "Director" : "Deputy Director";
    }
    // "中国科学院院长" heads an academy (President); a school's 院长 is its Dean.
    if (role === "院长" || role === "副院长") {
      const head = orgs.mentions.find((m) => m.end === at);
      const kind = head ? rootOf(head.entity).kind : null;
      if (kind === "academy" && !head?.entity.parent) return role === "院长" ? "President" : "Vice President";
    }
    return englishChineseRole(role);
  };
  const organizationBefore = (si: number, at: number) => {
    const before = orgs
      .inSentence(si)
      .filter((o) => o.end <= at)
      .pop();
    return before ? rootOf(before.entity) : null;
  };
  const add = (name: string, role: string | null, start: number, end: number, ownSite = false) => {
    const si = sentenceAt(start);
    const before = organizationBefore(si, start);
    people.push({
      name,
      aliases: [ctx.text.slice(start, end)],
      role: role === null ? null : roleInEnglish(role, start - role.length),
      // On a university's own site, "校长韩杰才" with no organization named before is the publisher's.
      organization: before ?? (ownSite ? publisher() : null),
      sentence: si,
      start,
      end,
    });
  };
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || b <= start);

  for (const m of text.matchAll(DOTTED)) {
    // A run of dotted words may hold several names ("弗拉基米尔·巴甫洛维奇教授及……茹拉夫廖娃·叶甫盖尼娅"):
    // a word that is not all the table's ends one name with its head and starts the next with its tail.
    const words = m[0].split(DOT);
    const starts: number[] = [];
    for (let k = 0, at = m.index ?? 0; k < words.length; at += (words[k] as string).length + 1, k++) starts.push(at);
    let name: string[] = [];
    let nameStart = -1;
    const open = (k: number) => {
      const word = words[k] as string;
      const tail = transcribedEnd(word);
      name = tail ? [tail] : [];
      nameStart = tail ? (starts[k] as number) + word.length - tail.length : -1;
    };
    open(0);
    for (let k = 1; k < words.length; k++) {
      const word = words[k] as string;
      if (k < words.length - 1 && name.length > 0 && isTranscription(word)) {
        name.push(word);
        continue;
      }
      const head = transcribedStart(word);
      if (name.length > 0 && head) {
        const parts = [...name, head];
        const latin = givenNameFixed(latinOfTranscribedName(parts));
        const end = (starts[k] as number) + head.length;
        if (latin && !parts.every((w) => w.length === 1)) {
          const role = ROLE_AT_END.exec(text.slice(Math.max(0, nameStart - 6), nameStart))?.[0] ?? null;
          add(latin, role, nameStart, end);
          taken.push([nameStart, end]);
        }
      }
      open(k);
    }
  }

  for (const m of text.matchAll(ROLE_TRANSCRIBED)) {
    const role = m[1] ?? "";
    const word = m[2] ?? "";
    const start = (m.index ?? 0) + role.length;
    const end = start + word.length;
    if (!free(start, end) || !isTranscription(word)) continue;
    // At a foreign organization, or a foreign country's envoy: "俄罗斯驻华大使莫尔古洛夫".
    const envoy = countryFromName(text.slice(Math.max(0, start - role.length - 8), start - role.length));
    const country = organizationBefore(sentenceAt(start), start)?.country ?? envoy;
    if (!country || country === "CN") continue;
    const name = latinOfTranscribedName([word]);
    if (!name) continue;
    add(name, role, start, end);
    taken.push([start, end]);
  }

  for (const m of text.matchAll(PERSON)) {
    const role = m[1] ?? "";
    const name = m[2] ?? "";
    if (!CHINESE_SURNAME_CHARS.has(name[0] ?? "")) continue;
    const start = (m.index ?? 0) + role.length;
    if (!free(start, start + name.length)) continue;
    add(latinName(name), role, start, start + name.length, ctx.publisher?.entry.country === "CN");
  }
  return people;
}

/**
 * The end of a Han run that is a transcribed word ("主任弗拉基米尔" → "弗拉基米尔"): its longest tail in the table's
 * characters, or a given name at its end when the tail runs into the word before ("俄罗斯伊万" → "伊万").
 */
function transcribedEnd(run: string): string | undefined {
  const given = transcribedGivenNameAtEnd(run);
  if (given) return given;
  let from = run.length;
  while (from > 0 && run.length - from < LONGEST_WORD && isTranscription(run[from - 1] as string)) from--;
  if (from === run.length) return undefined;
  const tail = run.slice(from);
  if (from === 0 || isTranscribedGivenName(tail)) return tail;
  for (let k = 0; k < tail.length - 1; k++) if (isTranscribedGivenName(tail.slice(k))) return tail.slice(k);
  return tail;
}

/** The start of a Han run that is a transcribed word ("巴甫洛维奇教授" → "巴甫洛维奇"). */
function transcribedStart(run: string): string | undefined {
  let to = 0;
  while (to < run.length && to < LONGEST_WORD && isTranscription(run[to] as string)) to++;
  return to === 0 ? undefined : run.slice(0, to);
}

/**
 * The table writes ла/ра and ли/ри with one character each ("伊丽娜" reads "Ilina"): a first word that is no given
 * name the lexicon knows, but is one with an л read as р, is that name ("Irina").
 */
function givenNameFixed(name: string | undefined): string | undefined {
  if (!name) return name;
  const space = name.indexOf(" ");
  if (space < 0) return name;
  const first = name.slice(0, space).toLowerCase();
  if (GIVEN_NAMES.has(first) || !first.includes("l")) return name;
  const at = [...first].flatMap((c, i) => (c === "l" ? [i] : []));
  // Every choice of л or р for each л, at most three of them.
  for (let mask = 1; mask < 1 << Math.min(at.length, 3); mask++) {
    let word = first;
    at.forEach((i, k) => {
      if (mask & (1 << k)) word = `${word.slice(0, i)}r${word.slice(i + 1)}`;
    });
    if (GIVEN_NAMES.has(word)) return word.charAt(0).toUpperCase() + word.slice(1) + name.slice(space);
  }
  return name;
}
