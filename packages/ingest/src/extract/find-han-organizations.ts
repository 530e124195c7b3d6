import type { UnitKind } from "@accord/domain";
import type { DocumentContext } from "./document-context.ts";
import type { OrganizationTable } from "./organization-table.ts";

// Characters that end a name on their left: punctuation and the particles names follow.
const BOUNDARY = /[\s\p{P}\p{S}与及同在的是为了对向由将于从把被和、，。：；“”《》「」()（）0-9A-Za-z]/u;
const UNIT_SUFFIX: readonly [RegExp, UnitKind][] = [
  [/^[\p{Script=Han}]{1,14}?(教研室|实验室)/u, "lab"],
  [/^[\p{Script=Han}]{1,14}?(学院|学部|研究院|研究所)/u, "school"],
  [/^[\p{Script=Han}]{1,14}?(办公室|处|办|新闻处|中心)/u, "office"],
];
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
    const si = sentenceAt(p);
    table.mention(entity, { start: p, end, sentence: si }, ctx.text, "name");
    // A unit written straight after its parent: "俄罗斯人民友谊大学俄语中心".
    const rest = text.slice(end, end + 16);
    for (const [re, unitKind] of UNIT_SUFFIX) {
      const unit = re.exec(rest);
      if (
        !unit ||
        BOUNDARY.test(unit[0]) ||
        (ctx.gazetteer.han.has(unit[0][0] ?? "") && candidatesStartHere(ctx, text, end))
      )
        continue;
      const name = ctx.text.slice(end, end + unit[0].length);
      const child = table.found({ name, kind: "unit", country: null, parent: entity, unitKind });
      table.mention(child, { start: end, end: end + unit[0].length, sentence: si }, ctx.text, "name");
      break;
    }
    p = end - 1;
  }
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

function candidatesStartHere(ctx: DocumentContext, text: string, at: number): boolean {
  return (ctx.gazetteer.han.get(text[at] ?? "") ?? []).some((c) => text.startsWith(c.name, at));
}
