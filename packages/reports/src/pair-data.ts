import {
  dateCommonPrefix,
  formatCount,
  formatDate,
  type Organization,
  type Partnership,
  pairHistory,
  partnersOf,
} from "@accord/domain";
import type { BriefContext } from "./brief-context.ts";
import type { Conflict, OpenQuestion, PairBriefData } from "./brief-types.ts";
import { timelineCounts } from "./count-countries.ts";
import { compareText, PARTNERSHIP_KIND_LABELS, STATUS_LABELS } from "./labels.ts";

/** The data of a pair brief: what two organizations did together in the period. */
export function pairData(ctx: BriefContext, a: Organization, b: Organization): PairBriefData {
  const history = pairHistory(ctx.kb, a.id, b.id).filter((h) => ctx.inPeriod(h.date));
  const partnerships = history.flatMap((h) => (h.type === "partnership" ? [h.partnership] : []));
  const events = history.flatMap((h) => (h.type === "event" ? [h.event] : []));
  const timeline = history.map((h) => ctx.timelineItem(h));
  const fields = ctx.fieldCounts(partnerships);
  const summaryRefs = [...new Set(timeline.flatMap((t) => t.refs))].sort((x, y) => x - y);
  const programmes = ctx.programmes(partnerships);
  const people = ctx.people(new Set([a.id, b.id]), events);
  const alliances = sharedAlliances(ctx, a, b);
  return {
    kind: "pair",
    title: `${a.name} and ${b.name}`,
    subtitle: "History of cooperation",
    period: ctx.periodText(),
    partnershipCount: partnerships.length,
    eventCount: events.length,
    a: ctx.view(a),
    b: ctx.view(b),
    summary: summaryOf(ctx, a, b, { partnerships, events: events.length, fields: fields.map((f) => f.label) }),
    summaryRefs,
    timeline,
    timelineOmitted: 0,
    programmes,
    people: people.items,
    peopleOmitted: people.omitted,
    fields,
    alliances,
    openQuestions: ctx.openQuestions(partnerships, events),
    conflicts: conflictsOf(ctx, partnerships),
    references: [],
    charts: { timeline: timelineCounts(timeline), fields, network: null },
  };
}

function summaryOf(
  ctx: BriefContext,
  a: Organization,
  b: Organization,
  facts: { partnerships: readonly Partnership[]; events: number; fields: readonly string[] },
): string {
  const dated = facts.partnerships.filter((p) => p.date).map((p) => p.date!);
  const first = dated[0];
  const last = dated.at(-1);
  const kinds = new Map<string, number>();
  for (const p of facts.partnerships) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  const kindText = [...kinds]
    .sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))
    .map(([k, n]) => `${n} × ${PARTNERSHIP_KIND_LABELS[k as Partnership["kind"]].toLowerCase()}`)
    .join(", ");
  const parts = [
    `The sources record ${plural(facts.partnerships.length, "partnership")}${kindText ? ` (${kindText})` : ""} and ${plural(facts.events, "event")} between ${a.name} and ${b.name} (${ctx.periodText()}).`,
  ];
  if (first && last)
    parts.push(
      first === last
        ? `The dated cooperation falls in ${formatDate(first)}.`
        : `The dated cooperation runs from ${formatDate(first)} to ${formatDate(last)}.`,
    );
  if (facts.fields.length > 0) parts.push(`Fields: ${facts.fields.join(", ")}.`);
  return parts.join(" ");
}

/** Alliances both belong to, and associations both have a partnership with. */
function sharedAlliances(ctx: BriefContext, a: Organization, b: Organization): OpenQuestion[] {
  const out: OpenQuestion[] = [];
  for (const p of ctx.kb.partnerships) {
    if (p.kind !== "alliance" || !ctx.inPeriod(p.date)) continue;
    const roots = new Set(p.parties.map((id) => ctx.root(id)));
    if (roots.has(a.id) && roots.has(b.id))
      out.push({
        text: `${p.title ?? "An alliance"} (${p.date ? formatDate(p.date) : "undated"}), with ${roots.size} members`,
        ...ctx.citations.citeLine(p.evidence),
      });
  }
  const partnersOfB = new Map(partnersOf(ctx.kb, b.id).map((p) => [p.organization.id, p]));
  for (const pa of partnersOf(ctx.kb, a.id)) {
    const pb = partnersOfB.get(pa.organization.id);
    if (!pb || pa.organization.kind !== "association") continue;
    const evidence = [...pa.partnerships, ...pb.partnerships]
      .filter((p) => p.kind !== "alliance" && ctx.inPeriod(p.date))
      .flatMap((p) => p.evidence);
    if (evidence.length === 0) continue;
    out.push({ text: `Both are partners of ${pa.organization.name}`, ...ctx.citations.citeLine(evidence) });
  }
  return out;
}

/** Partnerships of one kind between the pair whose dates or statuses disagree. */
function conflictsOf(ctx: BriefContext, partnerships: readonly Partnership[]): Conflict[] {
  const groups = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    if (p.kind === "alliance") continue;
    const key = `${p.kind}\u0000${p.title ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const conflicts: Conflict[] = [];
  for (const all of groups.values()) {
    // Untitled partnerships of one kind are one claim only when their dates agree as far as both go: two
    // agreements signed months apart are two agreements, not a disagreement.
    const group = all[0]?.title ? all : all.filter((p) => all.some((q) => q !== p && sameClaim(p, q)));
    if (group.length < 2) continue;
    const variants = new Set(group.map((p) => `${JSON.stringify(p.date)}|${p.status}`));
    if (variants.size < 2) continue;
    const first = group[0]!;
    conflicts.push({
      text: `${PARTNERSHIP_KIND_LABELS[first.kind]}${first.title ? ` "${first.title}"` : ""}: the sources disagree on its date or status`,
      claims: group.map((p) => ({
        date: p.date ? formatDate(p.date) : "undated",
        status: STATUS_LABELS[p.status],
        refs: ctx.citations.cite(p.evidence),
      })),
    });
  }
  return conflicts;
}

function sameClaim(a: Partnership, b: Partnership): boolean {
  if (!a.date || !b.date) return false;
  const x = dateCommonPrefix(a.date);
  const y = dateCommonPrefix(b.date);
  return x.startsWith(y) || y.startsWith(x);
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
