import {
  type DocumentId,
  type Event,
  type Evidence,
  emptyKnowledgeBase,
  type KnowledgeBase,
  type Language,
  normalizeName,
  type Organization,
  type PartialDate,
  type Partnership,
  type Person,
  type SourceDocument,
  type StoryId,
} from "@accord/domain";
import { type Kysely, type RawBuilder, sql } from "kysely";
import { fieldsOf, mergeVersions } from "./build-snapshot.ts";
import { chunked } from "./fact-rows.ts";
import type { Database, EntityKind } from "./schema.ts";

/** What refers to the organizations of a scope and is read with them. */
export type RelatedKind = "partnerships" | "events" | "people";

/**
 * The part of the knowledge base a query needs. Its organizations are those answering to `names` (any name,
 * acronym or id) or placed by a document in one of `countries`, or every one with `everything`; each comes with
 * its parents up to the top and all its top organization's units. `related` adds what refers to any of them:
 * partnerships, events (with the people who took part), people (by affiliation), and the organizations those
 * refer to, with their parents. Every entity read is the whole merged entity, as in the full snapshot.
 */
export interface SnapshotScope {
  names?: readonly string[];
  countries?: readonly string[];
  everything?: boolean;
  related?: readonly RelatedKind[];
  /** The documents too: "cited" (by the partnerships, events and people read) or "all"; without their text. */
  documents?: "cited" | "all" | "none";
  /** false leaves organizations' evidence out (a countries brief never reads it, and it is the bulk). */
  organizationEvidence?: boolean;
}

type View = Kysely<Database>;

const KIND_OF = { partnerships: "partnership", events: "event", people: "person" } as const;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => compare(a.id, b.id));

// Every version of these entities, merged in document id order.
export async function readMerged<T>(
  view: View,
  kind: EntityKind,
  ids: Iterable<string>,
  data: RawBuilder<string> = sql<string>`data`,
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (const chunk of chunked([...new Set(ids)], 500)) {
    const rows = await view
      .selectFrom("facts")
      .select(["entity_id", "document_id", data.as("data")])
      .where("kind", "=", kind)
      .where("entity_id", "in", chunk)
      .execute();
    rows.sort((a, b) => compare(a.entity_id, b.entity_id) || compare(a.document_id, b.document_id));
    for (let i = 0; i < rows.length; ) {
      const id = (rows[i] as (typeof rows)[number]).entity_id;
      const versions: unknown[] = [];
      for (; i < rows.length && (rows[i] as (typeof rows)[number]).entity_id === id; i++)
        versions.push(JSON.parse((rows[i] as (typeof rows)[number]).data));
      out.set(id, mergeVersions(kind, versions) as T);
    }
  }
  return out;
}

export async function idsNamed(view: View, names: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const name of names) {
    const key = normalizeName(name);
    const compact = key.replaceAll(" ", "");
    const rows = await view
      .selectFrom("organization_keys")
      .select("organization_id")
      .distinct()
      .where((eb) =>
        eb.or([
          eb("name_key", "in", [...new Set([name, key])]),
          // The very expression of the organization_keys_compact index, so that the index serves it.
          ...(compact ? [eb(sql<string>`replace(name_key, ' ', '')`, "=", compact)] : []),
        ]),
      )
      .execute();
    for (const r of rows) out.add(r.organization_id);
    const byItsId = await view
      .selectFrom("facts")
      .select("entity_id")
      .where("kind", "=", "organization")
      .where("entity_id", "=", name)
      .limit(1)
      .execute();
    for (const r of byItsId) out.add(r.entity_id);
  }
  return [...out];
}

async function idsOfKind(view: View, kind: EntityKind, country?: readonly string[]): Promise<string[]> {
  let query = view.selectFrom("facts").select("entity_id").distinct().where("kind", "=", kind);
  if (country) query = query.where("country", "in", [...country]);
  return (await query.execute()).map((r) => r.entity_id);
}

export async function referring(view: View, kinds: readonly EntityKind[], organizations: Iterable<string>) {
  const out = new Map<EntityKind, Set<string>>(kinds.map((k) => [k, new Set()]));
  if (kinds.length === 0) return out;
  for (const chunk of chunked([...new Set(organizations)], 500)) {
    const rows = await view
      .selectFrom("organization_refs")
      .select(["kind", "entity_id"])
      .distinct()
      .where("organization_id", "in", chunk)
      .where("kind", "in", [...kinds])
      .execute();
    for (const r of rows) out.get(r.kind)?.add(r.entity_id);
  }
  return out;
}

/** Reads the part of the store a scope names, as a knowledge base sorted by id like the full snapshot. */
export async function readScopedSnapshot(
  view: View,
  dialect: "sqlite" | "postgres",
  scope: SnapshotScope,
): Promise<KnowledgeBase> {
  const orgs = new Map<string, Organization>();
  // SQLite empties the evidence before it is sent (in place, keeping the keys' order, which jsonb would not keep).
  const organizationData =
    scope.organizationEvidence === false && dialect === "sqlite"
      ? sql<string>`json_set(data, '$.evidence', json_array())`
      : undefined;
  const addOrganizations = async (ids: Iterable<string>) => {
    let wanted = [...new Set(ids)].filter((id) => !orgs.has(id));
    // Parents, up to the top, so that every unit's top organization is known.
    while (wanted.length > 0) {
      const read = await readMerged<Organization>(view, "organization", wanted, organizationData);
      for (const [id, org] of read) orgs.set(id, org);
      wanted = [...read.values()].flatMap((o) => (o.parentId && !orgs.has(o.parentId) ? [o.parentId] : []));
    }
  };
  const rootOf = (id: string) => {
    let current = orgs.get(id);
    const seen = new Set<string>();
    while (current?.parentId && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = orgs.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current?.id ?? id;
  };

  const seeds = scope.everything
    ? await idsOfKind(view, "organization")
    : [
        ...(scope.names?.length ? await idsNamed(view, scope.names) : []),
        ...(scope.countries?.length ? await idsOfKind(view, "organization", scope.countries) : []),
      ];
  await addOrganizations(seeds);
  // Each seed's top organization and every unit below it, found through the units' references to their parent.
  const family = new Set<string>();
  if (scope.everything) for (const id of orgs.keys()) family.add(id);
  else {
    let frontier = [...new Set(seeds.filter((id) => orgs.has(id)).map(rootOf))];
    while (frontier.length > 0) {
      for (const id of frontier) family.add(id);
      const units = (await referring(view, ["organization"], frontier)).get("organization") ?? new Set();
      frontier = [...units].filter((id) => !family.has(id));
      await addOrganizations(frontier);
    }
  }

  const kinds = (scope.related ?? []).map((r) => KIND_OF[r]);
  const related = scope.everything
    ? new Map(await Promise.all(kinds.map(async (k) => [k, new Set(await idsOfKind(view, k))] as const)))
    : await referring(view, kinds, family);
  const partnerships = await readMerged<Partnership>(view, "partnership", related.get("partnership") ?? []);
  const events = await readMerged<Event>(view, "event", related.get("event") ?? []);
  const people = await readMerged<Person>(view, "person", [
    ...(related.get("person") ?? []),
    ...[...events.values()].flatMap((e) => e.people),
  ]);
  await addOrganizations([
    ...[...partnerships.values()].flatMap((p) => p.parties),
    ...[...events.values()].flatMap((e) => e.organizations),
    ...[...people.values()].flatMap((p) => p.affiliations.flatMap((a) => (a.organizationId ? [a.organizationId] : []))),
  ]);

  const kb = emptyKnowledgeBase();
  kb.organizations = byId(orgs.values());
  if (scope.organizationEvidence === false)
    kb.organizations = kb.organizations.map((o) => ({ ...o, evidence: [] as Evidence[] }));
  kb.partnerships = byId(partnerships.values());
  kb.events = byId(events.values());
  kb.people = byId(people.values());
  kb.fields = fieldsOf(kb.partnerships);
  const documents = scope.documents ?? "cited";
  if (documents !== "none") {
    const cited = new Set<string>();
    const cite = (evidence: readonly Evidence[]) => {
      for (const e of evidence) cited.add(e.documentId);
    };
    for (const p of kb.partnerships) cite(p.evidence);
    for (const e of kb.events) cite(e.evidence);
    for (const p of kb.people) {
      cite(p.evidence);
      for (const a of p.affiliations) cite(a.evidence);
    }
    kb.documents = await readDocuments(view, documents === "all" ? undefined : cited);
  }
  return kb;
}

// Documents without their text (an empty string), with every origin they were also found at.
export async function readDocuments(view: View, ids: ReadonlySet<string> | undefined): Promise<SourceDocument[]> {
  const columns = ["id", "origin", "title", "publisher", "published", "language", "story_id"] as const;
  const rows = [];
  const origins = new Map<string, string[]>();
  const addOrigins = (list: readonly { origin: string; document_id: string }[]) => {
    for (const a of list) {
      const known = origins.get(a.document_id);
      if (known) known.push(a.origin);
      else origins.set(a.document_id, [a.origin]);
    }
  };
  if (ids === undefined) {
    rows.push(...(await view.selectFrom("documents").select(columns).execute()));
    addOrigins(await view.selectFrom("also_at").select(["origin", "document_id"]).execute());
  } else
    for (const chunk of chunked([...ids], 500)) {
      rows.push(...(await view.selectFrom("documents").select(columns).where("id", "in", chunk).execute()));
      addOrigins(
        await view.selectFrom("also_at").select(["origin", "document_id"]).where("document_id", "in", chunk).execute(),
      );
    }
  return rows
    .map(
      (d): SourceDocument => ({
        id: d.id as DocumentId,
        origin: d.origin,
        title: d.title,
        publisher: d.publisher,
        published: d.published === null ? null : (JSON.parse(d.published) as PartialDate),
        language: d.language as Language,
        storyId: d.story_id as StoryId,
        alsoAt: (origins.get(d.id) ?? []).sort(),
        text: "",
      }),
    )
    .sort((a, b) => compare(a.id, b.id));
}
