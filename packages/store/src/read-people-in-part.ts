import type { PartialDate, Person } from "@accord/domain";
import type { Kysely } from "kysely";
import { mergeVersions } from "./build-snapshot.ts";
import { chunked } from "./chunked.ts";
import type { Database } from "./schema.ts";

/** One document that tells a person, as a choice of which evidence to read sees it. */
export interface PersonDocument {
  id: string;
  published: PartialDate | null;
  /** Whether the document's version of the person has evidence of its own. */
  mentions: boolean;
  /** Whether it has affiliations, and whether any of them has evidence (tells a role). */
  affiliations: boolean;
  roles: boolean;
}

/**
 * Chooses, for each person, the documents whose evidence is read: given every document that tells each person
 * (in document id order), the ids to keep of each. The other documents' versions are merged without evidence.
 */
export type ChooseEvidence = (
  documents: ReadonlyMap<string, readonly PersonDocument[]>,
) => ReadonlyMap<string, ReadonlySet<string>>;

type View = Kysely<Database>;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * These people merged over every document that tells them, as `readMerged` gives them, but with the evidence of
 * only the documents `choose` keeps: their names, aliases and affiliations are whole. A person told by thousands of
 * documents then brings the few documents a brief cites, not all of them.
 */
export async function readPeopleInPart(
  view: View,
  ids: readonly string[],
  choose: ChooseEvidence,
): Promise<Map<string, Person>> {
  // Every version, with its document's date; what it holds is read here, from the version itself.
  const rows: { entity_id: string; document_id: string; version: Person }[] = [];
  const documents = new Map<string, PersonDocument[]>();
  for (const chunk of chunked([...new Set(ids)], 500)) {
    const read = await view
      .selectFrom("facts as f")
      .innerJoin("documents as d", "d.id", "f.document_id")
      .select(["f.entity_id", "f.document_id", "d.published", "f.data"])
      .where("f.kind", "=", "person")
      .where("f.entity_id", "in", chunk)
      .execute();
    read.sort((a, b) => compare(a.entity_id, b.entity_id) || compare(a.document_id, b.document_id));
    for (const r of read) {
      const version = JSON.parse(r.data) as Person;
      rows.push({ entity_id: r.entity_id, document_id: r.document_id, version });
      const list = documents.get(r.entity_id) ?? [];
      if (list.length === 0) documents.set(r.entity_id, list);
      list.push({
        id: r.document_id,
        published: r.published === null ? null : (JSON.parse(r.published) as PartialDate),
        mentions: version.evidence.length > 0,
        affiliations: version.affiliations.length > 0,
        roles: version.affiliations.some((a) => a.evidence.length > 0),
      });
    }
  }
  const kept = choose(documents);
  const out = new Map<string, Person>();
  for (let i = 0; i < rows.length; ) {
    const id = (rows[i] as (typeof rows)[number]).entity_id;
    const keep = kept.get(id);
    const versions: Person[] = [];
    for (; i < rows.length && (rows[i] as (typeof rows)[number]).entity_id === id; i++) {
      const r = rows[i] as (typeof rows)[number];
      versions.push(keep?.has(r.document_id) ? r.version : withoutEvidence(r.version));
    }
    out.set(id, mergeVersions("person", versions) as Person);
  }
  return out;
}

// A version's evidence emptied.
function withoutEvidence(p: Person): Person {
  if (p.evidence.length === 0 && p.affiliations.every((a) => a.evidence.length === 0)) return p;
  return { ...p, evidence: [], affiliations: p.affiliations.map((a) => ({ ...a, evidence: [] })) };
}
