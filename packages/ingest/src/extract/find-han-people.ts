import type { DocumentContext } from "./document-context.ts";
import type { PersonMention } from "./find-people.ts";
import type { OrganizationTable } from "./organization-table.ts";

/** People named in Chinese characters. */
export function findHanPeople(_ctx: DocumentContext, _orgs: OrganizationTable): PersonMention[] {
  return [];
}
