import * as z from "zod";
import { Event } from "./event.ts";
import { Organization } from "./organization.ts";
import { Partnership } from "./partnership.ts";
import { Person } from "./person.ts";
import { SourceDocument } from "./source-document.ts";

/** What one document tells: the document and every entity read from it, with evidence in it. */
export const DocumentFacts = z.object({
  document: SourceDocument,
  organizations: z.array(Organization),
  people: z.array(Person),
  partnerships: z.array(Partnership),
  events: z.array(Event),
});
export type DocumentFacts = z.infer<typeof DocumentFacts>;
