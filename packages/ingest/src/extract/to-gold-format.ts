import type { DocumentFacts } from "@accord/domain";
import { dateCommonPrefix, fieldById, namesOfOrganization } from "@accord/domain";

/** One line of `accord extract --json`: the evaluation format, plus the full facts. */
export interface ExtractionLine {
  doc: string;
  published: string | null;
  language: string;
  institutions: {
    id: string;
    name: string;
    aliases: string[];
    country: string | null;
    kind: string;
    parent: string | null;
  }[];
  partnerships: {
    parties: string[];
    kind: string;
    status: string;
    date: string | null;
    fields: string[];
    evidence: string;
  }[];
  people: { name: string; aliases: string[]; role: string | null; institution: string | null }[];
  events: { kind: string; date: string | null; organizations: string[] }[];
}

/** Writes a document's facts in the shape the evaluation format describes (names, not ids, for parties). */
export function toGoldFormat(doc: string, facts: DocumentFacts): ExtractionLine {
  const nameOf = new Map(facts.organizations.map((o) => [o.id, o.name]));
  return {
    doc,
    published: facts.document.published ? dateCommonPrefix(facts.document.published) : null,
    language: facts.document.language,
    institutions: facts.organizations.map((o) => ({
      id: o.id,
      name: o.name,
      aliases: namesOfOrganization(o).filter((n) => n !== o.name),
      country: o.country,
      kind: o.kind,
      parent: o.parentId,
    })),
    partnerships: facts.partnerships.map((p) => ({
      parties: p.parties.map((id) => nameOf.get(id) ?? id),
      kind: p.kind,
      status: p.status,
      date: p.date ? dateCommonPrefix(p.date) : null,
      fields: p.fields.map((f) => fieldById(f)?.label.toLowerCase() ?? f),
      evidence: p.evidence[0]?.sentence ?? "",
    })),
    people: facts.people.map((p) => {
      const aff = p.affiliations[0];
      return {
        name: p.name,
        aliases: p.aliases,
        role: aff?.role ?? null,
        institution: aff?.organizationId ? (nameOf.get(aff.organizationId) ?? null) : null,
      };
    }),
    events: facts.events.map((e) => ({
      kind: e.kind,
      date: e.date ? dateCommonPrefix(e.date) : null,
      organizations: e.organizations.map((id) => nameOf.get(id) ?? id),
    })),
  };
}
