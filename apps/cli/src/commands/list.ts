import { compareDates, formatDate, type KnowledgeBase, type OrganizationId, rootOrganizationId } from "@accord/domain";
import type { SnapshotScope } from "@accord/store";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../errors.ts";
import { DB_HELP } from "../knowledge-base-source.ts";
import { loadScopedKnowledgeBase } from "../load-scoped-knowledge-base.ts";

const WHAT = ["organizations", "people", "partnerships", "documents", "events"] as const;
type What = (typeof WHAT)[number];

export const list: Command = {
  name: "list",
  help: `Usage: accord list organizations|people|partnerships|events|documents [options]

Options:
${DB_HELP}
  --snapshot FILE  read a snapshot file instead of the store
  --country CC     only what involves an organization of this country (ISO code, e.g. CN)
  --kind KIND      organizations: university, institute, ...; partnerships: agreement, mou, ...
  --json           print a JSON array
  -h, --help       show this help

Examples:
  accord list organizations --country RU
  accord list partnerships --country CN --kind joint-program --json`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("list", argv, {
      db: { type: "string" },
      snapshot: { type: "string" },
      country: { type: "string" },
      kind: { type: "string" },
      json: { type: "boolean" },
    });
    const [what, ...rest] = positionals;
    if (!what || !WHAT.includes(what as What) || rest.length > 0)
      throw new UsageError(`list: say what to list: ${WHAT.join(", ")} (see 'accord list --help')`);
    const country = values.country?.toUpperCase();
    if (country !== undefined && !/^[A-Z]{2}$/.test(country))
      throw new UsageError(`list: --country takes a two-letter ISO code such as CN, not '${values.country}'`);
    const kb = await loadScopedKnowledgeBase(io, values, scopeOf(what as What, country));
    const rows = select(kb, what as What, country, values.kind);
    if (values.json) {
      io.stdout(
        `${JSON.stringify(
          rows.map((r) => r.item),
          null,
          2,
        )}\n`,
      );
    } else {
      for (const r of rows) io.stdout(`${r.line}\n`);
      if (rows.length === 0) io.stderr(`no ${what} match\n`);
    }
    return 0;
  },
};

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

function select(kb: KnowledgeBase, what: What, country: string | undefined, kind: string | undefined) {
  const orgs = new Map(kb.organizations.map((o) => [o.id, o]));
  const rootOf = (id: string): string => rootOrganizationId(kb, id as OrganizationId);
  const countryOf = (id: string) => orgs.get(rootOf(id) as never)?.country ?? orgs.get(id as never)?.country ?? null;
  const nameOf = (id: string) => orgs.get(id as never)?.name ?? id;
  const sources = (n: number) => `${n} source${n === 1 ? "" : "s"}`;
  switch (what) {
    case "organizations":
      return kb.organizations
        .filter((o) => (!country || o.country === country) && (!kind || o.kind === kind))
        .sort((a, b) => a.name.localeCompare(b.name, "en"))
        .map((o) => ({
          item: o,
          line: `${o.name}${o.acronyms[0] ? ` (${o.acronyms[0]})` : ""}  [${o.kind}${o.country ? `, ${o.country}` : ""}]  ${sources(new Set(o.evidence.map((e) => e.documentId)).size)}`,
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
        .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id, "en"))
        .map((p) => ({
          item: p,
          line: `${p.date ? formatDate(p.date) : "undated"}  ${p.kind} (${p.status})  ${p.parties.map(nameOf).join(" × ")}  ${sources(new Set(p.evidence.map((e) => e.documentId)).size)}`,
        }));
    case "events":
      return kb.events
        .filter((e) => !country || e.organizations.some((id) => countryOf(id) === country))
        .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id, "en"))
        .map((e) => ({
          item: e,
          line: `${e.date ? formatDate(e.date) : "undated"}  ${e.kind}  ${e.organizations.map(nameOf).join(", ")}`,
        }));
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
