import { pinyin } from "pinyin-pro";
import { remembered } from "../text/name-key.ts";
import type { DocumentContext } from "./document-context.ts";
import type { PersonMention } from "./find-people.ts";
import { CHINESE_SURNAME_CHARS } from "./name-lexicon.ts";
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

const capitalize = (w: string) => (w ? w[0]?.toUpperCase() + w.slice(1) : w);

/** A Chinese name in pinyin, surname first ("李明" → "Li Ming"); the same names come back in many documents. */
const latinName = remembered((name) => {
  const syllables = pinyin(name, { toneType: "none", type: "array" }) as string[];
  return `${capitalize(syllables[0] ?? "")} ${syllables
    .slice(1)
    .join("")
    .replace(/^./, (c) => c.toUpperCase())}`.trim();
});

/** People named in Chinese text by the pattern role + name ("院长彭文钊"), printed in pinyin, surname first. */
export function findHanPeople(ctx: DocumentContext, orgs: OrganizationTable): PersonMention[] {
  const text = ctx.folded;
  if (!/\p{Script=Han}/u.test(text)) return [];
  const people: PersonMention[] = [];
  for (const m of text.matchAll(PERSON)) {
    const role = m[1] ?? "";
    const name = m[2] ?? "";
    if (!CHINESE_SURNAME_CHARS.has(name[0] ?? "")) continue;
    const start = (m.index ?? 0) + role.length;
    const si = ctx.sentences.findIndex((s) => s.start <= start && start < s.end);
    const before = orgs
      .inSentence(si)
      .filter((o) => o.end <= start)
      .pop();
    people.push({
      name: latinName(name),
      aliases: [ctx.text.slice(start, start + name.length)],
      role: englishChineseRole(role),
      organization: before ? rootOf(before.entity) : null,
      sentence: si,
      start,
      end: start + name.length,
    });
  }
  return people;
}
