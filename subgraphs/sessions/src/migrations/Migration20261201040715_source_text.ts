import { Migration } from '@mikro-orm/migrations';

/** The text of every ingested file, so adding a document re-reads the corpus it joins. */
export class Migration20261201040715_source_text extends Migration {
  override name = 'Migration20261201040715_source_text';

  override up(): void {
    this.addSql(
      `create table "source_text" ("file_name" text not null, "position" int not null, "sha256" text not null, "text" text not null, ` +
        `primary key ("file_name"));`,
    );
  }

  override down(): void {
    this.addSql(`drop table if exists "source_text" cascade;`);
  }
}
