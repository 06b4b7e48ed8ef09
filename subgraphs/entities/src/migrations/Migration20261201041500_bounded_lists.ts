import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written: the index behind each connection's order, the session date participations sort
 * by, and trigram indexes for the forgiving lookups (pg_trgm, fuzzystrmatch).
 */
export class Migration20261201041500_bounded_lists extends Migration {
  override name = 'Migration20261201041500_bounded_lists';

  override up(): void {
    // Extensions are per database, shared by every schema: created once, in public, by whichever subgraph comes first.
    for (const extension of ['pg_trgm', 'fuzzystrmatch']) {
      this.addSql(`do $$ begin create extension if not exists ${extension} with schema public;
        exception when unique_violation or duplicate_object then null; end $$;`);
    }
    this.addSql(`alter table "participation" add column "session_date" date null;`);
    this.addSql(`create index "participation_organization_newest_index" on "participation"
      ("organization_id", "session_date" desc nulls last, "session_id" desc, "position", "id");`);
    this.addSql(`create index "participation_person_newest_index" on "participation"
      ("person_id", "session_date" desc nulls last, "session_id" desc, "position", "id");`);
    this.addSql(`create index "organization_search_text_trgm_index" on "organization" using gin ("search_text" public.gin_trgm_ops);`);
    this.addSql(`create index "person_search_text_trgm_index" on "person" using gin ("search_text" public.gin_trgm_ops);`);
  }

  override down(): void {
    for (const index of [
      'participation_organization_newest_index',
      'participation_person_newest_index',
      'organization_search_text_trgm_index',
      'person_search_text_trgm_index',
    ])
      this.addSql(`drop index "${index}";`);
    this.addSql(`alter table "participation" drop column "session_date";`);
  }
}
