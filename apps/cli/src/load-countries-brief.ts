import { emptyKnowledgeBase, FIELDS, type KnowledgeBase, type PersonFacet } from "@accord/domain";
import { CountriesCounter, type CountriesCounts } from "@accord/reports";
import type { Io } from "./io.ts";
import { withExistingStore } from "./knowledge-base-source.ts";

/** What a countries brief of a store is rendered from: its counts, and the entities it lists whole. */
export interface CountriesBriefInput {
  kb: KnowledgeBase;
  counts: CountriesCounts | undefined;
}

/**
 * A countries brief from the store, in steps that scale with it: every entity's facets (one small row each) are
 * counted, then only what the brief lists is read whole, with the documents it cites, and every organization
 * without its evidence. The brief made from it is the one the whole knowledge base gives.
 */
export async function loadCountriesBrief(
  io: Io,
  db: string | undefined,
  countries: [string, string],
  period: { from?: string | undefined; to?: string | undefined },
): Promise<CountriesBriefInput> {
  return withExistingStore(io, db, async (store) => {
    const heads = await store.heads(["organization"]);
    const kb: KnowledgeBase = { ...emptyKnowledgeBase(), organizations: heads.organizations };
    const [a, b] = countries;
    // An unknown country is the brief's to report, as from a snapshot file, without counting anything first.
    if (!heads.organizations.some((o) => o.country === a) || !heads.organizations.some((o) => o.country === b))
      return { kb, counts: undefined };
    let counter: CountriesCounter | undefined;
    let people: PersonFacet[] = [];
    await store.scanFacets((organizations, persons) => {
      people = persons;
      counter = new CountriesCounter(organizations, [a, b], period);
      return { partnership: (f) => counter?.partnership(f), event: (f) => counter?.event(f) };
    });
    if (!counter) return { kb, counts: undefined };
    const counts = counter.counts(people);
    const whole = await store.entities({
      partnerships: counts.listed.partnerships,
      events: counts.listed.events,
      people: [...new Set([...counts.people, ...counts.peopleNamed])],
    });
    const used = new Set(whole.partnerships.flatMap((p) => p.fields));
    return {
      kb: {
        ...kb,
        partnerships: whole.partnerships,
        events: whole.events,
        people: whole.people,
        documents: whole.documents,
        fields: FIELDS.filter((f) => used.has(f.id)).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
      },
      counts,
    };
  });
}
