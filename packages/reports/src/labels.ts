import type { EventKind, PartnershipKind, PartnershipStatus } from "@accord/domain";

/** How each kind of partnership is named in a brief. */
export const PARTNERSHIP_KIND_LABELS: Record<PartnershipKind, string> = {
  agreement: "Agreement",
  mou: "Memorandum of understanding",
  "joint-program": "Joint programme",
  "joint-institute": "Joint institute",
  "joint-lab": "Joint laboratory",
  alliance: "Alliance",
  exchange: "Exchange",
  "research-project": "Research project",
  other: "Other cooperation",
};

/** How each kind of event is named in a brief. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  signing: "Signing",
  visit: "Visit",
  meeting: "Meeting",
  ceremony: "Ceremony",
  approval: "Approval",
  forum: "Forum",
  "online-talk": "Online talk",
  other: "Event",
};

/** How each status is written. */
export const STATUS_LABELS: Record<PartnershipStatus, string> = {
  signed: "signed",
  approved: "approved",
  launched: "launched",
  planned: "planned",
  discussed: "discussed",
  ongoing: "ongoing",
};

/** Country names for the codes briefs meet most; other codes print as they are. */
const COUNTRY_NAMES: Record<string, string> = {
  CN: "China",
  RU: "Russia",
  BY: "Belarus",
  KZ: "Kazakhstan",
  MN: "Mongolia",
  HK: "Hong Kong",
  US: "United States",
  DE: "Germany",
  FR: "France",
  GB: "United Kingdom",
  IN: "India",
  BR: "Brazil",
  ZA: "South Africa",
};

/** The English name of a country code. */
export function countryName(code: string | null): string {
  if (!code) return "Unknown country";
  return COUNTRY_NAMES[code] ?? code;
}

// Counts print the same in every brief, and the page skeleton imports only the package's own modules.
export { formatCount } from "@accord/domain";

const ENGLISH = new Intl.Collator("en");

/**
 * Orders strings the same way on every machine: as `a.localeCompare(b, "en")`, then code unit by code unit. One
 * collator serves every call (`localeCompare` with a locale looks one up each time, several times slower).
 */
export const compareText = (a: string, b: string): number => ENGLISH.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
