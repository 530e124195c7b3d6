import * as z from "zod";
import { Evidence } from "./evidence.ts";
import { FieldId, OrganizationId, PartnershipId, StoryId } from "./ids.ts";
import { PartialDate } from "./partial-date.ts";

/** What sort of cooperation. */
export const PartnershipKind = z.enum([
  "agreement",
  "mou",
  "joint-program",
  "joint-institute",
  "joint-lab",
  "alliance",
  "exchange",
  "research-project",
  "other",
]);
export type PartnershipKind = z.infer<typeof PartnershipKind>;

/** Where the cooperation stood when the source reported it. */
export const PartnershipStatus = z.enum(["signed", "approved", "launched", "planned", "discussed", "ongoing"]);
export type PartnershipStatus = z.infer<typeof PartnershipStatus>;

/** Cooperation between two or more organizations (never units: a unit's partnership is its parent's). */
export const Partnership = z.object({
  id: PartnershipId,
  parties: z.array(OrganizationId).min(2),
  kind: PartnershipKind,
  status: PartnershipStatus,
  /** The date of the cooperation itself, not of the article that mentions it; null when unstated. */
  date: PartialDate.nullable(),
  fields: z.array(FieldId).default([]),
  /** A name the source gives it: "Sino-Russian Joint Institute of Chemistry". */
  title: z.string().nullable().default(null),
  /** The stories that report it; a story told by many outlets counts once. */
  storyIds: z.array(StoryId).default([]),
  evidence: z.array(Evidence).min(1),
});
export type Partnership = z.infer<typeof Partnership>;
