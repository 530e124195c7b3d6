import {
  findOrganization,
  formatCount,
  formatDate,
  type KnowledgeBase,
  type Organization,
  type OrganizationId,
  type Partnership,
  partnersOf,
  rootOrganizationId,
  type SourceDocument,
} from "@accord/domain";
import type { Store } from "@accord/store";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError, UserError } from "../errors.ts";
import { DB_HELP, readSnapshot, withExistingStore } from "../knowledge-base-source.ts";

/** Partners the text prints unless told, and partnerships and quotes per partner and per partnership. */
const PARTNERS = 20;
const PARTNERSHIPS_PER_PARTNER = 5;
const QUOTES = 3;

export const show: Command = {
  name: "show",
  help: `Usage: accord show ORG [options]

ORG is any name, acronym or script the organization is known by ("HIT", "哈尔滨工业大学",
"Harbin Institute of Technology"). Partners come most partnerships first; for each, its newest
${PARTNERSHIPS_PER_PARTNER} partnerships with up to ${QUOTES} quoted sources each. The text prints the first
${PARTNERS} partners unless told; --json prints every partner unless --limit is given.

Options:
${DB_HELP}
  --snapshot FILE  read a snapshot file instead of the store
  --limit N        at most N partners (0: all; text default ${PARTNERS}, JSON default all)
  --json           print the organization (without its evidence), its partners and their partnerships as JSON
  -h, --help       show this help

Examples:
  accord show BMSTU
  accord show "МГТУ им. Н. Э. Баумана" --json`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("show", argv, {
      db: { type: "string" },
      snapshot: { type: "string" },
      limit: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new UsageError("show: give one organization name or acronym (quote names with spaces)");
    if (values.limit !== undefined && !/^\d+$/.test(values.limit))
      throw new UsageError(`show: --limit takes a whole number (0 for all), not '${values.limit}'`);
    const limit = values.limit !== undefined ? Number(values.limit) : values.json ? 0 : PARTNERS;
    const query = positionals[0] as string;
    const profile = values.snapshot
      ? profileOf(await readSnapshot(io, values.snapshot), query, limit)
      : await withExistingStore(io, values.db, (store) => storeProfile(store, query, limit));
    if (!profile) throw new UserError(`no organization matches '${query}' (try 'accord list organizations')`);
    if (values.json) {
      io.stdout(
        `${JSON.stringify(
          {
            organization: { ...profile.organization, evidence: undefined },
            mentionedIn: profile.mentionedIn,
            partners: profile.partners.map((p) => ({
              organization: { ...p.organization, evidence: undefined },
              partnershipCount: p.count,
              partnerships: p.partnerships,
            })),
          },
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    io.stdout(describe(profile));
    if (profile.morePartners > 0)
      io.stderr(`(${formatCount(profile.morePartners)} more partners; --limit N shows more, --limit 0 all)\n`);
    return 0;
  },
};

/** What `show` prints of an organization. */
interface Profile {
  organization: Organization;
  mentionedIn: number;
  /** Partners, most partnerships first; each with its newest partnerships, whole, oldest first. */
  partners: { organization: Organization; count: number; partnerships: Partnership[] }[];
  morePartners: number;
  documents: ReadonlyMap<string, SourceDocument>;
}

type Partners = ReturnType<typeof partnersOf>;

function cutPartners(partners: Partners, limit: number) {
  const shown = limit > 0 ? partners.slice(0, limit) : partners;
  return {
    shown: shown.map((p) => ({
      organization: p.organization,
      count: p.partnerships.length,
      partnerships: newest(p.partnerships),
    })),
    more: partners.length - shown.length,
  };
}

// The newest dated partnerships (undated ones only when fewer are dated), oldest first, as partnersOf orders them.
function newest(partnerships: readonly Partnership[]): Partnership[] {
  const dated = partnerships.filter((p) => p.date);
  const chosen = new Set(
    [...dated.slice(-PARTNERSHIPS_PER_PARTNER), ...partnerships.filter((p) => !p.date)].slice(
      0,
      PARTNERSHIPS_PER_PARTNER,
    ),
  );
  return partnerships.filter((p) => chosen.has(p));
}

// From a snapshot held whole.
function profileOf(kb: KnowledgeBase, query: string, limit: number): Profile | undefined {
  const found = findOrganization(kb, query);
  if (!found) return undefined;
  const { shown, more } = cutPartners(partnersOf(kb, found.id), limit);
  return {
    organization: found,
    mentionedIn: new Set(found.evidence.map((e) => e.documentId)).size,
    partners: shown,
    morePartners: more,
    documents: new Map(kb.documents.map((d) => [d.id, d])),
  };
}

// From a store: the organization's family and partnerships as heads (no evidence), then whole only what is shown.
async function storeProfile(store: Store, query: string, limit: number): Promise<Profile | undefined> {
  const named = await store.organizationsNamed([query]);
  if (named.length === 0) return undefined;
  const candidates = await store.headsOf("organization", named);
  const found = findOrganization(candidates, query, candidates.sentences);
  if (!found) return undefined;
  const orgs = new Map<string, Organization>(candidates.organizations.map((o) => [o.id, o]));
  // Heads of these organizations and of their parents up to the top.
  const withParents = async (ids: Iterable<string>) => {
    let wanted = [...new Set(ids)].filter((id) => !orgs.has(id));
    while (wanted.length > 0) {
      const read = (await store.headsOf("organization", wanted)).organizations;
      for (const o of read) orgs.set(o.id, o);
      wanted = [...new Set(read.flatMap((o) => (o.parentId && !orgs.has(o.parentId) ? [o.parentId] : [])))];
    }
  };
  await withParents([found.id]);
  const all = () => ({ organizations: [...orgs.values()] });
  const root = rootOrganizationId(all(), found.id);
  // The family: the top organization and every unit below it.
  const family = new Set<string>([root]);
  for (let frontier = [root as string]; frontier.length > 0; ) {
    const units = (await store.referringTo(["organization"], frontier)).get("organization") ?? [];
    frontier = units.filter((id) => !family.has(id));
    for (const id of frontier) family.add(id);
  }
  const partnershipIds = (await store.referringTo(["partnership"], [...family])).get("partnership") ?? [];
  const partnerships = (await store.headsOf("partnership", partnershipIds)).partnerships;
  await withParents([...family, ...partnerships.flatMap((p) => p.parties)]);
  const partners = partnersOf({ organizations: [...orgs.values()], partnerships }, found.id as OrganizationId);
  const { shown, more } = cutPartners(partners, limit);
  const whole = await store.entities({
    partnerships: [...new Set(shown.flatMap((p) => p.partnerships.map((x) => x.id)))],
  });
  const byId = new Map(whole.partnerships.map((p) => [p.id, p]));
  return {
    organization: found,
    mentionedIn: candidates.documents.get(found.id) ?? 0,
    partners: shown.map((p) => ({ ...p, partnerships: p.partnerships.map((x) => byId.get(x.id) ?? x) })),
    morePartners: more,
    documents: new Map(whole.documents.map((d) => [d.id, d])),
  };
}

function describe({ organization: org, mentionedIn, partners, documents }: Profile): string {
  const out: string[] = [];
  out.push(`${org.name}${org.acronyms.length ? ` (${org.acronyms.join(", ")})` : ""}`);
  out.push(`  kind: ${org.kind}${org.country ? `, country: ${org.country}` : ""}${org.city ? `, ${org.city}` : ""}`);
  for (const n of org.names) out.push(`  ${n.lang}: ${n.value}`);
  if (org.aliases.length) out.push(`  also: ${org.aliases.slice(0, 8).join("; ")}`);
  out.push(`  mentioned in ${formatCount(mentionedIn)} document(s)`);
  out.push("");
  out.push(partners.length ? "Partners:" : "No partnerships recorded.");
  for (const p of partners) {
    const earlier = p.count - p.partnerships.length;
    out.push(
      `  ${p.organization.name}${p.organization.country ? ` [${p.organization.country}]` : ""}${earlier > 0 ? `  (${formatCount(p.count)} partnerships; the newest ${p.partnerships.length})` : ""}`,
    );
    for (const ps of p.partnerships) {
      out.push(`    ${ps.date ? formatDate(ps.date) : "undated"}  ${ps.kind} (${ps.status})`);
      for (const e of ps.evidence.slice(0, QUOTES)) {
        const d = documents.get(e.documentId);
        out.push(`      “${e.sentence.length > 200 ? `${e.sentence.slice(0, 197)}…` : e.sentence}”`);
        out.push(
          `        — ${d?.title ?? d?.origin ?? e.documentId}${d?.published ? `, ${formatDate(d.published)}` : ""}`,
        );
      }
      if (ps.evidence.length > QUOTES) out.push(`      (and ${ps.evidence.length - QUOTES} more)`);
    }
  }
  return `${out.join("\n")}\n`;
}
