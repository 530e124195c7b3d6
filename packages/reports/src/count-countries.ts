import {
  boundsWithin,
  countryOfOrganization,
  dateEnd,
  dateStart,
  type Facet,
  type FacetColumns,
  FIELDS,
  type KnowledgeBase,
  type KnowledgeBaseFacets,
  type OrganizationFacet,
  type OrganizationId,
  type PersonFacet,
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
  /**
   * How many documents back each listed person's line, when the knowledge base holds the people with part of their
   * evidence (see `peopleCitable`); absent when they are whole.
   */
  peopleDocuments?: ReadonlyMap<string, number>;
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
  countries: [string, string],
  options: CountOptions = {},
): CountriesCounts {
  const counter = new CountriesCounter(facets.organizations, countries, options);
  for (const p of facets.partnerships) counter.partnership(p);
  for (const e of facets.events) counter.event(e);
  return counter.counts(facets.people);
}

/** The period counted, and the labels of fields (the vocabulary's by default). */
export interface CountOptions {
  from?: string | undefined;
  to?: string | undefined;
  fieldLabel?: (id: string) => string;
}

// A list of parties as counted: its top organizations of the two countries, and its pairs across them (each pair
// of top organizations as one number, see `#pairOf`).
type Sides = { crosses: boolean; roots: OrganizationId[]; edges: number[]; tally: Tally | undefined };
// Where a list of parties' counts are kept: its top organizations' and its pairs' places in the counters' arrays.
type Tally = { roots: number[]; edges: number[] };
type Line = { start: string; rank: number; id: string };
// What is counted in one year: its lines, and its dated partnerships and events by kind (for the chart).
type YearCounts = {
  label: string;
  year: number;
  lines: number;
  partnerships: Map<string, TimelineCount>;
  events: Map<string, TimelineCount>;
};
type Count = { count: number };
// A facet's id, or its place in the facet columns being read.
type Key = string | number;

/**
 * `countCountries` one facet at a time, for a store that reads facets as a stream: give it the partnerships, then
 * the events, each in id order, then ask for the counts with the people.
 */
export class CountriesCounter {
  readonly #countries: [string, string];
  readonly #options: CountOptions;
  readonly #orgs: Map<string, OrganizationFacet>;
  readonly #links: { organizations: readonly OrganizationFacet[] };
  readonly #roots = new Map<string, OrganizationId>();
  readonly #countryOf = new Map<string, string | null>();
  // Worked out once per list of organizations: a store's facets share one array between the many partnerships
  // of the same parties.
  readonly #sides = new Map<readonly OrganizationId[], Sides>();
  // How the ids of the facet columns being read are made, and the last one made (see `#id`).
  #columnId: (i: number) => string = () => "";
  #lastPlace = -1;
  #lastId = "";
  readonly #byKind = new Map<string, Count>();
  #undated = 0;
  // By the first four characters of a start date, and by each start date seen (most recur).
  readonly #byYearOf = new Map<string, YearCounts>();
  readonly #years = new Map<string, YearCounts>();
  readonly #fields = new Map<string, Count>();
  // Partnerships by top organization (in the order each was first counted) and by pair.
  readonly #degree = new Tallies<OrganizationId>();
  readonly #edges = new Tallies<number>();
  // A number for each top organization met, for keying its pairs.
  readonly #numbers = new Map<OrganizationId, number>();
  readonly #inEvents = new Set<string>();
  // The lines while there are few enough to list them all, and the newest dated ones (oldest first).
  #all: { partnerships: string[]; events: string[] } | null = { partnerships: [], events: [] };
  readonly #newest: Line[] = [];
  readonly #peopleAt = new Map<string, readonly string[]>();
  // Whether the line last counted may be listed.
  #listed = false;
  #partnershipCount = 0;
  #eventCount = 0;

  constructor(organizations: readonly OrganizationFacet[], countries: [string, string], options: CountOptions = {}) {
    this.#countries = countries;
    this.#options = options;
    this.#orgs = new Map(organizations.map((o) => [o.id as string, o]));
    this.#links = { organizations };
  }

  #root(id: OrganizationId): OrganizationId {
    let r = this.#roots.get(id);
    if (r === undefined) {
      r = rootOrganizationId(this.#links, id);
      this.#roots.set(id, r);
    }
    return r;
  }

  #country(id: OrganizationId): string | null {
    let c = this.#countryOf.get(id);
    if (c === undefined) {
      c = countryOfOrganization(this.#links, id);
      this.#countryOf.set(id, c);
    }
    return c;
  }

  #sidesOf(ids: readonly OrganizationId[]): Sides {
    let s = this.#sides.get(ids);
    if (s) return s;
    const [countryA, countryB] = this.#countries;
    const a: OrganizationId[] = [];
    const b: OrganizationId[] = [];
    for (const id of ids) {
      const r = this.#root(id);
      const c = this.#country(r);
      if (c === countryA && !a.includes(r)) a.push(r);
      if (c === countryB && !b.includes(r)) b.push(r);
    }
    const edges: number[] = [];
    for (const x of a) for (const y of b) edges.push(this.#pairOf(x, y));
    s = { crosses: a.length > 0 && b.length > 0, roots: [...a, ...b], edges, tally: undefined };
    this.#sides.set(ids, s);
    return s;
  }

  // One number for a pair of top organizations (one of each country), the same each time it is asked.
  #pairOf(x: OrganizationId, y: OrganizationId): number {
    return this.#numberOf(x) * PAIR_SPACE + this.#numberOf(y);
  }

  #numberOf(id: OrganizationId): number {
    let n = this.#numbers.get(id);
    if (n === undefined) {
      n = this.#numbers.size;
      if (n >= PAIR_SPACE) throw new Error("too many organizations to count their pairs");
      this.#numbers.set(id, n);
    }
    return n;
  }

  // What every line counted counts: its year and kind, and whether it may be listed.
  #counts(
    type: "partnership" | "event",
    id: string,
    kindId: string,
    start: string | null,
    end: string | null,
    organizations: readonly OrganizationId[],
  ): Sides | null {
    if (!boundsWithin(start, end, this.#options.from, this.#options.to)) return null;
    const sides = this.#sidesOf(organizations);
    if (!sides.crosses) return null;
    if (start === null) this.#undated++;
    else {
      const year = this.#yearOf(start);
      year.lines++;
      timelineCount(year, type, kindLabel(type, kindId)).count++;
    }
    this.#listed = this.#line(id, start, type);
    return sides;
  }

  // The year of a start date, and what is counted in it: most dates recur, so each is sliced and looked up once.
  #yearOf(start: string): YearCounts {
    let year = this.#years.get(start);
    if (year === undefined) {
      const label = start.slice(0, 4);
      year = this.#byYearOf.get(label);
      if (year === undefined) {
        year = { label, year: Number(label), lines: 0, partnerships: new Map(), events: new Map() };
        this.#byYearOf.set(label, year);
      }
      this.#years.set(start, year);
    }
    return year;
  }

  // A facet's id: given, or its place in the columns being read (the last one asked for is kept).
  #id(key: Key): string {
    if (typeof key === "string") return key;
    if (key !== this.#lastPlace) {
      this.#lastId = this.#columnId(key);
      this.#lastPlace = key;
    }
    return this.#lastId;
  }

  // Whether the line may be listed: it is among all the lines so far, or among the newest.
  #line(key: Key, start: string | null, type: "partnership" | "event"): boolean {
    let listed = false;
    if (this.#all) {
      this.#all[type === "partnership" ? "partnerships" : "events"].push(this.#id(key));
      listed = true;
      if (this.#all.partnerships.length + this.#all.events.length > TIMELINE_LIMIT) this.#all = null;
    }
    if (start === null) return listed;
    // Partnerships (by date, then id) before events (likewise), sorted by date alone: the last are the newest.
    const rank = type === "partnership" ? 0 : 1;
    const kept = this.#newest;
    if (kept.length === TIMELINE_LIMIT) {
      const first = kept[0] as Line;
      // The id only on a tie, so that a line of the columns not listed is never given its id.
      if (start !== first.start ? start < first.start : rank !== first.rank ? rank < first.rank : false) return listed;
      if (start === first.start && rank === first.rank && compareText(this.#id(key), first.id) <= 0) return listed;
      kept.shift();
    }
    const line: Line = { start, rank, id: this.#id(key) };
    let i = kept.length;
    while (i > 0 && later(kept[i - 1] as Line, line)) i--;
    kept.splice(i, 0, line);
    return true;
  }

  /** Counts a partnership (given in id order, before the events). */
  partnership(p: Facet): void {
    const sides = this.#counts("partnership", p.id, p.kind, p.start, p.end, p.organizations);
    if (!sides) return;
    this.#partnershipCount++;
    counter(this.#byKind, kindLabel("partnership", p.kind)).count++;
    for (const f of unique(p.fields)) counter(this.#fields, f).count++;
    this.#tally(sides.tally ?? this.#tallyOf(sides));
  }

  // Counts partnerships (one unless told) for each of their top organizations and pairs.
  #tally(tally: Tally, n = 1): void {
    const degrees = this.#degree.counts;
    for (const at of tally.roots) degrees[at] = (degrees[at] as number) + n;
    const edges = this.#edges.counts;
    for (const at of tally.edges) edges[at] = (edges[at] as number) + n;
  }

  // A list of parties' places in the counters, made when a partnership of those parties is first counted.
  #tallyOf(sides: Sides): Tally {
    sides.tally = {
      roots: sides.roots.map((id) => this.#degree.place(id)),
      edges: sides.edges.map((key) => this.#edges.place(key)),
    };
    return sides.tally;
  }

  /** Counts an event (given in id order, after the partnerships). */
  event(e: Facet): void {
    if (!this.#counts("event", e.id, e.kind, e.start, e.end, e.organizations)) return;
    this.#eventCount++;
    for (const person of e.people) this.#inEvents.add(person);
    // Kept for the events that may be listed alone: their lines name their people.
    if (e.people.length > 0 && this.#listed) this.#peopleAt.set(e.id, e.people);
  }

  /**
   * Counts a store's facet columns, the partnerships and then the events: what `partnership` and `event` count
   * given each facet in turn, without a facet object for each. A line counts into arrays by the places of its date,
   * kind and lists in the columns; what a list of parties or of fields counts for (its top organizations and pairs,
   * its fields) is added once for all its lines when all are read, in the order the lists were first met.
   */
  columns(c: FacetColumns): void {
    const { kinds, dates, lists, numbers } = c;
    const { from, to } = this.#options;
    const bounded = Boolean(from || to);
    this.#columnId = (i) => c.id(i);
    this.#lastPlace = -1;
    const kindCount = kinds.length;
    const total = c.partnerships + c.events;
    // By a list's place: whether it names parties across the two countries (2) or not (1), or is no list of parties
    // (0).
    const crossing = new Uint8Array(lists.length);
    for (let at = 3; at < 5 * total; at += 5) crossing[numbers[at] as number] = 1;
    const sidesAt: (Sides | undefined)[] = none(lists.length);
    for (let list = 0; list < lists.length; list++) {
      if (crossing[list] === 0) continue;
      const sides = this.#sidesOf(lists[list] as readonly OrganizationId[]);
      sidesAt[list] = sides;
      crossing[list] = sides.crosses ? 2 : 1;
    }
    // Each date's year, by place in `years`.
    const years: string[] = [];
    const yearPlaces = new Map<string, number>();
    const yearAt = Int32Array.from(dates, (date) => {
      const label = date.slice(0, 4);
      let y = yearPlaces.get(label);
      if (y === undefined) {
        y = years.push(label) - 1;
        yearPlaces.set(label, y);
      }
      return y;
    });
    const lines = new Int32Array(years.length);
    // Lines by year and kind (a year's place times the number of kinds, plus the kind's place), of each type.
    const byYearKind = {
      partnership: new Int32Array(years.length * kindCount),
      event: new Int32Array(years.length * kindCount),
    };
    const byKind = new Int32Array(kindCount);
    // Partnerships by the place of their list of parties, and of fields; each list's place in the order first met.
    const byParties = new Int32Array(lists.length);
    const byFields = new Int32Array(lists.length);
    const partiesMet: number[] = [];
    const fieldsMet: number[] = [];
    let undated = 0;
    const counted = { partnership: 0, event: 0 };
    // Whether the line at `at` is counted, having counted its date and kind if so.
    const counts = (type: "partnership" | "event", i: number, at: number): boolean => {
      const startAt = (numbers[at + 1] as number) - 1;
      const start = startAt < 0 ? null : (dates[startAt] as string);
      if (bounded) {
        const endAt = (numbers[at + 2] as number) - 1;
        if (!boundsWithin(start, endAt < 0 ? null : (dates[endAt] as string), from, to)) return false;
      }
      if (crossing[numbers[at + 3] as number] !== 2) return false;
      if (startAt < 0) undated++;
      else {
        const y = yearAt[startAt] as number;
        lines[y] = (lines[y] as number) + 1;
        const byKindOfYear = byYearKind[type];
        const place = y * kindCount + (numbers[at] as number);
        byKindOfYear[place] = (byKindOfYear[place] as number) + 1;
      }
      counted[type]++;
      this.#listed = this.#line(i, start, type);
      return true;
    };
    for (let i = 0, at = 0; i < c.partnerships; i++, at += 5) {
      if (!counts("partnership", i, at)) continue;
      const kind = numbers[at] as number;
      byKind[kind] = (byKind[kind] as number) + 1;
      const parties = numbers[at + 3] as number;
      if (byParties[parties] === 0) partiesMet.push(parties);
      byParties[parties] = (byParties[parties] as number) + 1;
      const fields = numbers[at + 4] as number;
      if (byFields[fields] === 0) fieldsMet.push(fields);
      byFields[fields] = (byFields[fields] as number) + 1;
    }
    // The lists of people already added to those at the events counted.
    const peopleAdded = new Uint8Array(lists.length);
    for (let i = c.partnerships, at = 5 * i; i < total; i++, at += 5) {
      if (!counts("event", i, at)) continue;
      const other = numbers[at + 4] as number;
      const people = lists[other] as readonly string[];
      if (peopleAdded[other] === 0) {
        peopleAdded[other] = 1;
        for (const person of people) this.#inEvents.add(person);
      }
      if (people.length > 0 && this.#listed) this.#peopleAt.set(this.#id(i), people);
    }
    this.#undated += undated;
    this.#partnershipCount += counted.partnership;
    this.#eventCount += counted.event;
    for (let k = 0; k < kindCount; k++)
      if ((byKind[k] as number) > 0)
        counter(this.#byKind, kindLabel("partnership", kinds[k] as string)).count += byKind[k] as number;
    for (const list of fieldsMet) {
      const n = byFields[list] as number;
      for (const f of unique(lists[list] as readonly string[])) counter(this.#fields, f).count += n;
    }
    for (const list of partiesMet) {
      const sides = sidesAt[list] as Sides;
      this.#tally(sides.tally ?? this.#tallyOf(sides), byParties[list] as number);
    }
    years.forEach((label, y) => {
      if (lines[y] === 0) return;
      const year = this.#yearOf(label);
      year.lines += lines[y] as number;
      for (const type of ["partnership", "event"] as const)
        for (let k = 0; k < kindCount; k++) {
          const n = byYearKind[type][y * kindCount + k] as number;
          if (n > 0) timelineCount(year, type, kindLabel(type, kinds[k] as string)).count += n;
        }
    });
  }

  /** The counts, with the people (those at the events counted are ranked; past 40, by how many sentences name them). */
  counts(people: readonly PersonFacet[]): CountriesCounts {
    const [countryA, countryB] = this.#countries;
    const nameOf = (id: OrganizationId) => this.#orgs.get(id)?.name ?? id;
    const fieldLabel = this.#options.fieldLabel ?? fieldLabelOf;
    const degrees = this.#degree.counts;
    const ranked = this.#degree.keys
      .map((id, i) => ({ id, label: nameOf(id), count: degrees[i] as number, country: countryName(this.#country(id)) }))
      .sort((x, y) => y.count - x.count || compareText(x.label, y.label));
    const listed = this.#all ?? {
      partnerships: this.#newest.filter((l) => l.rank === 0).map((l) => l.id),
      events: this.#newest.filter((l) => l.rank === 1).map((l) => l.id),
    };
    let chosen = people.filter((p) => this.#inEvents.has(p.id));
    const peopleOmitted = Math.max(0, chosen.length - PEOPLE_LIMIT);
    if (peopleOmitted > 0)
      chosen = chosen.sort((a, b) => b.sentences - a.sentences || compareText(a.name, b.name)).slice(0, PEOPLE_LIMIT);
    const total = this.#partnershipCount + this.#eventCount;
    return {
      countries: [countryA, countryB],
      from: this.#options.from,
      to: this.#options.to,
      partnershipCount: this.#partnershipCount,
      eventCount: this.#eventCount,
      byKind: [...this.#byKind]
        .map(([label, n]) => ({ label, count: n.count }))
        .sort((x, y) => y.count - x.count || compareText(x.label, y.label)),
      byYear: [
        ...[...this.#byYearOf.values()].map((y) => ({ label: y.label, count: y.lines })),
        ...(this.#undated > 0 ? [{ label: "undated", count: this.#undated }] : []),
      ].sort((x, y) => compareText(x.label, y.label)),
      chartTimeline: [...this.#byYearOf.values()]
        .flatMap((y) => [...y.partnerships.values(), ...y.events.values()])
        .sort((x, y) => x.year - y.year || compareText(x.type, y.type) || compareText(x.kind, y.kind)),
      fields: [...this.#fields]
        .map(([id, n]) => ({ id, label: fieldLabel(id), count: n.count }))
        .sort((a, b) => b.count - a.count || compareText(a.label, b.label)),
      topOrganizations: ranked.slice(0, 10).map(({ label, count, country }) => ({ label, count, country })),
      network: networkOf(
        ranked,
        (x, y) => {
          const at = this.#numbers.has(x) && this.#numbers.has(y) ? this.#edges.find(this.#pairOf(x, y)) : undefined;
          return at === undefined ? undefined : this.#edges.counts[at];
        },
        (id) => this.#country(id),
        [countryA, countryB],
      ),
      listed,
      timelineOmitted: total - listed.partnerships.length - listed.events.length,
      people: chosen.map((p) => p.id),
      peopleOmitted,
      peopleNamed: [...new Set(listed.events.flatMap((id) => this.#peopleAt.get(id) ?? []))].sort(),
    };
  }
}

const none = <T>(length: number): (T | undefined)[] => new Array<T | undefined>(length).fill(undefined);

// The items of a list, each once.
const unique = <T>(items: readonly T[]): T[] => items.filter((x, i) => items.indexOf(x) === i);

const kindLabel = (type: "partnership" | "event", kind: string): string =>
  type === "partnership"
    ? PARTNERSHIP_KIND_LABELS[kind as keyof typeof PARTNERSHIP_KIND_LABELS]
    : EVENT_KIND_LABELS[kind as keyof typeof EVENT_KIND_LABELS];

// A year's count of lines of one type and kind, made (at 0) when first asked for.
function timelineCount(year: YearCounts, type: "partnership" | "event", kind: string): TimelineCount {
  const kinds = type === "partnership" ? year.partnerships : year.events;
  let count = kinds.get(kind);
  if (!count) {
    count = { year: year.year, type, kind, count: 0 };
    kinds.set(kind, count);
  }
  return count;
}

// The count of a key, made (at 0) when first asked for.
function counter(counts: Map<string, Count>, key: string): Count {
  let c = counts.get(key);
  if (!c) {
    c = { count: 0 };
    counts.set(key, c);
  }
  return c;
}

/** Counts by key in arrays: a key's place is looked up once, where a list of keys is first counted. */
class Tallies<K> {
  readonly keys: K[] = [];
  readonly counts: number[] = [];
  readonly #at = new Map<K, number>();

  /** The key's place, if it has one. */
  find(key: K): number | undefined {
    return this.#at.get(key);
  }

  place(key: K): number {
    let at = this.#at.get(key);
    if (at === undefined) {
      at = this.counts.length;
      this.#at.set(key, at);
      this.keys.push(key);
      this.counts.push(0);
    }
    return at;
  }
}

const later = (x: Line, y: Line) => laterThan(x.start, x.rank, x.id, y);
const laterThan = (start: string, rank: number, id: string, y: Line) =>
  start !== y.start ? start > y.start : rank !== y.rank ? rank > y.rank : compareText(id, y.id) > 0;
// Top organizations are numbered below this, so that a pair's number, x * PAIR_SPACE + y, is an exact integer.
const PAIR_SPACE = 2 ** 26;

function networkOf(
  ranked: readonly { id: OrganizationId; label: string; count: number }[],
  edges: (left: OrganizationId, right: OrganizationId) => number | undefined,
  countryOf: (id: OrganizationId) => string | null,
  [countryA, countryB]: [string, string],
): NetworkData | null {
  const left = ranked.filter((r) => countryOf(r.id) === countryA).slice(0, NETWORK_SIDE);
  const right = ranked.filter((r) => countryOf(r.id) === countryB).slice(0, NETWORK_SIDE);
  if (left.length === 0 || right.length === 0) return null;
  const out: NetworkData["edges"] = [];
  left.forEach((l, i) => {
    right.forEach((r, j) => {
      const n = edges(l.id, r.id);
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
