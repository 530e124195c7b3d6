import * as z from "zod";
import { Evidence } from "./evidence.ts";
import { OrganizationId, PersonId } from "./ids.ts";
import { PartialDate } from "./partial-date.ts";

/** A role a person was reported to hold, when, and where. */
export const Affiliation = z.object({
  /** As the source words it: "Dean of the Faculty of Chemistry", "Rector". */
  role: z.string().nullable(),
  organizationId: OrganizationId.nullable(),
  /** When the source reported the role (its publication date, or the event's). */
  reportedOn: PartialDate.nullable(),
  evidence: z.array(Evidence).min(1),
});
export type Affiliation = z.infer<typeof Affiliation>;

/** A person who took part: the name as an English brief prints it, with the forms met in sources. */
export const Person = z.object({
  id: PersonId,
  /** Latin script; Russian names romanised, Chinese names in pinyin, surname first. */
  name: z.string().min(1),
  /** Original-script and variant forms of the name. */
  aliases: z.array(z.string().min(1)).default([]),
  affiliations: z.array(Affiliation).default([]),
  evidence: z.array(Evidence).min(1),
});
export type Person = z.infer<typeof Person>;
