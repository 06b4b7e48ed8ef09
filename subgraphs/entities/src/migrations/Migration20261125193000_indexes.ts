import { Migration } from '@mikro-orm/migrations';

/** Hand-written: participants are read in list order; children by parent. */
export class Migration20261125193000_indexes extends Migration {
  override name = 'Migration20261125193000_indexes';

  override up(): void {
    this.addSql(`create index "participation_session_id_position_index" on "participation" ("session_id", "position");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
  }

  override down(): void {
    this.addSql(`drop index "participation_session_id_position_index";`);
    this.addSql(`drop index "organization_parent_id_index";`);
  }
}
