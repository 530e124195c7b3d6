/** The typed data each brief template sees, and how it is built from a snapshot. */
export { type BriefDataResult, briefData } from "./brief-data.ts";
/** Requests, options, results and the data types of briefs. */
export type {
  BriefData,
  BriefOptions,
  BriefRequest,
  BriefResult,
  ChartData,
  Conflict,
  CountItem,
  CountriesBriefData,
  FieldCount,
  NetworkData,
  OpenQuestion,
  OrganizationView,
  OrgBriefData,
  PairBriefData,
  PartnerItem,
  PersonItem,
  ProgrammeItem,
  TimelineCount,
  TimelineItem,
} from "./brief-types.ts";
/** An endnote of a brief, and which of a person's documents a countries brief may cite. */
export { type PersonSource, peopleCitable, type Reference } from "./citations.ts";
/** A countries brief's counts, made from the facets of a knowledge base too large to hold whole. */
export {
  type CountOptions,
  CountriesCounter,
  type CountriesCounts,
  countCountries,
  facetsOf,
} from "./count-countries.ts";
/** The failure of a brief that cannot be made. */
export { ReportError } from "./errors.ts";
/** Escaping of knowledge-base strings for the brief Markdown. */
export { escapeMarkdown } from "./escape-markdown.ts";
/** Starts reading the brief fonts in the background, for a caller with other work to do first. */
export { preloadFonts } from "./fonts.ts";
/** Keeps the shaped words of the brief fonts in a folder between processes. */
export { keepLayouts } from "./kept-layouts.ts";
/** The templates shipped with the package. */
export { DEFAULT_TEMPLATE_DIR } from "./read-templates.ts";
/** Renders a brief to PDF or Markdown. */
export { briefDocument, renderBrief } from "./render-brief.ts";
/** The helpers templates may call. */
export { HELPERS } from "./render-template.ts";
