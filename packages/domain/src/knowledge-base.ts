import * as z from "zod";
import { Event } from "./event.ts";
import { Field } from "./field.ts";
import { Organization } from "./organization.ts";
import { Partnership } from "./partnership.ts";
import { Person } from "./person.ts";
import { SourceDocument } from "./source-document.ts";

/** The snapshot format version this package reads and writes. */
export const KNOWLEDGE_BASE_VERSION = 1;

/** A snapshot of the whole knowledge base: what `accord export` writes and `accord import` reads. */
export const KnowledgeBase = z.object({
  format: z.literal("accord-knowledge-base"),
  version: z.literal(KNOWLEDGE_BASE_VERSION),
  documents: z.array(SourceDocument),
  organizations: z.array(Organization),
  people: z.array(Person),
  partnerships: z.array(Partnership),
  events: z.array(Event),
  /** The vocabulary the partnerships' `fields` refer to. */
  fields: z.array(Field),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;

/** An empty snapshot. */
export function emptyKnowledgeBase(): KnowledgeBase {
  return {
    format: "accord-knowledge-base",
    version: KNOWLEDGE_BASE_VERSION,
    documents: [],
    organizations: [],
    people: [],
    partnerships: [],
    events: [],
    fields: [],
  };
}
