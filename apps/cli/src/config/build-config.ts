import { parseIsoPartial } from "@accord/domain";
import * as z from "zod";

/** The file the manifest is written to inside the `out` folder. */
export const MANIFEST_FILE = "accord-manifest.json";

const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => parseIsoPartial(s) !== undefined, "a real date as YYYY, YYYY-MM or YYYY-MM-DD")
  .describe("YYYY, YYYY-MM or YYYY-MM-DD, inclusive");

const Name = z.string().trim().min(1, "a name or acronym");

const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "a two-letter ISO country code")
  .transform((c) => c.toUpperCase());

const briefCommon = {
  from: IsoDate.optional().describe("only what happened from this date"),
  to: IsoDate.optional().describe("only what happened until this date"),
  template: z
    .string()
    .min(1)
    .optional()
    .describe("a folder of templates used instead of the shipped ones (same file names), relative to the config"),
  format: z.enum(["pdf", "md"]).optional().describe("pdf or md; by default md when `out` ends in .md, else pdf"),
  out: z
    .string()
    .min(1)
    .refine((s) => !s.split(/[\\/]/).includes("..") && !/^([\\/]|[A-Za-z]:)/.test(s), "a file name inside `out`")
    .refine((s) => s !== MANIFEST_FILE, `not '${MANIFEST_FILE}', which the manifest uses`)
    .describe("the brief's file name, relative to the config's `out` folder"),
};

/** One brief a build renders. */
export const BriefSpec = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("pair").describe("the history of cooperation between two organizations"),
    organizations: z.tuple([Name, Name]).describe("two organizations, by any name or acronym"),
    ...briefCommon,
  }),
  z.strictObject({
    kind: z.literal("org").describe("an organization's profile"),
    organization: Name.describe("an organization, by any name or acronym"),
    ...briefCommon,
  }),
  z.strictObject({
    kind: z.literal("countries").describe("cooperation between two countries' organizations"),
    countries: z.tuple([CountryCode, CountryCode]).describe('two ISO country codes, e.g. ["CN", "RU"]'),
    ...briefCommon,
  }),
]);
export type BriefSpec = z.infer<typeof BriefSpec>;

/** An `accord.config.json` (or `.yaml`): what to ingest, where to keep it, which briefs to render. */
export const BuildConfig = z
  .strictObject({
    $schema: z.string().optional().describe("the JSON Schema of this file, for editors"),
    sources: z
      .array(z.string().min(1))
      .min(1, "at least one folder, file or glob")
      .describe("folders (read recursively), files or globs of documents, relative to the config"),
    gazetteers: z
      .array(z.string().min(1))
      .default([])
      .describe("extra gazetteer files, relative to the config; their entries win over the shipped ones"),
    db: z
      .string()
      .min(1)
      .default("accord.db")
      .describe("the knowledge base: a SQLite file relative to the config, or a postgres:// URL"),
    out: z
      .string()
      .min(1)
      .default("briefs")
      .describe("the folder briefs and the manifest go to, relative to the config"),
    briefs: z.array(BriefSpec).min(1, "at least one brief").describe("the briefs to render"),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.briefs.forEach((brief, i) => {
      const key = brief.out.replace(/\\/g, "/").toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["briefs", i, "out"],
          message: `'${brief.out}' is used by another brief`,
        });
      seen.add(key);
    });
  });
export type BuildConfig = z.infer<typeof BuildConfig>;

/** The JSON Schema of the config file, which `apps/cli/accord.config.schema.json` holds. */
export function buildConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BuildConfig, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return { ...schema, $id: "urn:accord:build-config:v1", title: "accord build configuration" };
}
