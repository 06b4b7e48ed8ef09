import { Migration } from '@mikro-orm/migrations';

/**
 * Hand-written: `role` rides in the indexes of the participation connections, so a connection's
 * totalCount (which tests the optional role filter) is an index-only scan instead of one heap
 * fetch per participation: at 1000× an organization has ~12,500 of them.
 */
export class Migration20261201060000_participation_counts extends Migration {
  override name = 'Migration20261201060000_participation_counts';

  override up(): void {
    for (const parent of ['organization', 'person']) this.replaceIndex(parent, ' include ("role")');
  }

  override down(): void {
    for (const parent of ['organization', 'person']) this.replaceIndex(parent, '');
  }

  private replaceIndex(parent: string, include: string): void {
    this.addSql(`drop index "participation_${parent}_newest_index";`);
    this.addSql(`create index "participation_${parent}_newest_index" on "participation"
      ("${parent}_id", "session_date" desc nulls last, "session_id" desc, "position", "id")${include};`);
  }
}
