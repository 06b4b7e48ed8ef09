import { Migration } from '@mikro-orm/migrations';

export class Migration20261125192900_initial extends Migration {
  override name = 'Migration20261125192900_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "session" ("id" text not null, "title" text not null, "body_id" text not null, "body_keys" text[] not null, ` +
        `"number" int null, "year" int null, "start_date" date null, "end_date" date null, "venue" text null, "city" text null, ` +
        `"country" text null, "host_id" text null, "status" text not null, "has_record" boolean not null, primary key ("id"));`,
    );
    this.addSql(`create index "session_body_keys_index" on "session" using gin ("body_keys");`);
    this.addSql(`create index "session_body_id_start_date_index" on "session" ("body_id", "start_date");`);
    this.addSql(`alter table "session" add constraint "session_status_check" check ("status" in ('HELD', 'SCHEDULED'));`);

    this.addSql(
      `create table "document" ("id" text not null, "symbol" text null, "symbol_inferred" boolean not null default false, ` +
        `"title" text not null, "kind" text not null, "date" date null, "session_id" text null, "file_name" text not null, ` +
        `"sha256" text not null, primary key ("id"));`,
    );
    this.addSql(`alter table "document" add constraint "document_symbol_unique" unique ("symbol");`);
    this.addSql(
      `alter table "document" add constraint "document_kind_check" check ("kind" in ('REPORT', 'SUMMARY_OF_CONCLUSIONS', ` +
        `'MEETING_SUMMARY', 'OTHER'));`,
    );

    this.addSql(
      `create table "agenda_item" ("id" text not null, "session_id" text not null, "number" int not null, "letter" text null, ` +
        `"title" text not null, "parent_id" text null, "position" int not null, "document_id" text not null, ` +
        `"organization_ids" text[] not null, primary key ("id"));`,
    );
    this.addSql(`create index "agenda_item_document_id_index" on "agenda_item" ("document_id");`);

    this.addSql(
      `create table "paragraph" ("id" text not null, "document_id" text not null, "position" int not null, "number" int null, ` +
        `"section_path" text[] not null, "text" text not null, "line" int not null, "agenda_item_id" text null, ` +
        `"organization_ids" text[] not null, "person_ids" text[] not null, "framework_ids" text[] not null, ` +
        `"session_ids" text[] not null, primary key ("id"));`,
    );
    this.addSql(`create index "paragraph_organization_ids_index" on "paragraph" using gin ("organization_ids");`);
    this.addSql(`create index "paragraph_person_ids_index" on "paragraph" using gin ("person_ids");`);
    this.addSql(`create index "paragraph_framework_ids_index" on "paragraph" using gin ("framework_ids");`);
    this.addSql(`create index "paragraph_session_ids_index" on "paragraph" using gin ("session_ids");`);
    this.addSql(`create index "paragraph_document_id_position_index" on "paragraph" ("document_id", "position");`);

    this.addSql(
      `create table "document_reference" ("id" text not null, "citing_document_id" text not null, "symbol" text not null, ` +
        `"paragraph_id" text not null, primary key ("id"));`,
    );
    this.addSql(`create index "document_reference_symbol_index" on "document_reference" ("symbol");`);

    this.addSql(
      `create table "outcome" ("id" text not null, "kind" text not null, "session_id" text not null, "agenda_item_id" text null, ` +
        `"paragraph_id" text not null, "text" text not null, "framework_id" text null, "document_symbol" text null, ` +
        `primary key ("id"));`,
    );
    this.addSql(`create index "outcome_framework_id_index" on "outcome" ("framework_id");`);
    this.addSql(
      `alter table "outcome" add constraint "outcome_kind_check" check ("kind" in ('ENDORSED', 'ADOPTED', 'TOOK_NOTE', 'WELCOMED', ` +
        `'RECOMMENDED', 'REQUESTED', 'DECIDED', 'AGREED', 'CONFIRMED', 'ACCEPTED'));`,
    );

    this.addSql(
      `alter table "document" add constraint "document_session_id_foreign" foreign key ("session_id") references "session" ("id") on ` +
        `delete set null;`,
    );

    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_session_id_foreign" foreign key ("session_id") references "session" ` +
        `("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_parent_id_foreign" foreign key ("parent_id") references "agenda_item" ` +
        `("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "paragraph" add constraint "paragraph_document_id_foreign" foreign key ("document_id") references "document" ` +
        `("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "paragraph" add constraint "paragraph_agenda_item_id_foreign" foreign key ("agenda_item_id") references ` +
        `"agenda_item" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "document_reference" add constraint "document_reference_citing_document_id_foreign" foreign key ` +
        `("citing_document_id") references "document" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "document_reference" add constraint "document_reference_paragraph_id_foreign" foreign key ("paragraph_id") ` +
        `references "paragraph" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "outcome" add constraint "outcome_session_id_foreign" foreign key ("session_id") references "session" ("id") on ` +
        `delete cascade;`,
    );
    this.addSql(
      `alter table "outcome" add constraint "outcome_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ` +
        `("id") on delete set null;`,
    );
    this.addSql(
      `alter table "outcome" add constraint "outcome_paragraph_id_foreign" foreign key ("paragraph_id") references "paragraph" ` +
        `("id") on delete cascade;`,
    );
  }
}
