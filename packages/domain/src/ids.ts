import * as z from "zod";

/** A document's id: the SHA-256 (hex) of its normalized text. */
export const DocumentId = z
  .string()
  .regex(/^[0-9a-f]{64}$/, "a document id is 64 lower-case hex digits")
  .brand<"DocumentId">();
export type DocumentId = z.infer<typeof DocumentId>;

const slugId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9._-]*$`), `an id of the form ${prefix}:slug`);

/** A stable organization id such as `org:harbin-institute-of-technology`. */
export const OrganizationId = slugId("org").brand<"OrganizationId">();
export type OrganizationId = z.infer<typeof OrganizationId>;

/** A stable person id such as `person:irina-a-balova`. */
export const PersonId = slugId("person").brand<"PersonId">();
export type PersonId = z.infer<typeof PersonId>;

/** A partnership id, derived from its parties, kind and date. */
export const PartnershipId = slugId("partnership").brand<"PartnershipId">();
export type PartnershipId = z.infer<typeof PartnershipId>;

/** An event id, derived from its kind, date and participants. */
export const EventId = slugId("event").brand<"EventId">();
export type EventId = z.infer<typeof EventId>;

/** A story id: the documents that tell one story (syndicated copies) share it. */
export const StoryId = slugId("story").brand<"StoryId">();
export type StoryId = z.infer<typeof StoryId>;

/** A field-of-cooperation id from the controlled vocabulary, such as `artificial-intelligence`. */
export const FieldId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a field id is kebab-case")
  .brand<"FieldId">();
export type FieldId = z.infer<typeof FieldId>;

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as CN");
export type CountryCode = z.infer<typeof CountryCode>;

/** The languages accord reads. */
export const Language = z.enum(["en", "ru", "zh"]);
export type Language = z.infer<typeof Language>;

/** Turns any text into the slug part of an id: lower-case Latin letters, digits and dashes. */
export function slugify(text: string): string {
  const slug = romanizeCyrillic(text.normalize("NFKD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/[^a-z0-9-]/g, (c) => `u${c.codePointAt(0)?.toString(16) ?? ""}`)
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return slug.length > 0 ? slug.slice(0, 120) : "x";
}

// GOST 7.79 system B, the romanisation most Russian university sites use in English.
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** Romanises Cyrillic letters (Russian) into Latin, leaving every other character as it is. */
export function romanizeCyrillic(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (c) => {
    const lower = c.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) return c;
    if (c === lower || latin.length === 0) return latin;
    return latin[0]?.toUpperCase() + latin.slice(1);
  });
}
