import type { Reference } from "./citations.ts";
import type { CountriesCounts } from "./count-countries.ts";

/** What a brief is about. */
export type BriefRequest =
  | { kind: "pair"; organizations: [string, string] }
  | { kind: "org"; organization: string }
  | { kind: "countries"; countries: [string, string] };

/** How a brief is made: the period (ISO partial dates, inclusive), templates, output format, and the timestamp. */
export interface BriefOptions {
  from?: string;
  to?: string;
  templateDir?: string;
  format?: "pdf" | "md";
  /** Seconds since 1970 written as the PDF's creation date; 0 by default, so output never depends on the clock. */
  sourceDateEpoch?: number;
  /**
   * A countries brief's counts made beforehand from the facets of a knowledge base too large to hold whole (see
   * `countCountries`); the knowledge base given then needs whole only the lines and people they list, and every
   * organization. They must be the counts of the same request and period.
   */
  counts?: CountriesCounts;
}

/** A rendered brief, or the reason there is nothing to report. */
export type BriefResult =
  | { ok: true; bytes: Uint8Array; title: string; format: "pdf" | "md" }
  | { ok: false; reason: string };

/** An organization as a brief prints it. */
export interface OrganizationView {
  id: string;
  name: string;
  nameZh: string | null;
  nameRu: string | null;
  acronyms: string[];
  country: string | null;
  countryName: string;
  kind: string;
  city: string | null;
}

/** One dated line of a timeline. */
export interface TimelineItem {
  date: string;
  /** Decimal year for charts (2021.25 is April 2021); null when undated. */
  year: number | null;
  type: "partnership" | "event";
  kind: string;
  text: string;
  refs: number[];
  /** Sources behind this line beyond those cited (a line cites at most SOURCES_PER_LINE). */
  moreRefs: number;
}

/** A programme, joint institute, laboratory or other lasting cooperation. */
export interface ProgrammeItem {
  title: string;
  kind: string;
  status: string;
  date: string;
  fields: string;
  parties: string;
  refs: number[];
  /** Sources behind this line beyond those cited (a line cites at most SOURCES_PER_LINE). */
  moreRefs: number;
}

/** A person who took part, with the roles the sources give. */
export interface PersonItem {
  name: string;
  otherNames: string;
  roles: string;
  refs: number[];
  /** Sources behind this line beyond those cited (a line cites at most SOURCES_PER_LINE). */
  moreRefs: number;
}

/** How many partnerships concern a field. */
export interface FieldCount {
  id: string;
  label: string;
  count: number;
}

/** A count under a label (a kind, a year). */
export interface CountItem {
  label: string;
  count: number;
}

/** A claim that needs checking. */
export interface OpenQuestion {
  text: string;
  refs: number[];
  /** Sources behind this line beyond those cited (a line cites at most SOURCES_PER_LINE). */
  moreRefs: number;
}

/** Claims about one cooperation that disagree, side by side. */
export interface Conflict {
  text: string;
  claims: { date: string; status: string; refs: number[] }[];
}

/** A network of partnerships between two sides, laid out by the chart code. */
export interface NetworkData {
  leftLabel: string;
  rightLabel: string;
  left: CountItem[];
  right: CountItem[];
  edges: { left: number; right: number; count: number }[];
}

/** How many partnerships or events of one kind a year has, for the timeline chart. */
export interface TimelineCount {
  year: number;
  type: "partnership" | "event";
  /** The kind's label, as timeline items print it. */
  kind: string;
  count: number;
}

/** The data behind the charts a template can place. */
export interface ChartData {
  timeline: TimelineCount[];
  fields: FieldCount[];
  network: NetworkData | null;
}

interface BriefBase {
  title: string;
  subtitle: string;
  /** The period in words: "all dates", "from 2019 to March 2023". */
  period: string;
  partnershipCount: number;
  eventCount: number;
  timeline: TimelineItem[];
  /** Timeline items counted (in the charts and tables) but not listed: a large brief lists the newest only. */
  timelineOmitted: number;
  people: PersonItem[];
  /** People not listed: a large brief lists those the most sources name. */
  peopleOmitted: number;
  fields: FieldCount[];
  references: Reference[];
  charts: ChartData;
}

/** What the `pair` template sees. */
export interface PairBriefData extends BriefBase {
  kind: "pair";
  a: OrganizationView;
  b: OrganizationView;
  summary: string;
  summaryRefs: number[];
  programmes: ProgrammeItem[];
  alliances: OpenQuestion[];
  openQuestions: OpenQuestion[];
  conflicts: Conflict[];
}

/** A partner of the profiled organization. */
export interface PartnerItem {
  name: string;
  country: string;
  kinds: string;
  count: number;
  refs: number[];
  /** Sources behind this line beyond those cited (a line cites at most SOURCES_PER_LINE). */
  moreRefs: number;
}

/** What the `org` template sees. */
export interface OrgBriefData extends BriefBase {
  kind: "org";
  organization: OrganizationView;
  otherNames: string[];
  units: string[];
  partnersByCountry: { country: string; partners: PartnerItem[] }[];
  partnersByKind: CountItem[];
  programmes: ProgrammeItem[];
}

/** What the `countries` template sees. */
export interface CountriesBriefData extends BriefBase {
  kind: "countries";
  countryA: string;
  countryB: string;
  byKind: CountItem[];
  byYear: CountItem[];
  topOrganizations: (CountItem & { country: string })[];
  recent: TimelineItem[];
}

/** The typed data a template sees (its strings are escaped for the Markdown before templating). */
export type BriefData = PairBriefData | OrgBriefData | CountriesBriefData;
