import { createHash } from "node:crypto";
import type {
  DocumentFacts,
  DocumentId,
  Event,
  EventId,
  Evidence,
  Organization,
  OrganizationId,
  Partnership,
  PartnershipId,
  Person,
  PersonId,
  SourceDocument,
} from "@accord/domain";

/** A document with the id ingest would give it (SHA-256 of the text). */
export function makeDocument(text: string, origin: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id: createHash("sha256").update(text).digest("hex") as DocumentId,
    origin,
    alsoAt: [],
    title: text.split("\n")[0] ?? null,
    publisher: "example.edu",
    published: { precision: "day", value: "2021-04-27" },
    language: "en",
    text,
    storyId: null,
    ...extra,
  };
}

/** Evidence for the first occurrence of `sentence` in the document. */
export function evidenceIn(doc: SourceDocument, sentence: string): Evidence {
  const start = doc.text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in the document`);
  return { documentId: doc.id, sentence, start, end: start + sentence.length };
}

export function org(id: string, name: string, evidence: Evidence[], extra: Partial<Organization> = {}): Organization {
  return {
    id: `org:${id}` as OrganizationId,
    name,
    names: [],
    acronyms: [],
    aliases: [],
    country: null,
    kind: "university",
    unitKind: null,
    parentId: null,
    city: null,
    domains: [],
    evidence,
    ...extra,
  };
}

export function partnership(id: string, parties: string[], evidence: Evidence[]): Partnership {
  return {
    id: `partnership:${id}` as PartnershipId,
    parties: parties.map((p) => `org:${p}` as OrganizationId),
    kind: "agreement",
    status: "signed",
    date: { precision: "month", value: "2021-04" },
    fields: ["materials", "aerospace"] as Partnership["fields"],
    title: null,
    storyIds: [],
    evidence,
  };
}

export function person(id: string, name: string, organization: string, evidence: Evidence[]): Person {
  return {
    id: `person:${id}` as PersonId,
    name,
    aliases: [],
    affiliations: [
      {
        role: "Rector",
        organizationId: `org:${organization}` as OrganizationId,
        reportedOn: { precision: "day", value: "2021-04-27" },
        evidence,
      },
    ],
    evidence,
  };
}

export function event(id: string, organizations: string[], evidence: Evidence[]): Event {
  return {
    id: `event:${id}` as EventId,
    kind: "signing",
    date: { precision: "day", value: "2021-04-26" },
    place: "Harbin",
    organizations: organizations.map((o) => `org:${o}` as OrganizationId),
    people: [],
    partnerships: [],
    evidence,
  };
}

/** Facts with nothing but the document. */
export function bareFacts(document: SourceDocument): DocumentFacts {
  return { document, organizations: [], people: [], partnerships: [], events: [] };
}
