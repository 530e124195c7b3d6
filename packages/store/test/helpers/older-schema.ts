import type SqliteDatabase from "better-sqlite3";

/**
 * Turns a store of this schema into one of version 3, as an accord of that version wrote it: one name row per
 * name, organization and document telling the organization, instead of one per name and organization.
 */
export function toSchemaVersion3(raw: SqliteDatabase.Database): void {
  raw.exec(`
    drop index entity_heads_organizations;
    drop index entity_heads_partnership_facets;
    drop index entity_heads_event_facets;
    create table organization_names (name_key text not null, organization_id text not null,
      document_id text not null references documents (id) on delete cascade,
      constraint organization_names_pk primary key (name_key, organization_id, document_id));
    insert into organization_names select k.name_key, k.organization_id, f.document_id from organization_keys k
      join facts f on f.kind = 'organization' and f.entity_id = k.organization_id;
    create index organization_names_document_id on organization_names (document_id);
    create index organization_names_compact on organization_names (replace(name_key, ' ', ''));
    drop table organization_keys;
    delete from kysely_migration
      where name in ('0004-organization-keys', '0005-organization-facets', '0006-partnership-and-event-facets');
    update meta set value = '3' where key = 'schema_version';`);
}
