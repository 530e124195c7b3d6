import {
  compareDates,
  dateStart,
  dateWithin,
  type Event,
  FIELDS,
  formatDate,
  type HistoryEntry,
  type KnowledgeBase,
  type Organization,
  type OrganizationId,
  type PartialDate,
  type Partnership,
  type Person,
  rootOrganizationId,
} from "@accord/domain";
import type {
  FieldCount,
  OpenQuestion,
  OrganizationView,
  PersonItem,
  ProgrammeItem,
  TimelineItem,
} from "./brief-types.ts";
import { Citations } from "./citations.ts";
import { compareText, countryName, EVENT_KIND_LABELS, PARTNERSHIP_KIND_LABELS, STATUS_LABELS } from "./labels.ts";

const LASTING_KINDS = new Set(["joint-program", "joint-institute", "joint-lab", "exchange", "research-project"]);

/** What every brief builder shares: the snapshot, the period, the citations and the lookups. */
export class BriefContext {
  readonly kb: KnowledgeBase;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly citations: Citations;
  readonly #orgs: Map<string, Organization>;
  readonly #roots = new Map<string, OrganizationId>();

  constructor(kb: KnowledgeBase, period: { from?: string | undefined; to?: string | undefined }) {
    this.kb = kb;
    this.from = period.from;
    this.to = period.to;
    this.citations = new Citations(kb.documents);
    this.#orgs = new Map(kb.organizations.map((o) => [o.id, o]));
  }

  /** Whether a date falls in the brief's period (undated facts count only when no period is set). */
  inPeriod(date: PartialDate | null): boolean {
    return dateWithin(date, this.from, this.to);
  }

  /** The period in words. */
  periodText(): string {
    const f = this.from ? formatIsoWords(this.from) : undefined;
    const t = this.to ? formatIsoWords(this.to) : undefined;
    if (f && t) return `from ${f} to ${t}`;
    if (f) return `from ${f} on`;
    if (t) return `up to ${t}`;
    return "all dates";
  }

  organization(id: OrganizationId): Organization | undefined {
    return this.#orgs.get(id);
  }

  root(id: OrganizationId): OrganizationId {
    let root = this.#roots.get(id);
    if (!root) {
      root = rootOrganizationId(this.kb, id);
      this.#roots.set(id, root);
    }
    return root;
  }

  /** The country of an organization; a unit has its parent's. */
  countryOf(id: OrganizationId): string | null {
    return this.organization(this.root(id))?.country ?? this.organization(id)?.country ?? null;
  }

  nameOf(id: OrganizationId): string {
    return this.organization(id)?.name ?? id;
  }

  view(org: Organization): OrganizationView {
    return {
      id: org.id,
      name: org.name,
      nameZh: nameIn(org, "zh"),
      nameRu: nameIn(org, "ru"),
      acronyms: org.acronyms,
      country: org.country,
      countryName: countryName(org.country),
      kind: org.kind,
      city: org.city,
    };
  }

  /** Parties as one line: "Harbin Institute of Technology, Saint Petersburg State University". */
  partiesText(ids: readonly OrganizationId[]): string {
    const names = [...new Set(ids.map((id) => this.nameOf(this.root(id))))];
    return names.join(", ");
  }

  timelineItem(entry: HistoryEntry): TimelineItem {
    if (entry.type === "partnership") return this.partnershipItem(entry.partnership);
    return this.eventItem(entry.event);
  }

  partnershipItem(p: Partnership): TimelineItem {
    const title = p.title ? ` "${p.title}"` : "";
    return {
      date: p.date ? formatDate(p.date) : "undated",
      year: decimalYear(p.date),
      type: "partnership",
      kind: PARTNERSHIP_KIND_LABELS[p.kind],
      text: `${PARTNERSHIP_KIND_LABELS[p.kind]}${title} ${STATUS_LABELS[p.status]}: ${this.partiesText(p.parties)}`,
      ...this.citations.citeLine(p.evidence),
    };
  }

  /** What a chart needs of a partnership or an event: its year and kind; nothing is cited. */
  chartItem(x: { type: "partnership"; partnership: Partnership } | { type: "event"; event: Event }): TimelineItem {
    const date = x.type === "partnership" ? x.partnership.date : x.event.date;
    const kind =
      x.type === "partnership" ? PARTNERSHIP_KIND_LABELS[x.partnership.kind] : EVENT_KIND_LABELS[x.event.kind];
    return { date: "", year: decimalYear(date), type: x.type, kind, text: "", refs: [], moreRefs: 0 };
  }

  eventItem(e: Event): TimelineItem {
    const place = e.place ? ` in ${e.place}` : "";
    const people = e.people.map((id) => this.personById(id)?.name).filter(Boolean);
    const who = people.length > 0 ? `; with ${people.join(", ")}` : "";
    return {
      date: e.date ? formatDate(e.date) : "undated",
      year: decimalYear(e.date),
      type: "event",
      kind: EVENT_KIND_LABELS[e.kind],
      text: `${EVENT_KIND_LABELS[e.kind]}${place}: ${this.partiesText(e.organizations)}${who}`,
      ...this.citations.citeLine(e.evidence),
    };
  }

  /** The lasting cooperation among these partnerships: programmes, institutes, labs, exchanges, projects. */
  programmes(partnerships: readonly Partnership[]): ProgrammeItem[] {
    return partnerships
      .filter((p) => LASTING_KINDS.has(p.kind))
      .sort((a, b) => compareDates(a.date, b.date) || compareText(a.id, b.id))
      .map((p) => ({
        title: p.title ?? PARTNERSHIP_KIND_LABELS[p.kind],
        kind: PARTNERSHIP_KIND_LABELS[p.kind],
        status: STATUS_LABELS[p.status],
        date: p.date ? formatDate(p.date) : "undated",
        fields: p.fields.map((f) => fieldLabel(this.kb, f)).join(", "),
        parties: this.partiesText(p.parties),
        ...this.citations.citeLine(p.evidence),
      }));
  }

  /** A field's label, as the knowledge base (or the vocabulary) gives it. */
  fieldLabel(id: string): string {
    return fieldLabel(this.kb, id);
  }

  /** Partnerships per field, most first; a partnership counts once however many sources tell it. */
  fieldCounts(partnerships: readonly Partnership[]): FieldCount[] {
    const counts = new Map<string, number>();
    for (const p of partnerships) for (const f of new Set(p.fields)) counts.set(f, (counts.get(f) ?? 0) + 1);
    return [...counts]
      .map(([id, count]) => ({ id, label: fieldLabel(this.kb, id), count }))
      .sort((a, b) => b.count - a.count || compareText(a.label, b.label));
  }

  /** People affiliated with these organizations (units included) or taking part in these events. */
  people(
    orgs: ReadonlySet<OrganizationId>,
    events: readonly Event[],
    limit = Number.POSITIVE_INFINITY,
  ): { items: PersonItem[]; omitted: number } {
    const inEvents = new Set(events.flatMap((e) => e.people));
    let chosen = this.kb.people.filter(
      (p) =>
        inEvents.has(p.id) || p.affiliations.some((a) => a.organizationId && orgs.has(this.root(a.organizationId))),
    );
    const omitted = Math.max(0, chosen.length - limit);
    // Over the limit, those the most sentences name, so that a brief of a large store stays a brief.
    if (omitted > 0)
      chosen = chosen
        .sort((a, b) => b.evidence.length - a.evidence.length || compareText(a.name, b.name))
        .slice(0, limit);
    return {
      items: chosen.sort((a, b) => compareText(a.name, b.name)).map((p) => this.personItem(p, orgs)),
      omitted,
    };
  }

  #people: Map<string, Person> | undefined;

  personById(id: string): Person | undefined {
    this.#people ??= new Map(this.kb.people.map((p) => [p.id, p]));
    return this.#people.get(id);
  }

  /** A person's line; `documents`: how many documents its evidence has, when the person was read with part of it. */
  personItem(p: Person, orgs: ReadonlySet<OrganizationId>, documents?: number): PersonItem {
    const matching = p.affiliations.filter((a) => a.organizationId && orgs.has(this.root(a.organizationId)));
    const affiliations = matching.length > 0 ? matching : p.affiliations;
    const roles = [
      ...new Set(
        affiliations.map((a) =>
          [a.role, a.organizationId ? this.nameOf(a.organizationId) : null].filter(Boolean).join(", "),
        ),
      ),
    ].filter((r) => r.length > 0);
    const evidence = affiliations.length > 0 ? affiliations.flatMap((a) => a.evidence) : p.evidence;
    return {
      name: p.name,
      otherNames: p.aliases.join(", "),
      roles: roles.join("; ") || "role not stated",
      ...this.citations.citeLine(evidence, documents),
    };
  }

  /** Undated claims and claims only one story tells. */
  openQuestions(partnerships: readonly Partnership[], events: readonly Event[]): OpenQuestion[] {
    const questions: OpenQuestion[] = [];
    for (const p of partnerships) {
      const item = this.partnershipItem(p);
      if (!p.date)
        questions.push({ text: `No date is given for: ${item.text}.`, refs: item.refs, moreRefs: item.moreRefs });
      else if (this.citations.storyCount(p.evidence) === 1)
        questions.push({
          text: `Only one source tells of: ${item.text} (${item.date}).`,
          refs: item.refs,
          moreRefs: item.moreRefs,
        });
    }
    for (const e of events) {
      const item = this.eventItem(e);
      if (!e.date)
        questions.push({ text: `No date is given for: ${item.text}.`, refs: item.refs, moreRefs: item.moreRefs });
    }
    return questions;
  }
}

function nameIn(org: Organization, lang: string): string | null {
  return org.names.find((n) => n.lang === lang || n.lang.startsWith(`${lang}-`))?.value ?? null;
}

function fieldLabel(kb: KnowledgeBase, id: string): string {
  return kb.fields.find((f) => f.id === id)?.label ?? FIELDS.find((f) => f.id === id)?.label ?? id;
}

function decimalYear(date: PartialDate | null): number | null {
  if (!date) return null;
  const [y, m] = dateStart(date).split("-");
  return Number(y) + (m ? (Number(m) - 1) / 12 : 0);
}

function formatIsoWords(iso: string): string {
  const date = iso.length === 4 ? { precision: "year" as const, value: iso } : undefined;
  if (date) return iso;
  return formatDate(iso.length === 7 ? { precision: "month", value: iso } : { precision: "day", value: iso });
}
