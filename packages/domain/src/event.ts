import * as z from "zod";
import { Evidence } from "./evidence.ts";
import { EventId, OrganizationId, PartnershipId, PersonId } from "./ids.ts";
import { PartialDate } from "./partial-date.ts";

/** What happened. */
export const EventKind = z.enum([
  "signing",
  "visit",
  "meeting",
  "ceremony",
  "approval",
  "forum",
  "online-talk",
  "other",
]);
export type EventKind = z.infer<typeof EventKind>;

/** A dated happening with its participants and the partnerships it concerns. */
export const Event = z.object({
  id: EventId,
  kind: EventKind,
  date: PartialDate.nullable(),
  /** Where it took place, as the source names it ("Harbin", "online"). */
  place: z.string().nullable().default(null),
  organizations: z.array(OrganizationId).default([]),
  people: z.array(PersonId).default([]),
  partnerships: z.array(PartnershipId).default([]),
  evidence: z.array(Evidence).min(1),
});
export type Event = z.infer<typeof Event>;
