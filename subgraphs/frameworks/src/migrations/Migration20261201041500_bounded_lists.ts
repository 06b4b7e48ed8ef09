import { Migration } from '@mikro-orm/migrations';

/** Hand-written: the indexes behind Organization.frameworkRoles, newest framework first. */
export class Migration20261201041500_bounded_lists extends Migration {
  override name = 'Migration20261201041500_bounded_lists';

  override up(): void {
    this.addSql(`create index "framework_role_organization_id_framework_id_index"
      on "framework_role" ("organization_id", "framework_id", "role");`);
    this.addSql(`create index "framework_date_newest_index" on "framework" ("date" desc nulls last, "id");`);
  }

  override down(): void {
    this.addSql(`drop index "framework_role_organization_id_framework_id_index";`);
    this.addSql(`drop index "framework_date_newest_index";`);
  }
}
