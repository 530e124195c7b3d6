import { compareDates, type Evidence, type Organization, type OrganizationId } from "@accord/domain";
import type { BriefContext } from "./brief-context.ts";
import type { CountItem, OrgBriefData, PartnerItem } from "./brief-types.ts";
import { timelineCounts } from "./count-countries.ts";
import { compareText, countryName, PARTNERSHIP_KIND_LABELS } from "./labels.ts";

/** The data of an organization's profile: names, partners, timeline, people and fields in the period. */
export function orgData(ctx: BriefContext, org: Organization): OrgBriefData {
  const involves = (ids: readonly OrganizationId[]) => ids.some((id) => ctx.root(id) === org.id);
  const partnerships = ctx.kb.partnerships
    .filter((p) => involves(p.parties) && ctx.inPeriod(p.date))
    .sort((a, b) => compareDates(a.date, b.date) || compareText(a.id, b.id));
  const events = ctx.kb.events
    .filter((e) => involves(e.organizations) && ctx.inPeriod(e.date))
    .sort((a, b) => compareDates(a.date, b.date) || compareText(a.id, b.id));
  const timeline = [
    ...partnerships.map((p) => ({ date: p.date, item: ctx.partnershipItem(p), order: 0 })),
    ...events.map((e) => ({ date: e.date, item: ctx.eventItem(e), order: 1 })),
  ]
    .sort((x, y) => compareDates(x.date, y.date) || x.order - y.order)
    .map((x) => x.item);

  const partners = new Map<OrganizationId, { kinds: Map<string, number>; count: number; evidence: Evidence[] }>();
  for (const p of partnerships) {
    for (const other of new Set(p.parties.map((id) => ctx.root(id)))) {
      if (other === org.id) continue;
      const entry = partners.get(other) ?? { kinds: new Map(), count: 0, evidence: [] as Evidence[] };
      const label = PARTNERSHIP_KIND_LABELS[p.kind].toLowerCase();
      entry.kinds.set(label, (entry.kinds.get(label) ?? 0) + 1);
      entry.count++;
      entry.evidence.push(...p.evidence);
      partners.set(other, entry);
    }
  }
  const byCountry = new Map<string, PartnerItem[]>();
  for (const [id, entry] of partners) {
    const country = countryName(ctx.countryOf(id));
    const item: PartnerItem = {
      name: ctx.nameOf(id),
      country,
      kinds: [...entry.kinds].map(([k, n]) => (n > 1 ? `${k} × ${n}` : k)).join(", "),
      count: entry.count,
      ...ctx.citations.citeLine(entry.evidence),
    };
    byCountry.set(country, [...(byCountry.get(country) ?? []), item]);
  }
  const partnersByCountry = [...byCountry]
    .map(([country, list]) => ({
      country,
      partners: list.sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
    }))
    .sort((a, b) => b.partners.length - a.partners.length || compareText(a.country, b.country));
  const kindCounts = new Map<string, number>();
  for (const p of partnerships) {
    const label = PARTNERSHIP_KIND_LABELS[p.kind];
    kindCounts.set(label, (kindCounts.get(label) ?? 0) + 1);
  }
  const partnersByKind: CountItem[] = [...kindCounts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || compareText(a.label, b.label));
  const fields = ctx.fieldCounts(partnerships);
  const view = ctx.view(org);
  const shown = new Set([org.name, view.nameZh, view.nameRu]);
  // Cited in the order the brief prints them: programmes, then people.
  const programmes = ctx.programmes(partnerships);
  const people = ctx.people(new Set([org.id]), events);
  return {
    kind: "org",
    title: org.name,
    subtitle: "Organization profile",
    period: ctx.periodText(),
    partnershipCount: partnerships.length,
    eventCount: events.length,
    organization: view,
    otherNames: [...org.names.map((n) => n.value), ...org.aliases].filter((n) => !shown.has(n)),
    units: ctx.kb.organizations
      .filter((o) => o.parentId && ctx.root(o.id) === org.id && o.id !== org.id)
      .map((o) => o.name)
      .sort(compareText),
    partnersByCountry,
    partnersByKind,
    programmes,
    timeline,
    timelineOmitted: 0,
    people: people.items,
    peopleOmitted: people.omitted,
    fields,
    references: [],
    charts: { timeline: timelineCounts(timeline), fields, network: null },
  };
}
