import {
  boundsWithin,
  dateEnd,
  dateStart,
  type Facet,
  FIELDS,
  type KnowledgeBase,
  type KnowledgeBaseFacets,
  type OrganizationId,
  rootOrganizationId,
} from "@accord/domain";
import type { CountItem, FieldCount, NetworkData, TimelineCount } from "./brief-types.ts";
import { compareText, countryName, EVENT_KIND_LABELS, PARTNERSHIP_KIND_LABELS } from "./labels.ts";

const NETWORK_SIDE = 12;
const TIMELINE_LIMIT = 60;
const PEOPLE_LIMIT = 40;

/**
 * Everything a countries brief counts, and which lines and people it lists: what `countCountries` finds in the
 * facets of a knowledge base. Rendering then needs whole only the partnerships, events and people listed here
 * (`listed`, `people`, `peopleNamed`) and every organization, for names and countries.
 */
export interface CountriesCounts {
  countries: [string, string];
  from: string | undefined;
  to: string | undefined;
  partnershipCount: number;
  eventCount: number;
  byKind: CountItem[];
  byYear: CountItem[];
  chartTimeline: TimelineCount[];
  fields: FieldCount[];
  topOrganizations: { label: string; count: number; country: string }[];
  network: NetworkData | null;
  /** The timeline's lines: all of them up to 60, else the 60 newest dated ones. */
  listed: { partnerships: string[]; events: string[] };
  timelineOmitted: number;
  /** The people listed (at most 40, those the most sentences name), and how many others took part. */
  people: string[];
  peopleOmitted: number;
  /** The people the listed events name (their lines print them). */
  peopleNamed: string[];
}

/** The facets of a knowledge base held whole in memory. */
export function facetsOf(kb: KnowledgeBase): KnowledgeBaseFacets {
  const dates = (date: Parameters<typeof dateStart>[0] | null) =>
    date ? { start: dateStart(date), end: dateEnd(date) } : { start: null, end: null };
  return {
    organizations: kb.organizations.map((o) => ({ id: o.id, name: o.name, parentId: o.parentId, country: o.country })),
    partnerships: kb.partnerships.map((p) => ({
      id: p.id,
      kind: p.kind,
      ...dates(p.date),
      organizations: p.parties,
      fields: p.fields,
      people: [],
    })),
    events: kb.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      ...dates(e.date),
      organizations: e.organizations,
      fields: [],
      people: e.people,
    })),
    people: kb.people.map((p) => ({ id: p.id, name: p.name, sentences: p.evidence.length })),
  };
}

const fieldLabelOf = (id: string) => FIELDS.find((f) => f.id === id)?.label ?? id;

/** Counts the cooperation between organizations of two countries (units counted as their parents) in a period. */
export function countCountries(
  facets: KnowledgeBaseFacets,
  [countryA, countryB]: [string, string],
  options: { from?: string | undefined; to?: string | undefined; fieldLabel?: (id: string) => string } = {},
): CountriesCounts {
  const orgs = new Map(facets.organizations.map((o) => [o.id as string, o]));
  const roots = new Map<string, OrganizationId>();
  const root = (id: OrganizationId) => {
    let r = roots.get(id);
    if (r === undefined) {
      r = rootOrganizationId(facets, id);
      roots.set(id, r);
    }
    return r;
  };
  const countries = new Map<string, string | null>();
  const countryOf = (id: OrganizationId) => {
    let c = countries.get(id);
    if (c === undefined) {
      c = orgs.get(root(id))?.country ?? orgs.get(id)?.country ?? null;
      countries.set(id, c);
    }
    return c;
  };
  const nameOf = (id: OrganizationId) => orgs.get(id)?.name ?? id;
  const sides = (ids: readonly OrganizationId[]) => {
    const a: OrganizationId[] = [];
    const b: OrganizationId[] = [];
    for (const id of ids) {
      const r = root(id);
      const c = countryOf(r);
      if (c === countryA && !a.includes(r)) a.push(r);
      if (c === countryB && !b.includes(r)) b.push(r);
    }
    return { a, b };
  };
  const crossing = (list: readonly Facet[]) =>
    list.filter((x) => {
      if (!boundsWithin(x.start, x.end, options.from, options.to)) return false;
      const s = sides(x.organizations);
      return s.a.length > 0 && s.b.length > 0;
    });
  const partnerships = crossing(facets.partnerships);
  const events = crossing(facets.events);

  const byKind = new Map<string, number>();
  const byYear = new Map<string, number>();
  const chart = new Map<string, TimelineCount>();
  const count = (x: Facet, type: "partnership" | "event") => {
    const year = x.start === null ? "undated" : x.start.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
    if (x.start === null) return;
    const kind =
      type === "partnership"
        ? PARTNERSHIP_KIND_LABELS[x.kind as keyof typeof PARTNERSHIP_KIND_LABELS]
        : EVENT_KIND_LABELS[x.kind as keyof typeof EVENT_KIND_LABELS];
    const key = `${year}\u0000${type}\u0000${kind}`;
    const c = chart.get(key);
    if (c) c.count++;
    else chart.set(key, { year: Number(year), type, kind, count: 1 });
  };
  const fields = new Map<string, number>();
  const degree = new Map<OrganizationId, number>();
  const edges = new Map<string, number>();
  for (const p of partnerships) {
    const label = PARTNERSHIP_KIND_LABELS[p.kind as keyof typeof PARTNERSHIP_KIND_LABELS];
    byKind.set(label, (byKind.get(label) ?? 0) + 1);
    count(p, "partnership");
    for (const f of new Set(p.fields)) fields.set(f, (fields.get(f) ?? 0) + 1);
    const s = sides(p.organizations);
    for (const id of [...s.a, ...s.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
    for (const x of s.a) for (const y of s.b) edges.set(`${x} ${y}`, (edges.get(`${x} ${y}`) ?? 0) + 1);
  }
  for (const e of events) count(e, "event");

  const fieldLabel = options.fieldLabel ?? fieldLabelOf;
  const ranked = [...degree]
    .map(([id, n]) => ({ id, label: nameOf(id), count: n, country: countryName(countryOf(id)) }))
    .sort((x, y) => y.count - x.count || compareText(x.label, y.label));
  const listed = listedLines(partnerships, events);
  const people = chosenPeople(facets, events);
  const listedEvents = new Set(listed.events);
  const peopleNamed = [...new Set(events.filter((e) => listedEvents.has(e.id)).flatMap((e) => e.people))].sort();
  return {
    countries: [countryA, countryB],
    from: options.from,
    to: options.to,
    partnershipCount: partnerships.length,
    eventCount: events.length,
    byKind: [...byKind]
      .map(([label, n]) => ({ label, count: n }))
      .sort((x, y) => y.count - x.count || compareText(x.label, y.label)),
    byYear: [...byYear].map(([label, n]) => ({ label, count: n })).sort((x, y) => compareText(x.label, y.label)),
    chartTimeline: [...chart.values()].sort(
      (x, y) => x.year - y.year || compareText(x.type, y.type) || compareText(x.kind, y.kind),
    ),
    fields: [...fields]
      .map(([id, n]) => ({ id, label: fieldLabel(id), count: n }))
      .sort((a, b) => b.count - a.count || compareText(a.label, b.label)),
    topOrganizations: ranked.slice(0, 10).map(({ label, count, country }) => ({ label, count, country })),
    network: networkOf(ranked, edges, (id) => countryOf(id), [countryA, countryB]),
    listed,
    timelineOmitted: partnerships.length + events.length - listed.partnerships.length - listed.events.length,
    ...people,
    peopleNamed,
  };
}

// All lines up to the limit; past it the newest dated ones, as sorting partnerships (by date, then id) before
// events (likewise) by date alone and keeping the last would choose them.
function listedLines(partnerships: readonly Facet[], events: readonly Facet[]): CountriesCounts["listed"] {
  if (partnerships.length + events.length <= TIMELINE_LIMIT)
    return { partnerships: partnerships.map((p) => p.id), events: events.map((e) => e.id) };
  type Line = { start: string; rank: number; id: string };
  const later = (x: Line, y: Line) =>
    x.start !== y.start ? x.start > y.start : x.rank !== y.rank ? x.rank > y.rank : compareText(x.id, y.id) > 0;
  // The newest lines so far, oldest first; a line joins when it is later than the oldest kept.
  const kept: Line[] = [];
  const consider = (line: Line) => {
    if (kept.length === TIMELINE_LIMIT) {
      if (!later(line, kept[0] as Line)) return;
      kept.shift();
    }
    let i = kept.length;
    while (i > 0 && later(kept[i - 1] as Line, line)) i--;
    kept.splice(i, 0, line);
  };
  for (const p of partnerships) if (p.start !== null) consider({ start: p.start, rank: 0, id: p.id });
  for (const e of events) if (e.start !== null) consider({ start: e.start, rank: 1, id: e.id });
  return {
    partnerships: kept.filter((l) => l.rank === 0).map((l) => l.id),
    events: kept.filter((l) => l.rank === 1).map((l) => l.id),
  };
}

// The people at these events; past the limit, those the most sentences name (then by name).
function chosenPeople(facets: KnowledgeBaseFacets, events: readonly Facet[]) {
  const inEvents = new Set(events.flatMap((e) => e.people));
  let chosen = facets.people.filter((p) => inEvents.has(p.id));
  const omitted = Math.max(0, chosen.length - PEOPLE_LIMIT);
  if (omitted > 0)
    chosen = chosen.sort((a, b) => b.sentences - a.sentences || compareText(a.name, b.name)).slice(0, PEOPLE_LIMIT);
  return { people: chosen.map((p) => p.id), peopleOmitted: omitted };
}

function networkOf(
  ranked: readonly { id: OrganizationId; label: string; count: number }[],
  edges: ReadonlyMap<string, number>,
  countryOf: (id: OrganizationId) => string | null,
  [countryA, countryB]: [string, string],
): NetworkData | null {
  const left = ranked.filter((r) => countryOf(r.id) === countryA).slice(0, NETWORK_SIDE);
  const right = ranked.filter((r) => countryOf(r.id) === countryB).slice(0, NETWORK_SIDE);
  if (left.length === 0 || right.length === 0) return null;
  const out: NetworkData["edges"] = [];
  left.forEach((l, i) => {
    right.forEach((r, j) => {
      const n = edges.get(`${l.id} ${r.id}`);
      if (n) out.push({ left: i, right: j, count: n });
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

/** Timeline lines counted for the chart: per year (of their start), type and kind; undated lines are not drawn. */
export function timelineCounts(
  items: readonly { year: number | null; type: "partnership" | "event"; kind: string }[],
): TimelineCount[] {
  const counts = new Map<string, TimelineCount>();
  for (const item of items) {
    if (item.year === null) continue;
    const year = Math.floor(item.year);
    const key = `${year}\u0000${item.type}\u0000${item.kind}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { year, type: item.type, kind: item.kind, count: 1 });
  }
  return [...counts.values()].sort(
    (x, y) => x.year - y.year || compareText(x.type, y.type) || compareText(x.kind, y.kind),
  );
}
