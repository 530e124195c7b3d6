import {
  type Facet,
  type FacetColumns,
  FIELDS,
  type OrganizationFacet,
  type OrganizationId,
  type PersonFacet,
} from "@accord/domain";
import { expect, test } from "vitest";
import { type CountOptions, CountriesCounter } from "../src/count-countries.ts";
import { EVENT_KIND_LABELS, PARTNERSHIP_KIND_LABELS } from "../src/labels.ts";

// A seeded generator, so that a failure is the same failure each run.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Facets {
  organizations: OrganizationFacet[];
  people: PersonFacet[];
  partnerships: Facet[];
  events: Facet[];
}

// Organizations of three countries (some units, some of no known country), and partnerships and events among them
// whose lists of parties, fields and people recur as one array each, as a store's facets do.
function makeFacets(seed: number): Facets {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const organizations: OrganizationFacet[] = [];
  for (let i = 0; i < 40; i++) {
    const id = `organization:o${String(i).padStart(2, "0")}` as OrganizationId;
    const parent = i >= 30 ? organizations[i - 30] : undefined;
    organizations.push({
      id,
      name: i % 7 === 0 ? "Same Name University" : `University ${i}`,
      parentId: parent ? parent.id : null,
      country: parent ? null : pick(["CN", "RU", "KZ", null, "CN", "RU"]),
    });
  }
  const people = Array.from({ length: 60 }, (_, i) => ({
    id: `person:p${String(i).padStart(2, "0")}`,
    name: `Person ${i % 45}`,
    sentences: Math.floor(next() * 9),
  }));
  const shared = new Map<string, string[]>();
  const list = (ids: string[]) => {
    const key = ids.join(" ");
    let l = shared.get(key);
    if (!l) {
      l = ids;
      shared.set(key, l);
    }
    return l;
  };
  const date = (): { start: string | null; end: string | null } => {
    const year = 2000 + Math.floor(next() * 25);
    const r = next();
    if (r < 0.15) return { start: null, end: null };
    if (r < 0.4) return { start: `${year}`, end: `${year}-12-31` };
    const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
    return { start: `${year}-${month}-01`, end: `${year}-${month}-28` };
  };
  const parties = () =>
    list([
      ...new Set([pick(organizations).id, pick(organizations).id, ...(next() < 0.2 ? [pick(organizations).id] : [])]),
    ]) as OrganizationId[];
  const fieldIds = FIELDS.map((f) => f.id);
  const partnerships: Facet[] = Array.from({ length: 900 }, (_, i) => ({
    id: `partnership:${String(i).padStart(4, "0")}`,
    kind: pick(Object.keys(PARTNERSHIP_KIND_LABELS)),
    ...date(),
    organizations: parties(),
    fields: next() < 0.3 ? [] : list([pick(fieldIds), pick(fieldIds)]),
    people: [],
  }));
  const events: Facet[] = Array.from({ length: 600 }, (_, i) => ({
    id: `event:${String(i).padStart(4, "0")}`,
    kind: pick(Object.keys(EVENT_KIND_LABELS)),
    ...date(),
    organizations: parties(),
    fields: [],
    people: next() < 0.4 ? [] : list([pick(people).id, pick(people).id]),
  }));
  return { organizations, people, partnerships, events };
}

// The facets as a store's pack gives them: each kind, date and list once, five numbers a facet.
function columnsOf(f: Facets): FacetColumns {
  const kinds: string[] = [];
  const dates: string[] = [];
  const lists: string[][] = [];
  const placeOf = <T>(table: T[], value: T) => {
    const at = table.indexOf(value);
    return at >= 0 ? at : table.push(value) - 1;
  };
  const all = [...f.partnerships, ...f.events];
  const numbers = new Uint32Array(5 * all.length);
  all.forEach((x, i) => {
    const other = i < f.partnerships.length ? x.fields : x.people;
    numbers.set(
      [
        placeOf(kinds, x.kind),
        x.start === null ? 0 : placeOf(dates, x.start) + 1,
        x.end === null ? 0 : placeOf(dates, x.end) + 1,
        placeOf(lists, x.organizations as unknown as string[]),
        placeOf(lists, other as unknown as string[]),
      ],
      5 * i,
    );
  });
  const asked: number[] = [];
  return {
    partnerships: f.partnerships.length,
    events: f.events.length,
    id: (i) => {
      asked.push(i);
      return (all[i] as Facet).id;
    },
    kinds,
    dates,
    lists,
    numbers,
    // How many ids were asked for, read by the test.
    get asked() {
      return asked.length;
    },
  } as FacetColumns;
}

const periods: CountOptions[] = [{}, { from: "2010", to: "2019-06" }, { from: "2021-03" }, { to: "2004" }];

test("counting a store's facet columns gives what counting each facet gives", () => {
  for (const seed of [1, 2, 3, 4, 5])
    for (const period of periods)
      for (const countries of [
        ["CN", "RU"],
        ["RU", "KZ"],
      ] as [string, string][]) {
        const f = makeFacets(seed);
        const one = new CountriesCounter(f.organizations, countries, period);
        for (const p of f.partnerships) one.partnership(p);
        for (const e of f.events) one.event(e);
        const columns = columnsOf(f);
        const all = new CountriesCounter(f.organizations, countries, period);
        all.columns(columns);
        const expected = one.counts(f.people);
        expect(all.counts(f.people)).toEqual(expected);
        expect(expected.partnershipCount + expected.eventCount).toBeGreaterThan(0);
        // Only the lines that may be listed are given their ids.
        expect((columns as unknown as { asked: number }).asked).toBeLessThan(f.partnerships.length / 2);
      }
});
