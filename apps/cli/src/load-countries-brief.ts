import {
  emptyKnowledgeBase,
  FIELDS,
  type KnowledgeBase,
  type OrganizationFacet,
  type OrganizationId,
  type PersonFacet,
} from "@accord/domain";
import { CountriesCounter, type CountriesCounts, peopleCitable } from "@accord/reports";
import type { Io } from "./io.ts";
import { withExistingStore } from "./knowledge-base-source.ts";

/** What a countries brief of a store is rendered from: its counts, and the entities it lists whole. */
export interface CountriesBriefInput {
  kb: KnowledgeBase;
  counts: CountriesCounts | undefined;
}

/**
 * A countries brief from the store, in steps that scale with it: every entity's facets (one small row each, or the
 * store's facet pack) are counted, then only what the brief lists is read whole, with the documents it cites and the organizations it
 * names (and their parents) without their evidence. The brief made from it is the one the whole knowledge base gives.
 */
export async function loadCountriesBrief(
  io: Io,
  db: string | undefined,
  countries: [string, string],
  period: { from?: string | undefined; to?: string | undefined },
): Promise<CountriesBriefInput> {
  return withExistingStore(io, db, async (store) => {
    const [a, b] = countries;
    let facets: OrganizationFacet[] = [];
    let anchors: OrganizationId[] = [];
    let counter: CountriesCounter | undefined;
    let people: PersonFacet[] = [];
    await store.scanFacets((organizations, persons) => {
      facets = organizations;
      const firstIn = (country: string) => organizations.find((o) => o.country === country)?.id;
      // One organization of each country the store knows, for the brief's check that both are known.
      anchors = [firstIn(a), firstIn(b)].filter((id) => id !== undefined);
      // An unknown country is the brief's to report, as from a snapshot file: nothing is counted.
      if (anchors.length < 2) return { partnership: () => {}, event: () => {} };
      people = persons;
      counter = new CountriesCounter(organizations, [a, b], period);
      return {
        partnership: (f) => counter?.partnership(f),
        event: (f) => counter?.event(f),
        columns: (c) => counter?.columns(c),
      };
    });
    if (!counter) {
      const kb = {
        ...emptyKnowledgeBase(),
        organizations: (await store.headsOf("organization", anchors)).organizations,
      };
      return { kb, counts: undefined };
    }
    const listed = counter.counts(people);
    const lines = await store.entities({ partnerships: listed.listed.partnerships, events: listed.listed.events });
    // The people with the evidence their lines may cite, and how many documents each line stands on: people most
    // documents name are otherwise read whole, thousands of documents each, to cite six.
    const cited = new Set(
      [...lines.partnerships, ...lines.events].flatMap((x) => x.evidence.map((e) => e.documentId as string)),
    );
    let peopleDocuments: Map<string, number> | undefined;
    const read = await store.entities({
      people: [...new Set([...listed.people, ...listed.peopleNamed])],
      peopleEvidence: (sources) => {
        const { keep, documents } = peopleCitable(sources, cited);
        peopleDocuments = documents;
        return keep;
      },
    });
    const counts = { ...listed, peopleDocuments };
    const byId = new Map([...lines.documents, ...read.documents].map((d) => [d.id, d]));
    const whole = {
      partnerships: lines.partnerships,
      events: lines.events,
      people: read.people,
      documents: [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    };
    const used = new Set(whole.partnerships.flatMap((p) => p.fields));
    // The organizations the lines and people listed name, with their parents: the others are in the counts.
    const parentOf = new Map(facets.map((o) => [o.id as string, o.parentId]));
    const named = new Set<string>();
    const name = (id: string | null) => {
      for (let at = id; at !== null && !named.has(at); at = parentOf.get(at) ?? null) named.add(at);
    };
    for (const id of anchors) name(id);
    for (const p of whole.partnerships) for (const id of p.parties) name(id);
    for (const e of whole.events) for (const id of e.organizations) name(id);
    for (const p of whole.people) for (const f of p.affiliations) name(f.organizationId);
    return {
      kb: {
        ...emptyKnowledgeBase(),
        organizations: (await store.headsOf("organization", [...named])).organizations,
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
