import type { DocumentContext } from "./document-context.ts";
import type { OrganizationTable } from "./organization-table.ts";

/** Organizations named in Chinese characters. */
export function findHanOrganizations(_ctx: DocumentContext, _table: OrganizationTable): void {}
