import * as z from "zod";
import { Evidence } from "./evidence.ts";
import { CountryCode, OrganizationId } from "./ids.ts";

/** What an organization is. A `unit` (faculty, school, lab, office) belongs to a parent. */
export const OrganizationKind = z.enum([
  "university",
  "institute",
  "academy",
  "association",
  "government",
  "company",
  "other",
  "unit",
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** The kinds of unit inside an organization. */
export const UnitKind = z.enum(["faculty", "school", "department", "lab", "office", "campus", "centre", "other"]);
export type UnitKind = z.infer<typeof UnitKind>;

/** A name in a given language or script. */
export const LocalizedName = z.object({
  /** BCP 47 language tag: `en`, `ru`, `zh`. */
  lang: z.string().min(2),
  value: z.string().min(1),
});
export type LocalizedName = z.infer<typeof LocalizedName>;

/** One institution, whatever it is called: every spelling, acronym and script points to one id. */
export const Organization = z
  .object({
    id: OrganizationId,
    /** The canonical English name. */
    name: z.string().min(1),
    /** Names in other languages and scripts (Chinese, Russian, including short official forms). */
    names: z.array(LocalizedName).default([]),
    acronyms: z.array(z.string().min(1)).default([]),
    /** Other spellings met in the sources, misspellings included. */
    aliases: z.array(z.string().min(1)).default([]),
    /** ISO 3166-1 alpha-2; null where neither the gazetteer nor the text tells. */
    country: CountryCode.nullable(),
    kind: OrganizationKind,
    /** For a `unit`: what sort of unit it is. */
    unitKind: UnitKind.nullable().default(null),
    /** For a `unit`: the organization it belongs to. */
    parentId: OrganizationId.nullable().default(null),
    city: z.string().nullable().default(null),
    domains: z.array(z.string()).default([]),
    evidence: z.array(Evidence).default([]),
  })
  .refine((o) => (o.kind === "unit") === (o.parentId !== null), {
    message: "a unit has a parent organization, and only a unit has one",
    path: ["parentId"],
  });
export type Organization = z.infer<typeof Organization>;
