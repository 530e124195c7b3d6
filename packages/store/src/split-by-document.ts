import type { DocumentFacts, Evidence, KnowledgeBase, Organization } from "@accord/domain";

const only = (evidence: readonly Evidence[], documentId: string) => evidence.filter((e) => e.documentId === documentId);

/**
 * Splits a snapshot into what each of its documents tells: every entity goes to each document its evidence cites,
 * with only that document's evidence (and, for people, only the affiliations read there). An organization with no
 * evidence goes to the documents that refer to it, or else to the first document. Evidence citing a document the
 * snapshot does not hold is dropped.
 */
export function splitByDocument(kb: KnowledgeBase): DocumentFacts[] {
  const buckets = new Map<string, DocumentFacts>();
  for (const document of kb.documents)
    buckets.set(document.id, { document, organizations: [], people: [], partnerships: [], events: [] });
  const cited = (...lists: readonly (readonly Evidence[])[]) =>
    [...new Set(lists.flat().map((e) => e.documentId))].flatMap((id) => {
      const bucket = buckets.get(id);
      return bucket ? [{ id, bucket }] : [];
    });

  const unsourced: Organization[] = [];
  for (const org of kb.organizations) {
    const places = cited(org.evidence);
    if (places.length === 0) unsourced.push(org);
    for (const { id, bucket } of places) bucket.organizations.push({ ...org, evidence: only(org.evidence, id) });
  }
  for (const person of kb.people)
    for (const { id, bucket } of cited(person.evidence, ...person.affiliations.map((a) => a.evidence)))
      bucket.people.push({
        ...person,
        evidence: only(person.evidence, id),
        affiliations: person.affiliations
          .filter((a) => a.evidence.some((e) => e.documentId === id))
          .map((a) => ({ ...a, evidence: only(a.evidence, id) })),
      });
  for (const partnership of kb.partnerships)
    for (const { id, bucket } of cited(partnership.evidence))
      bucket.partnerships.push({ ...partnership, evidence: only(partnership.evidence, id) });
  for (const event of kb.events)
    for (const { id, bucket } of cited(event.evidence))
      bucket.events.push({ ...event, evidence: only(event.evidence, id) });

  const first = buckets.values().next().value;
  for (const org of unsourced) {
    const referring = [...buckets.values()].filter((b) => refersTo(b, org.id));
    for (const bucket of referring.length > 0 ? referring : first ? [first] : []) bucket.organizations.push(org);
  }
  return [...buckets.values()];
}

function refersTo(facts: DocumentFacts, organizationId: string): boolean {
  return (
    facts.organizations.some((o) => o.parentId === organizationId) ||
    facts.partnerships.some((p) => p.parties.includes(organizationId as Organization["id"])) ||
    facts.events.some((e) => e.organizations.includes(organizationId as Organization["id"])) ||
    facts.people.some((p) => p.affiliations.some((a) => a.organizationId === organizationId))
  );
}
