import type { DocumentContext } from "./document-context.ts";
import type { OrganizationTable } from "./organization-table.ts";

/** Organizations in Russian text that the gazetteer lacks, found by the shape of their names. */
export function findRussianOrganizations(_ctx: DocumentContext, _table: OrganizationTable): void {}
