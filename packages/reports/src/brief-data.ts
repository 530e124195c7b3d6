import { findOrganization, type KnowledgeBase, type Organization, parseIsoPartial } from "@accord/domain";
import { BriefContext } from "./brief-context.ts";
import type { BriefData, BriefOptions, BriefRequest } from "./brief-types.ts";
import { countriesData } from "./countries-data.ts";
import { ReportError } from "./errors.ts";
import { orgData } from "./org-data.ts";
import { pairData } from "./pair-data.ts";

/** The data a brief's template sees, or the reason there is nothing to report. */
export type BriefDataResult = { ok: true; data: BriefData } | { ok: false; reason: string };

/**
 * Builds the typed data of a brief from a snapshot. Throws a ReportError for an organization or
 * country the snapshot does not know, or a malformed period.
 */
export function briefData(
  kb: KnowledgeBase,
  request: BriefRequest,
  options: Pick<BriefOptions, "from" | "to" | "counts"> = {},
): BriefDataResult {
  for (const [name, value] of [
    ["from", options.from],
    ["to", options.to],
  ] as const)
    if (value !== undefined && !parseIsoPartial(value))
      throw new ReportError(`'${name}' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '${value}'`);
  const ctx = new BriefContext(kb, options);
  let data: BriefData;
  if (request.kind === "pair") {
    const a = resolve(ctx, request.organizations[0]);
    const b = resolve(ctx, request.organizations[1]);
    if (a.id === b.id)
      throw new ReportError(`'${request.organizations[0]}' and '${request.organizations[1]}' are one organization`);
    data = pairData(ctx, a, b);
  } else if (request.kind === "org") {
    data = orgData(ctx, resolve(ctx, request.organization));
  } else {
    const [a, b] = request.countries.map((c) => c.trim().toUpperCase()) as [string, string];
    for (const c of [a, b])
      if (!kb.organizations.some((o) => o.country === c)) throw new ReportError(`no organization is in country '${c}'`);
    if (a === b) throw new ReportError(`a countries brief needs two countries, not '${a}' twice`);
    const counts = options.counts;
    if (
      counts &&
      (counts.countries[0] !== a ||
        counts.countries[1] !== b ||
        counts.from !== options.from ||
        counts.to !== options.to)
    )
      throw new ReportError("the counts given were made for another request or period");
    data = countriesData(ctx, a, b, counts);
  }
  if (data.partnershipCount === 0 && data.eventCount === 0)
    return { ok: false, reason: `nothing to report: no partnership or event of ${data.title} (${data.period})` };
  data.references = ctx.citations.references();
  return { ok: true, data };
}

function resolve(ctx: BriefContext, query: string): Organization {
  const found = findOrganization(ctx.kb, query);
  if (!found) throw new ReportError(`no organization matches '${query}'`);
  return ctx.organization(ctx.root(found.id)) ?? found;
}
