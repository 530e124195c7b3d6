import type { UnitKind } from "@accord/domain";
import { foldChinese } from "../text/fold-chinese.ts";
import { countryFromName } from "./country-clues.ts";
import type { DocumentContext } from "./document-context.ts";
import { type OrganizationTable, rootOf } from "./organization-table.ts";

// Characters that end a name on their left: punctuation and the particles names follow.
const BOUNDARY = /[\s\p{P}\p{S}与及同在的是为了对向由将于从把被和、，。：；“”《》「」()（）0-9A-Za-z]/u;
const UNIT_SUFFIX: readonly [RegExp, UnitKind][] = [
  [/^[\p{Script=Han}]{1,14}?(教研室|实验室)/u, "lab"],
  [/^[\p{Script=Han}]{1,14}?(学院|学部|研究院|研究所)/u, "school"],
  // 办 is no office where it ends a verb: "三方合作举办" (run by the three), 创办, 主办.
  [/^[\p{Script=Han}]{1,14}?(办公室|处|(?<![举创主承开协合兴])办|新闻处|中心)/u, "office"],
];
// Verbs a unit's name never holds, and a delegation: what they start is a clause ("…大学三方合作举办的…",
// "…分院代表团访问中国科学院").
const CLAUSE_VERB =
  /(举办|创办|主办|承办|开办|签署|签订|代表团|一行|访问|参观|会见|会晤|拜访|走访|考察|到访|出访|莅临|抵达)/u;
const SELF = /我校|本校/g;
// What follows a name but starts a clause, not a unit: "在华中师范大学设立项目办公室".
const VERB_START = /^(设立|成立|举办|签署|签订|开展|建立|参加|访问|表示|举行|合作|共建|联合|和|与|及|的)/u;

/** Finds organizations named in Chinese characters: gazetteer names, their units, and "我校" for the publisher. */
export function findHanOrganizations(ctx: DocumentContext, table: OrganizationTable): void {
  const text = ctx.folded;
  if (!/\p{Script=Han}/u.test(text)) return;
  const sentenceAt = (offset: number) => ctx.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  for (let p = 0; p < text.length; p++) {
    const candidates = ctx.gazetteer.han.get(text[p] ?? "");
    if (!candidates || table.covers(p, p + 1)) continue;
    const match = candidates.find((c) => text.startsWith(c.name, p));
    if (!match) continue;
    const known = ctx.gazetteer.organizations.get(match.id);
    if (!known) continue;
    const entity = table.known(known);
    const end = p + match.name.length;
    const prefix = COUNTRY_PREFIX.exec(text.slice(Math.max(0, p - 5), p));
    if (prefix && !table.covers(p - prefix[0].length, p)) p -= prefix[0].length;
    const si = sentenceAt(p);
    // A unit written straight after its parent: "俄罗斯人民友谊大学俄语中心" is one mention of the unit.
    const rest = text.slice(end, end + 16);
    let unitEnd = end;
    for (const [re, unitKind] of UNIT_SUFFIX) {
      const unit = re.exec(rest);
      if (
        !unit ||
        BOUNDARY.test(unit[0]) ||
        VERB_START.test(unit[0]) ||
        CLAUSE_VERB.test(unit[0]) ||
        candidatesStartHere(ctx, text, end)
      )
        continue;
      unitEnd = end + unit[0].length;
      const child = table.found({
        name: ctx.text.slice(p, unitEnd),
        kind: "unit",
        country: null,
        parent: entity,
        unitKind,
      });
      child.surfaces.add(ctx.text.slice(end, unitEnd));
      table.mention(child, { start: p, end: unitEnd, sentence: si }, ctx.text, "name");
      break;
    }
    if (unitEnd === end) table.mention(entity, { start: p, end, sentence: si }, ctx.text, "name");
    p = end - 1;
  }
  findHanPatternNames(ctx, table, sentenceAt);
  const self = ctx.publisher ? table.known(ctx.publisher) : undefined;
  if (self)
    for (const m of text.matchAll(SELF))
      table.mention(
        self,
        { start: m.index, end: m.index + m[0].length, sentence: sentenceAt(m.index) },
        ctx.text,
        "reference",
      );
}

// Heads of Chinese organization names, and what may not stand just before a name.
const HAN_HEAD = /(大学|学院|研究院|研究所|科学院|师范学校|大学校|联盟|协会|联合会)/gu;
const SPLIT_DA_XUE = /^[扩加最重强巨广伟壮放较很更庞盛宏]大学[生子科习术者员]/u;
// Heads of an association's name: "中俄交通大学联盟" is an alliance, not the university its name begins with.
const GROUPING_HEAD = /^(联盟|协会|联合会)/u;
const HAN_STOP =
  /[\s\p{P}\p{S}0-9A-Za-z与和及同在的是为了对向由将于从把被到赴访等就还也都又并而或以让使自给、，。：；“”《》「」（）]/u;
const HAN_LEADING_VERBS =
  /^((?:新|正式|首次|先后|共同|已经?|曾)?(?:访问|参观|会见|会晤|拜访|走访|考察|到访|出访|莅临|抵达|邀请|接待|欢迎|出席|参加|加入|签署|成立|举办|代表|率团|前往|来自|位于|联合|共建|携手|筹建|组建|创建|建设|设立|建立|包括|其中|以及|还有|这所|双方|应(?!用)|该|本|我|贵))+/u;
// Verbs no name holds, which end the words before a name wherever they stand.
const HAN_VISIT_VERB = /(访问|参观|会见|会晤|拜访|走访|考察|到访|出访|莅临|抵达|邀请|接待|欢迎|出席|参加|一行)/gu;
// What a member is in a body, before its name: "俄方主席单位莫斯科…大学", "成员单位".
const HAN_ROLE_OF_MEMBER = /^[\p{Script=Han}]{0,6}?单位/u;
// What a description, not a name, puts before 大学: "多所大学", "中俄大学".
const HAN_GENERIC =
  /^(多所|几所|数所|各所|两所|三所|一所|各|这些|其他|其它|中外|国内外|国内|国外|中俄|俄中|中国|俄罗斯|俄|知名|著名|重点|一流|世界|顶尖|领先|合作|伙伴|高等|高水平|综合性|研究型|应用型|联邦|国立|地方|所)+$/u;
// What follows a class of organizations, not a name: "俄罗斯顶尖研究型大学之一" (one of Russia's leading universities).
const HAN_CLASS_AFTER = /^(之一|之列)/u;
// A country written before a known name: "俄远东联邦大学", "俄罗斯人民友谊大学".
const COUNTRY_PREFIX = /(俄罗斯|俄|中国|白俄罗斯|哈萨克斯坦|蒙古国)$/u;
const HAN_COUNTRY_LEAD = /^(白俄罗斯|俄罗斯|俄|中国|哈萨克斯坦|蒙古国)/u;

/** Chinese names the gazetteer lacks, by their shape ("兰州财经大学"), or a known name with its characters reordered. */
function findHanPatternNames(ctx: DocumentContext, table: OrganizationTable, sentenceAt: (offset: number) => number) {
  const text = ctx.folded;
  const byChars = hanCharIndex(ctx);
  for (const m of text.matchAll(HAN_HEAD)) {
    const headEnd = m.index + m[0].length;
    if (table.covers(m.index, headEnd)) continue;
    // "扩大学生交流", "广大学子", "加大学科建设": 大 ends the word before and 学 begins the next, no 大学 there.
    if (m[0] === "大学" && SPLIT_DA_XUE.test(text.slice(Math.max(0, m.index - 1), headEnd + 1))) continue;
    const grouping = GROUPING_HEAD.test(m[0]);
    if (!grouping && GROUPING_HEAD.test(text.slice(headEnd, headEnd + 3))) continue;
    let start = m.index;
    while (
      start > 0 &&
      m.index - start < 16 &&
      !HAN_STOP.test(text[start - 1] ?? "") &&
      !table.covers(start - 1, start)
    )
      start--;
    // "圣彼得堡国立大学数学与计算机科学学院": a school's name may join two subjects with 与 or 和, right after the
    // organization it belongs to.
    if (!grouping && m[0] !== "大学" && (text[start - 1] === "与" || text[start - 1] === "和")) {
      let s = start - 1;
      while (s > 0 && start - s < 8 && !HAN_STOP.test(text[s - 1] ?? "") && !table.covers(s - 1, s)) s--;
      if (s < start - 1 && table.covers(s - 1, s)) start = s;
    }
    // A name the scan did not find the start of ("…一行访问天津职业技术师范大学"): a verb of visiting inside it ends
    // what came before.
    const from = Math.max(0, start - 2);
    const visitVerb = [...text.slice(from, m.index).matchAll(HAN_VISIT_VERB)].pop();
    if (visitVerb && from + visitVerb.index + visitVerb[0].length > start)
      start = from + visitVerb.index + visitVerb[0].length;
    let name = text.slice(start, headEnd);
    const leading = HAN_LEADING_VERBS.exec(name) ?? HAN_ROLE_OF_MEMBER.exec(name);
    if (leading) {
      start += leading[0].length;
      name = text.slice(start, headEnd);
    }
    if (name.length < m[0].length + 2 || HAN_GENERIC.test(name.slice(0, -m[0].length))) continue;
    if (HAN_CLASS_AFTER.test(text.slice(headEnd, headEnd + 2))) continue;
    const lead = HAN_COUNTRY_LEAD.exec(name)?.[0];
    // A short form of a name the text gives in full: "友谊大学" after "俄罗斯人民友谊大学".
    const longer = [...table.entities.values()].find(
      (e) =>
        e.mentions.length > 0 &&
        e.names.some((n) => n.lang === "zh" && n.value.length > name.length && foldChinese(n.value).includes(name)),
    );
    // "俄罗斯莫斯科国立鲍曼技术大学": the listed name's characters in another order, after the country or not.
    const known =
      byChars.get(sorted(name)) ??
      (lead ? byChars.get(sorted(name.slice(lead.length))) : undefined) ??
      longer?.known ??
      undefined;
    // "俄语学院" (a school of Russian) is a part of a university: of the one named before it, or the publisher.
    if (!known && m[0] !== "大学" && !grouping && countryFromName(name) === null) {
      const si = sentenceAt(start);
      const before = table
        .inSentence(si)
        .filter((x) => x.end <= start)
        .pop();
      // On a university's own site a bare school is the publisher's.
      const parent = ctx.publisher ? table.known(ctx.publisher) : before ? rootOf(before.entity) : undefined;
      if (!parent) continue;
      const unit = table.found({
        name: ctx.text.slice(start, headEnd),
        kind: "unit",
        country: null,
        parent,
        unitKind: "school",
      });
      table.mention(unit, { start, end: headEnd, sentence: si }, ctx.text, "name");
      continue;
    }
    // "俄罗斯喀山国立技术大学": a country before a name that begins with a place is not part of it (while in
    // "俄罗斯人民友谊大学" it is), so that "喀山国立技术大学" later is the same organization.
    const country = HAN_COUNTRY_LEAD.exec(name)?.[0];
    const own = country && countryFromName(name.slice(country.length)) !== null ? start + country.length : start;
    const entity = known
      ? table.known(known)
      : table.found({
          name: ctx.text.slice(own, headEnd),
          // "中俄联合研究院": a joint body the partners make, not one of the partners.
          kind: grouping
            ? "association"
            : name.includes("联合")
              ? "other"
              : m[0] === "研究所" || m[0] === "研究院"
                ? "institute"
                : m[0] === "科学院"
                  ? "academy"
                  : "university",
          country: null,
        });
    table.mention(entity, { start, end: headEnd, sentence: sentenceAt(start) }, ctx.text, "name");
  }
}

/** A name's characters in code-point order: the key of the reordered names index. */
const sorted = (chars: string) => [...chars].sort().join("");

const charIndexes = new WeakMap<object, Map<string, import("../gazetteer/build-gazetteer.ts").KnownOrganization>>();

function hanCharIndex(ctx: DocumentContext) {
  const cached = charIndexes.get(ctx.gazetteer);
  if (cached) return cached;
  const index = new Map<string, import("../gazetteer/build-gazetteer.ts").KnownOrganization>();
  for (const list of ctx.gazetteer.han.values())
    for (const { name, id } of list) {
      const org = ctx.gazetteer.organizations.get(id);
      if (org && name.length >= 4) index.set(sorted(name), org);
    }
  charIndexes.set(ctx.gazetteer, index);
  return index;
}

function candidatesStartHere(ctx: DocumentContext, text: string, at: number): boolean {
  return (ctx.gazetteer.han.get(text[at] ?? "") ?? []).some((c) => text.startsWith(c.name, at));
}
