import {
  compareDates,
  countryOfOrganization,
  type Event,
  formatCount,
  formatDate,
  type KnowledgeBase,
  type OrganizationFacet,
  type OrganizationId,
  type Partnership,
} from "@accord/domain";
import type { KnownOrganizations, SnapshotScope, Store } from "@accord/store";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../errors.ts";
import type { Io } from "../io.ts";
import { DB_HELP, readSnapshot, withExistingStore } from "../knowledge-base-source.ts";
import { loadScopedKnowledgeBase } from "../load-scoped-knowledge-base.ts";

const WHAT = ["organizations", "people", "partnerships", "documents", "events"] as const;
type What = (typeof WHAT)[number];

/** How many lines the text listing prints unless told. */
const TEXT_LIMIT = 100;

export const list: Command = {
  name: "list",
  help: `Usage: accord list organizations|people|partnerships|events|documents [options]

Partnerships and events are listed newest first (undated last); organizations and people by
name; documents by origin. The text listing prints the first ${TEXT_LIMIT} lines unless told;
--json prints every item unless --limit is given.

Options:
${DB_HELP}
  --snapshot FILE  read a snapshot file instead of the store
  --country CC     only what involves an organization of this country (ISO code, e.g. CN)
  --kind KIND      organizations: university, institute, ...; partnerships: agreement, mou, ...;
                   events: signing, visit, ...
  --limit N        at most N items (0: all; text default ${TEXT_LIMIT}, JSON default all)
  --json           print a JSON array
  -h, --help       show this help

Examples:
  accord list organizations --country RU
  accord list partnerships --country CN --kind joint-program --json
  accord list events --limit 0`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("list", argv, {
      db: { type: "string" },
      snapshot: { type: "string" },
      country: { type: "string" },
      kind: { type: "string" },
      limit: { type: "string" },
      json: { type: "boolean" },
    });
    const [what, ...rest] = positionals;
    if (!what || !WHAT.includes(what as What) || rest.length > 0)
      throw new UsageError(`list: say what to list: ${WHAT.join(", ")} (see 'accord list --help')`);
    const country = values.country?.toUpperCase();
    if (country !== undefined && !/^[A-Z]{2}$/.test(country))
      throw new UsageError(`list: --country takes a two-letter ISO code such as CN, not '${values.country}'`);
    if (values.limit !== undefined && !/^\d+$/.test(values.limit))
      throw new UsageError(`list: --limit takes a whole number (0 for all), not '${values.limit}'`);
    const limit = values.limit !== undefined ? Number(values.limit) : values.json ? 0 : TEXT_LIMIT;
    const filter = { what: what as What, country, kind: values.kind, limit };
    const { rows, more } =
      (what === "partnerships" || what === "events") && !values.snapshot
        ? await withExistingStore(io, values.db, (store) =>
            lines(store, filter as Filter & { what: "partnerships" | "events" }, Boolean(values.json)),
          )
        : cut(select(await knowledgeBase(io, values, filter), filter), limit);
    if (values.json)
      io.stdout(
        `${JSON.stringify(
          rows.map((r) => r.item),
          null,
          2,
        )}\n`,
      );
    else {
      for (const r of rows) io.stdout(`${r.line}\n`);
      if (rows.length === 0) io.stderr(`no ${what} match\n`);
      else if (more) io.stderr(`(the first ${rows.length}; --limit N shows more, --limit 0 all)\n`);
    }
    return 0;
  },
};

interface Filter {
  what: What;
  country: string | undefined;
  kind: string | undefined;
  limit: number;
}

type Row = { item: unknown; line: string };

const cut = (rows: Row[], limit: number) => ({
  rows: limit > 0 ? rows.slice(0, limit) : rows,
  more: limit > 0 && rows.length > limit,
});

const sources = (n: number) => `${formatCount(n)} source${n === 1 ? "" : "s"}`;

// Newest first, undated last; the same date by id, byte by byte (as the store orders them).
const newestFirst = (a: Partnership | Event, b: Partnership | Event) =>
  (a.date && b.date ? -compareDates(a.date, b.date) : compareDates(a.date, b.date)) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What places an organization in its country (a unit in its parent's) and names it. */
function organizationIndex(organizations: readonly OrganizationFacet[]) {
  const byId = new Map(organizations.map((o) => [o.id as string, o]));
  const links = { organizations };
  return {
    countryOf: (id: string) => countryOfOrganization(links, id as OrganizationId),
    nameOf: (id: string) => byId.get(id)?.name ?? id,
  };
}

function partnershipLine(p: Partnership, nameOf: (id: string) => string, documents: number): string {
  return `${p.date ? formatDate(p.date) : "undated"}  ${p.kind} (${p.status})  ${p.parties.map(nameOf).join(" × ")}  ${sources(documents)}`;
}

function eventLine(e: Event, nameOf: (id: string) => string): string {
  return `${e.date ? formatDate(e.date) : "undated"}  ${e.kind}  ${e.organizations.map(nameOf).join(", ")}`;
}

// Partnerships or events of a store: the newest heads that match, read whole only for JSON.
async function lines(
  store: Store,
  filter: Filter & { what: "partnerships" | "events" },
  json: boolean,
): Promise<{ rows: Row[]; more: boolean }> {
  const { country, kind, limit } = filter;
  // The store hands each head over with the organizations it names, and their parents: all a country needs.
  const inCountry = (ids: readonly string[], known: KnownOrganizations) =>
    !country || ids.some((id) => countryOfOrganization(known, id as OrganizationId) === country);
  if (filter.what === "partnerships") {
    const found = await store.newest<Partnership>(
      "partnership",
      (p, known) => inCountry(p.parties, known) && (!kind || p.kind === kind),
      limit,
    );
    const { nameOf } = organizationIndex(found.organizations);
    const heads = found.heads.sort(newestFirst);
    const { rows, more } = cut(
      heads.map((p) => ({ item: p, line: partnershipLine(p, nameOf, found.documents.get(p.id) ?? 0) })),
      limit,
    );
    if (json) {
      const whole = new Map(
        (await store.entities({ partnerships: rows.map((r) => (r.item as Partnership).id) })).partnerships.map((p) => [
          p.id,
          p,
        ]),
      );
      for (const r of rows) r.item = whole.get((r.item as Partnership).id) ?? r.item;
    }
    return { rows, more: more || found.more };
  }
  const found = await store.newest<Event>(
    "event",
    (e, known) => inCountry(e.organizations, known) && (!kind || e.kind === kind),
    limit,
  );
  const { nameOf } = organizationIndex(found.organizations);
  const { rows, more } = cut(
    found.heads.sort(newestFirst).map((e) => ({ item: e, line: eventLine(e, nameOf) })),
    limit,
  );
  if (json) {
    const whole = new Map(
      (await store.entities({ events: rows.map((r) => (r.item as Event).id) })).events.map((e) => [e.id, e]),
    );
    for (const r of rows) r.item = whole.get((r.item as Event).id) ?? r.item;
  }
  return { rows, more: more || found.more };
}

async function knowledgeBase(
  io: Io,
  options: { db?: string | undefined; snapshot?: string | undefined },
  filter: Filter,
): Promise<KnowledgeBase> {
  if (options.snapshot) return readSnapshot(io, options.snapshot);
  return loadScopedKnowledgeBase(io, options, scopeOf(filter.what, filter.country));
}

// Only what the listing shows: with a country, its organizations (units and parents included) and what refers to
// them; without one, every entity of the kind listed and the organizations it names.
function scopeOf(what: What, country: string | undefined): SnapshotScope {
  const around = country ? { countries: [country] } : { everything: true };
  switch (what) {
    case "organizations":
      return { ...around, documents: "none" };
    case "people":
    case "partnerships":
    case "events":
      // Organizations only name the parties here: their evidence, the bulk of them, is not read.
      return { ...around, related: [what], documents: "none", organizationEvidence: false };
    case "documents":
      return { documents: country ? "none" : "all" };
  }
}

function select(kb: KnowledgeBase, { what, country, kind }: Filter): Row[] {
  const { countryOf, nameOf } = organizationIndex(kb.organizations);
  const documentsOf = (evidence: readonly { documentId: string }[]) => new Set(evidence.map((e) => e.documentId)).size;
  switch (what) {
    case "organizations":
      return kb.organizations
        .filter((o) => (!country || o.country === country) && (!kind || o.kind === kind))
        .sort((a, b) => a.name.localeCompare(b.name, "en"))
        .map((o) => ({
          item: o,
          line: `${o.name}${o.acronyms[0] ? ` (${o.acronyms[0]})` : ""}  [${o.kind}${o.country ? `, ${o.country}` : ""}]  ${sources(documentsOf(o.evidence))}`,
        }));
    case "people":
      return kb.people
        .filter(
          (p) => !country || p.affiliations.some((a) => a.organizationId && countryOf(a.organizationId) === country),
        )
        .sort((a, b) => a.name.localeCompare(b.name, "en"))
        .map((p) => {
          const a = p.affiliations[0];
          return {
            item: p,
            line: `${p.name}${a?.role ? `, ${a.role}` : ""}${a?.organizationId ? ` (${nameOf(a.organizationId)})` : ""}`,
          };
        });
    case "partnerships":
      return kb.partnerships
        .filter((p) => (!country || p.parties.some((id) => countryOf(id) === country)) && (!kind || p.kind === kind))
        .sort(newestFirst)
        .map((p) => ({ item: p, line: partnershipLine(p, nameOf, documentsOf(p.evidence)) }));
    case "events":
      return kb.events
        .filter(
          (e) => (!country || e.organizations.some((id) => countryOf(id) === country)) && (!kind || e.kind === kind),
        )
        .sort(newestFirst)
        .map((e) => ({ item: e, line: eventLine(e, nameOf) }));
    case "documents":
      return kb.documents
        .filter(() => !country)
        .sort((a, b) => a.origin.localeCompare(b.origin, "en"))
        .map(({ text: _text, ...d }) => ({
          item: d,
          line: `${d.id.slice(0, 12)}  ${d.language}  ${d.published ? formatDate(d.published) : "undated"}  ${d.origin}${d.title ? `  “${d.title}”` : ""}`,
        }));
  }
}
