import type { Event } from "./event.ts";
import type { OrganizationId } from "./ids.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { compareDates, type PartialDate } from "./partial-date.ts";
import { rootOrganizationId } from "./partners-of.ts";
import type { Partnership } from "./partnership.ts";

/** One dated line of a pair's history: a partnership or an event. */
export type HistoryEntry =
  | { type: "partnership"; date: PartialDate | null; partnership: Partnership }
  | { type: "event"; date: PartialDate | null; event: Event };

/**
 * What two organizations did together (units count as their parents), dated entries first in
 * date order, undated ones last; ties keep partnerships before events, then ids in order.
 */
export function pairHistory(
  kb: Pick<KnowledgeBase, "organizations" | "partnerships" | "events">,
  a: OrganizationId,
  b: OrganizationId,
): HistoryEntry[] {
  const ra = rootOrganizationId(kb, a);
  const rb = rootOrganizationId(kb, b);
  const involves = (ids: readonly OrganizationId[]) => {
    const roots = new Set(ids.map((id) => rootOrganizationId(kb, id)));
    return roots.has(ra) && roots.has(rb) && ra !== rb;
  };
  const entries: HistoryEntry[] = [
    ...kb.partnerships
      .filter((p) => involves(p.parties))
      .map((partnership): HistoryEntry => ({ type: "partnership", date: partnership.date, partnership })),
    ...kb.events
      .filter((e) => involves(e.organizations))
      .map((event): HistoryEntry => ({ type: "event", date: event.date, event })),
  ];
  const idOf = (e: HistoryEntry) => (e.type === "partnership" ? e.partnership.id : e.event.id);
  return entries.sort(
    (x, y) =>
      compareDates(x.date, y.date) ||
      (x.type === y.type ? 0 : x.type === "partnership" ? -1 : 1) ||
      (idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : 0),
  );
}
