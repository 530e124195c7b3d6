import { compareDates, type Event, type OrganizationId, type Partnership } from "@accord/domain";
import type { BriefContext } from "./brief-context.ts";
import type { CountItem, CountriesBriefData, NetworkData, TimelineItem } from "./brief-types.ts";
import { compareText, countryName, PARTNERSHIP_KIND_LABELS } from "./labels.ts";

const NETWORK_SIDE = 12;
const RECENT = 8;
const TIMELINE_LIMIT = 60;
const PEOPLE_LIMIT = 40;

/** The data of a two-country brief: cooperation between organizations of country A and of country B. */
export function countriesData(ctx: BriefContext, countryA: string, countryB: string): CountriesBriefData {
  const sides = (ids: readonly OrganizationId[]) => {
    const roots = [...new Set(ids.map((id) => ctx.root(id)))];
    return {
      a: roots.filter((id) => ctx.countryOf(id) === countryA),
      b: roots.filter((id) => ctx.countryOf(id) === countryB),
    };
  };
  const crosses = (ids: readonly OrganizationId[]) => {
    const s = sides(ids);
    return s.a.length > 0 && s.b.length > 0;
  };
  const partnerships = ctx.kb.partnerships
    .filter((p) => crosses(p.parties) && ctx.inPeriod(p.date))
    .sort((x, y) => compareDates(x.date, y.date) || compareText(x.id, y.id));
  const events = ctx.kb.events
    .filter((e) => crosses(e.organizations) && ctx.inPeriod(e.date))
    .sort((x, y) => compareDates(x.date, y.date) || compareText(x.id, y.id));
  // A large store gives thousands of lines: the brief lists the newest dated ones and counts the rest (the
  // charts and tables count everything). Only what is listed is cited, so the sources stay those quoted.
  const all = partnerships.length + events.length;
  const listed =
    all <= TIMELINE_LIMIT
      ? null
      : new Set<Partnership | Event>(
          [...partnerships, ...events]
            .filter((x) => x.date)
            .sort((x, y) => compareDates(x.date, y.date))
            .slice(-TIMELINE_LIMIT),
        );
  const dated = [
    ...partnerships
      .filter((p) => !listed || listed.has(p))
      .map((p) => ({ date: p.date, item: ctx.partnershipItem(p), order: 0 })),
    ...events.filter((e) => !listed || listed.has(e)).map((e) => ({ date: e.date, item: ctx.eventItem(e), order: 1 })),
  ].sort((x, y) => compareDates(x.date, y.date) || x.order - y.order);
  const timeline = dated.map((d) => d.item);
  const chartTimeline = listed
    ? [
        ...partnerships.map((partnership) => ctx.chartItem({ type: "partnership", partnership })),
        ...events.map((event) => ctx.chartItem({ type: "event", event })),
      ]
    : timeline;
  const recent: TimelineItem[] = dated
    .filter((d) => d.date)
    .slice(-RECENT)
    .reverse()
    .map((d) => d.item);

  const degree = new Map<OrganizationId, number>();
  const edges = new Map<string, number>();
  for (const p of partnerships) {
    const s = sides(p.parties);
    for (const id of [...s.a, ...s.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
    for (const x of s.a) for (const y of s.b) edges.set(`${x} ${y}`, (edges.get(`${x} ${y}`) ?? 0) + 1);
  }
  const ranked = [...degree]
    .map(([id, count]) => ({ id, label: ctx.nameOf(id), count, country: countryName(ctx.countryOf(id)) }))
    .sort((x, y) => y.count - x.count || compareText(x.label, y.label));
  const fields = ctx.fieldCounts(partnerships);
  const people = ctx.people(new Set(), events, PEOPLE_LIMIT);
  return {
    kind: "countries",
    title: `${countryName(countryA)} and ${countryName(countryB)}`,
    subtitle: "Cooperation between universities and institutes",
    period: ctx.periodText(),
    partnershipCount: partnerships.length,
    eventCount: events.length,
    countryA: countryName(countryA),
    countryB: countryName(countryB),
    byKind: countBy(partnerships, (p) => PARTNERSHIP_KIND_LABELS[p.kind]).sort(
      (x, y) => y.count - x.count || compareText(x.label, y.label),
    ),
    byYear: countBy([...partnerships, ...events], (x: Partnership | Event) =>
      x.date ? (x.date.precision === "range" ? x.date.start : x.date.value).slice(0, 4) : "undated",
    ).sort((x, y) => compareText(x.label, y.label)),
    topOrganizations: ranked.slice(0, 10).map(({ label, count, country }) => ({ label, count, country })),
    recent,
    timeline,
    timelineOmitted: all - timeline.length,
    people: people.items,
    peopleOmitted: people.omitted,
    fields,
    references: [],
    charts: { timeline: chartTimeline, fields, network: networkOf(ctx, ranked, edges, [countryA, countryB]) },
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): CountItem[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}

function networkOf(
  ctx: BriefContext,
  ranked: readonly { id: OrganizationId; label: string; count: number }[],
  edges: ReadonlyMap<string, number>,
  [countryA, countryB]: [string, string],
): NetworkData | null {
  const left = ranked.filter((r) => ctx.countryOf(r.id) === countryA).slice(0, NETWORK_SIDE);
  const right = ranked.filter((r) => ctx.countryOf(r.id) === countryB).slice(0, NETWORK_SIDE);
  if (left.length === 0 || right.length === 0) return null;
  const out: NetworkData["edges"] = [];
  left.forEach((l, i) => {
    right.forEach((r, j) => {
      const count = edges.get(`${l.id} ${r.id}`);
      if (count) out.push({ left: i, right: j, count });
    });
  });
  return {
    leftLabel: countryName(countryA),
    rightLabel: countryName(countryB),
    left: left.map(({ label, count }) => ({ label, count })),
    right: right.map(({ label, count }) => ({ label, count })),
    edges: out,
  };
}
