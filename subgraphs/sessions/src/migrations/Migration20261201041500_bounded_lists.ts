import { Migration } from '@mikro-orm/migrations';

/** Hand-written: the index behind each connection's order. */
export class Migration20261201041500_bounded_lists extends Migration {
  override name = 'Migration20261201041500_bounded_lists';

  override up(): void {
    // Organization.sessionsConvened: newest first.
    this.addSql(`create index "session_body_id_newest_index" on "session" ("body_id", "start_date" desc nulls last, "id" desc);`);
    // Document.citedBy: the citing documents of a symbol, read from the index alone, then newest first.
    this.addSql(`create index "document_reference_symbol_citing_index" on "document_reference" ("symbol", "citing_document_id");`);
    this.addSql(`create index "document_date_newest_index" on "document" ("date" desc nulls last, "id" desc);`);
    // Framework.endorsements: a framework's outcomes with the session they are ordered by.
    this.addSql(`create index "outcome_framework_id_session_id_index" on "outcome" ("framework_id", "session_id", "id");`);
  }

  override down(): void {
    for (const index of [
      'session_body_id_newest_index',
      'document_reference_symbol_citing_index',
      'document_date_newest_index',
      'outcome_framework_id_session_id_index',
    ])
      this.addSql(`drop index "${index}";`);
  }
}
