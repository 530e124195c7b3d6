import { compareDates, type Event, type Partnership, type Person } from "@accord/domain";
import type { BriefContext } from "./brief-context.ts";
import type { CountriesBriefData, TimelineItem } from "./brief-types.ts";
import { type CountriesCounts, countCountries, facetsOf } from "./count-countries.ts";
import { compareText, countryName } from "./labels.ts";

const RECENT = 8;

/**
 * The data of a two-country brief: cooperation between organizations of country A and of country B. The counts
 * come from the knowledge base's facets unless made beforehand; the lines and people listed are read whole.
 */
export function countriesData(
  ctx: BriefContext,
  countryA: string,
  countryB: string,
  given?: CountriesCounts,
): CountriesBriefData {
  const counts =
    given ??
    countCountries(facetsOf(ctx.kb), [countryA, countryB], {
      from: ctx.from,
      to: ctx.to,
      fieldLabel: (id) => ctx.fieldLabel(id),
    });
  const pick = <T extends { id: string }>(all: readonly T[], ids: readonly string[]) => {
    const wanted = new Set(ids);
    return all.filter((x) => wanted.has(x.id));
  };
  const byDate = (x: Partnership | Event, y: Partnership | Event) =>
    compareDates(x.date, y.date) || compareText(x.id, y.id);
  const partnerships = pick(ctx.kb.partnerships, counts.listed.partnerships).sort(byDate);
  const events = pick(ctx.kb.events, counts.listed.events).sort(byDate);
  // Only what is listed is cited, so the sources stay those quoted.
  const dated = [
    ...partnerships.map((p) => ({ date: p.date, item: ctx.partnershipItem(p), order: 0 })),
    ...events.map((e) => ({ date: e.date, item: ctx.eventItem(e), order: 1 })),
  ].sort((x, y) => compareDates(x.date, y.date) || x.order - y.order);
  const timeline = dated.map((d) => d.item);
  const recent: TimelineItem[] = dated
    .filter((d) => d.date)
    .slice(-RECENT)
    .reverse()
    .map((d) => d.item);
  const people = pick<Person>(ctx.kb.people, counts.people)
    .sort((a, b) => compareText(a.name, b.name))
    .map((p) => ctx.personItem(p, new Set(), counts.peopleDocuments?.get(p.id)));
  return {
    kind: "countries",
    title: `${countryName(countryA)} and ${countryName(countryB)}`,
    subtitle: "Cooperation between universities and institutes",
    period: ctx.periodText(),
    partnershipCount: counts.partnershipCount,
    eventCount: counts.eventCount,
    countryA: countryName(countryA),
    countryB: countryName(countryB),
    byKind: counts.byKind,
    byYear: counts.byYear,
    topOrganizations: counts.topOrganizations,
    recent,
    timeline,
    timelineOmitted: counts.timelineOmitted,
    people,
    peopleOmitted: counts.peopleOmitted,
    fields: counts.fields,
    references: [],
    charts: { timeline: counts.chartTimeline, fields: counts.fields, network: counts.network },
  };
}
