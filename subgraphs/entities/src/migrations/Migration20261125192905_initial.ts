import { Migration } from '@mikro-orm/migrations';

export class Migration20261125192905_initial extends Migration {
  override name = 'Migration20261125192905_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "organization" ("id" text not null, "name" text not null, "acronym" text null, "kind" text not null, ` +
        `"parent_id" text null, "lookup_keys" text[] not null, "search_text" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "organization_lookup_keys_index" on "organization" using gin ("lookup_keys");`);
    this.addSql(
      `alter table "organization" add constraint "organization_kind_check" check ("kind" in ('PRINCIPAL_ORGAN', 'UN_SYSTEM_ENTITY', ` +
        `'SECRETARIAT_OFFICE', 'COORDINATION_BODY', 'REGIONAL_ORGANIZATION', 'INTERGOVERNMENTAL_ORGANIZATION', 'GOVERNMENT', ` +
        `'NON_GOVERNMENTAL', 'OTHER'));`,
    );

    this.addSql(
      `create table "organization_alias" ("id" text not null, "organization_id" text not null, "alias" text not null, ` +
        `"rule" text not null, "document_id" text null, "paragraph_id" text null, primary key ("id"));`,
    );
    this.addSql(`create index "organization_alias_organization_id_index" on "organization_alias" ("organization_id");`);
    this.addSql(`create index "organization_alias_document_id_index" on "organization_alias" ("document_id");`);

    this.addSql(
      `create table "person" ("id" text not null, "name" text not null, "honorific" text null, "lookup_keys" text[] not null, ` +
        `"search_text" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "person_lookup_keys_index" on "person" using gin ("lookup_keys");`);

    this.addSql(
      `create table "participation" ("id" text not null, "session_id" text not null, "person_id" text not null, ` +
        `"organization_id" text null, "role" text not null, "position" int not null, "document_id" text not null, ` +
        `"paragraph_id" text null, primary key ("id"));`,
    );
    this.addSql(`create index "participation_person_id_index" on "participation" ("person_id");`);
    this.addSql(`create index "participation_organization_id_index" on "participation" ("organization_id");`);
    this.addSql(`create index "participation_document_id_index" on "participation" ("document_id");`);
    this.addSql(`create index "participation_session_id_role_index" on "participation" ("session_id", "role");`);
    this.addSql(
      `alter table "participation" add constraint "participation_role_check" check ("role" in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', ` +
        `'PARTICIPANT'));`,
    );

    this.addSql(
      `create table "affiliation" ("id" text not null, "person_id" text not null, "organization_id" text not null, ` +
        `"title" text null, "document_id" text not null, "paragraph_id" text null, primary key ("id"));`,
    );
    this.addSql(`create index "affiliation_person_id_index" on "affiliation" ("person_id");`);
    this.addSql(`create index "affiliation_organization_id_index" on "affiliation" ("organization_id");`);
    this.addSql(`create index "affiliation_document_id_index" on "affiliation" ("document_id");`);

    this.addSql(
      `create table "person_alias" ("id" text not null, "person_id" text not null, "alias" text not null, "rule" text not null, ` +
        `"document_id" text null, "paragraph_id" text null, primary key ("id"));`,
    );
    this.addSql(`create index "person_alias_person_id_index" on "person_alias" ("person_id");`);
    this.addSql(`create index "person_alias_document_id_index" on "person_alias" ("document_id");`);

    this.addSql(
      `alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references ` +
        `"organization" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "organization_alias" add constraint "organization_alias_organization_id_foreign" foreign key ("organization_id") ` +
        `references "organization" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "participation" add constraint "participation_person_id_foreign" foreign key ("person_id") references "person" ` +
        `("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "participation" add constraint "participation_organization_id_foreign" foreign key ("organization_id") references ` +
        `"organization" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "affiliation" add constraint "affiliation_person_id_foreign" foreign key ("person_id") references "person" ("id") ` +
        `on delete cascade;`,
    );
    this.addSql(
      `alter table "affiliation" add constraint "affiliation_organization_id_foreign" foreign key ("organization_id") references ` +
        `"organization" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "person_alias" add constraint "person_alias_person_id_foreign" foreign key ("person_id") references "person" ` +
        `("id") on delete cascade;`,
    );
  }
}
