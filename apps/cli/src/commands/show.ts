import { findOrganization, formatDate, type KnowledgeBase, type Organization, partnersOf } from "@accord/domain";
import { parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError, UserError } from "../errors.ts";
import { DB_HELP } from "../knowledge-base-source.ts";
import { loadScopedKnowledgeBase } from "../load-scoped-knowledge-base.ts";

export const show: Command = {
  name: "show",
  help: `Usage: accord show ORG [options]

ORG is any name, acronym or script the organization is known by ("HIT", "哈尔滨工业大学",
"Harbin Institute of Technology").

Options:
${DB_HELP}
  --snapshot FILE  read a snapshot file instead of the store
  --json           print the organization, its partners and partnerships as JSON
  -h, --help       show this help

Examples:
  accord show BMSTU
  accord show "МГТУ им. Н. Э. Баумана" --json`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("show", argv, {
      db: { type: "string" },
      snapshot: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new UsageError("show: give one organization name or acronym (quote names with spaces)");
    const query = positionals[0] as string;
    // The organizations answering to the name, their units and parents, and every partnership of theirs.
    const kb = await loadScopedKnowledgeBase(io, values, { names: [query], related: ["partnerships"] });
    const org = findOrganization(kb, query);
    if (!org) throw new UserError(`no organization matches '${query}' (try 'accord list organizations')`);
    const partners = partnersOf(kb, org.id);
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ organization: org, partners: partners.map((p) => ({ organization: p.organization, partnerships: p.partnerships })) }, null, 2)}\n`,
      );
      return 0;
    }
    io.stdout(describe(kb, org, partners));
    return 0;
  },
};

function describe(kb: KnowledgeBase, org: Organization, partners: ReturnType<typeof partnersOf>): string {
  const docs = new Map(kb.documents.map((d) => [d.id, d]));
  const out: string[] = [];
  out.push(`${org.name}${org.acronyms.length ? ` (${org.acronyms.join(", ")})` : ""}`);
  out.push(`  kind: ${org.kind}${org.country ? `, country: ${org.country}` : ""}${org.city ? `, ${org.city}` : ""}`);
  for (const n of org.names) out.push(`  ${n.lang}: ${n.value}`);
  if (org.aliases.length) out.push(`  also: ${org.aliases.slice(0, 8).join("; ")}`);
  out.push(`  mentioned in ${new Set(org.evidence.map((e) => e.documentId)).size} document(s)`);
  out.push("");
  out.push(partners.length ? "Partners:" : "No partnerships recorded.");
  for (const p of partners) {
    out.push(`  ${p.organization.name}${p.organization.country ? ` [${p.organization.country}]` : ""}`);
    for (const ps of p.partnerships) {
      out.push(`    ${ps.date ? formatDate(ps.date) : "undated"}  ${ps.kind} (${ps.status})`);
      for (const e of ps.evidence) {
        const d = docs.get(e.documentId);
        out.push(`      “${e.sentence.length > 200 ? `${e.sentence.slice(0, 197)}…` : e.sentence}”`);
        out.push(
          `        — ${d?.title ?? d?.origin ?? e.documentId}${d?.published ? `, ${formatDate(d.published)}` : ""}`,
        );
      }
    }
  }
  return `${out.join("\n")}\n`;
}
