import { CountryCode, OrganizationKind } from "@accord/domain";
import * as z from "zod";

/**
 * One organization of the gazetteer. Every name is matched case-, punctuation- and
 * script-insensitively; `acronyms` are matched case-sensitively as whole words.
 */
export const GazetteerEntry = z.strictObject({
  /** Stable slug, lower-case kebab: becomes the organization id `org:<id>`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Canonical English name, as the organization writes it in English. */
  name: z.string().min(2),
  /** Acronyms in use in English, Russian or Chinese texts ("HIT", "BMSTU", "МГТУ", "SPbU"). */
  acronyms: z.array(z.string().min(2)).default([]),
  /** Other English names: former names, common variants ("Bauman University"). */
  aliases: z.array(z.string().min(2)).default([]),
  /** Chinese names: official full name first, then short forms ("哈尔滨工业大学", "哈工大"). */
  zh: z.array(z.string().min(2)).default([]),
  /** Russian names: official full name first, then short forms ("МГТУ им. Н. Э. Баумана"). */
  ru: z.array(z.string().min(2)).default([]),
  country: CountryCode,
  city: z.string().min(1).nullable().default(null),
  kind: OrganizationKind.exclude(["unit"]),
  /** Web domains without scheme or "www.": "hit.edu.cn". */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).default([]),
  /** Programmes and lists it belongs to: "double-first-class", "project-985", "project-211", "c9",
   * "national-research", "federal", "priority-2030", "5-100". */
  tags: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).default([]),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

/** A gazetteer file: a list of entries with a format marker. */
export const GazetteerFile = z.strictObject({
  format: z.literal("accord-gazetteer"),
  version: z.literal(1),
  /** Where the facts come from, and licence notices for derived data. */
  notice: z.string().optional(),
  entries: z.array(GazetteerEntry),
});
export type GazetteerFile = z.infer<typeof GazetteerFile>;
