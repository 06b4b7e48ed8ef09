import { Migration } from '@mikro-orm/migrations';

export class Migration20261125192910_initial extends Migration {
  override name = 'Migration20261125192910_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "framework" ("id" text not null, "title" text not null, "kind" text not null, "date" date null, ` +
        `"issued_by_id" text null, "author_id" text null, "source_document_ids" text[] not null, "search_text" text not null, ` +
        `primary key ("id"));`,
    );
    this.addSql(
      `alter table "framework" add constraint "framework_kind_check" check ("kind" in ('FRAMEWORK', 'STATEMENT', 'RECOMMENDATIONS', ` +
        `'AGREEMENT', 'OTHER'));`,
    );

    this.addSql(
      `create table "framework_role" ("id" text not null, "framework_id" text not null, "organization_id" text not null, ` +
        `"role" text not null, "description" text null, "document_id" text not null, "paragraph_id" text null, primary key ("id"));`,
    );
    this.addSql(`create index "framework_role_framework_id_index" on "framework_role" ("framework_id");`);
    this.addSql(`create index "framework_role_organization_id_index" on "framework_role" ("organization_id");`);
    this.addSql(`create index "framework_role_document_id_index" on "framework_role" ("document_id");`);
    this.addSql(
      `alter table "framework_role" add constraint "framework_role_role_check" check ("role" in ('ISSUER', 'LEAD', 'ENDORSER', ` +
        `'MANDATE_HOLDER', 'PARTY'));`,
    );

    this.addSql(
      `create table "provision" ("id" text not null, "framework_id" text not null, "kind" text not null, "label" text null, ` +
        `"ordinal" int not null, "position" int not null, "title" text null, "text" text not null, "organization_ids" text[] not null, ` +
        `"document_id" text not null, "paragraph_id" text null, primary key ("id"));`,
    );
    this.addSql(`create index "provision_document_id_index" on "provision" ("document_id");`);
    this.addSql(`create index "provision_organization_ids_index" on "provision" using gin ("organization_ids");`);
    this.addSql(`create index "provision_framework_id_position_index" on "provision" ("framework_id", "position");`);
    this.addSql(
      `alter table "provision" add constraint "provision_kind_check" check ("kind" in ('PURPOSE', 'DEFINITION', 'OBJECTIVE', ` +
        `'PRINCIPLE', 'ASSISTANCE_AREA', 'MEASURE', 'COMMITMENT', 'SUCCESS_FACTOR', 'RECOMMENDATION', 'OTHER'));`,
    );

    this.addSql(
      `alter table "framework_role" add constraint "framework_role_framework_id_foreign" foreign key ("framework_id") references ` +
        `"framework" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "provision" add constraint "provision_framework_id_foreign" foreign key ("framework_id") references "framework" ` +
        `("id") on delete cascade;`,
    );
  }
}
