import type SqliteDatabase from "better-sqlite3";
import { minHashSignature, shinglesOf } from "../../src/min-hash.ts";

/** Turns a store of this schema into one of version 7, as an accord of that version wrote it: no facet pack. */
export function toSchemaVersion7(raw: SqliteDatabase.Database): void {
  raw.exec(`
    drop table facet_pack;
    delete from meta where key = 'generation';
    delete from kysely_migration where name = '0008-facet-pack';
    update meta set value = '7' where key = 'schema_version';`);
}

/**
 * Turns a store of this schema into one of version 6, as an accord of that version wrote it: documents without
 * numbers, each with its MinHash signature (its old band keys are left out: the next version drops them unread),
 * and references keyed by document id.
 */
export function toSchemaVersion6(raw: SqliteDatabase.Database): void {
  toSchemaVersion7(raw);
  raw.exec(`
    create table story_signatures (document_id text primary key references documents (id) on delete cascade,
      signature text not null);
    create table story_bands (band integer not null, hash text not null,
      document_id text not null references documents (id) on delete cascade,
      constraint story_bands_pk primary key (band, hash, document_id));
    create index story_bands_document_id on story_bands (document_id);
    create table organization_refs_v6 (organization_id text not null, kind text not null, entity_id text not null,
      document_id text not null references documents (id) on delete cascade,
      constraint organization_refs_pk primary key (organization_id, kind, entity_id, document_id));
    insert into organization_refs_v6
      select r.organization_id, r.kind, r.entity_id, d.id from organization_refs r join documents d on d.number = r.document;
    drop table organization_refs;
    drop table story_keys;
    alter table organization_refs_v6 rename to organization_refs;
    create index organization_refs_document_id on organization_refs (document_id);
    drop index documents_number;
    alter table documents drop column number;
    delete from kysely_migration where name = '0007-document-numbers';
    update meta set value = '6' where key = 'schema_version';`);
  const sign = raw.prepare("insert into story_signatures (document_id, signature) values (?, ?)");
  for (const { id, text } of raw.prepare("select id, text from documents").all() as { id: string; text: string }[])
    sign.run(id, JSON.stringify(minHashSignature(shinglesOf(text))));
}

/**
 * Turns a store of this schema into one of version 3, as an accord of that version wrote it: one name row per
 * name, organization and document telling the organization, instead of one per name and organization.
 */
export function toSchemaVersion3(raw: SqliteDatabase.Database): void {
  toSchemaVersion6(raw);
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
