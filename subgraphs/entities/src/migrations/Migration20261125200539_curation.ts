import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200539_curation extends Migration {
  override name = 'Migration20261125200539_curation';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "curation_rule" ("id" text not null, "action" text not null, "subject_id" text not null, "target_id" text null, ` +
        `"change" jsonb not null, "actor" text not null, "reason" text not null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "curation_rule_subject_id_index" on "curation_rule" ("subject_id");`);

    this.addSql(
      `alter table "curation_rule" add constraint "curation_rule_action_check" check ("action" in ('MERGE_PEOPLE', ` +
        `'MERGE_ORGANIZATIONS', 'ADD_ALIAS', 'REMOVE_ALIAS', 'CORRECT_PERSON', 'CORRECT_ORGANIZATION'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "curation_rule" cascade;`);
  }
}
