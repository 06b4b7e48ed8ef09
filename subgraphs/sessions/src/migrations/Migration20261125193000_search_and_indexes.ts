import { Migration } from '@mikro-orm/migrations';

/** Hand-written: full-text search over paragraphs, and indexes on the foreign keys the loaders filter by. */
export class Migration20261125193000_search_and_indexes extends Migration {
  override name = 'Migration20261125193000_search_and_indexes';

  override up(): void {
    this.addSql(
      `alter table "paragraph" add column "search_vector" tsvector generated always as (setweight(to_tsvector('english', "text"), ` +
        `'A')) stored;`,
    );
    this.addSql(`create index "paragraph_search_vector_index" on "paragraph" using gin ("search_vector");`);
    this.addSql(`create index "paragraph_agenda_item_id_index" on "paragraph" ("agenda_item_id");`);
    this.addSql(`create index "agenda_item_session_id_position_index" on "agenda_item" ("session_id", "position");`);
    this.addSql(`create index "agenda_item_parent_id_index" on "agenda_item" ("parent_id");`);
    this.addSql(`create index "document_session_id_index" on "document" ("session_id");`);
    this.addSql(`create index "document_reference_citing_document_id_index" on "document_reference" ("citing_document_id");`);
    this.addSql(`create index "outcome_session_id_index" on "outcome" ("session_id");`);
    this.addSql(`create index "outcome_agenda_item_id_index" on "outcome" ("agenda_item_id");`);
    this.addSql(`create index "outcome_paragraph_id_index" on "outcome" ("paragraph_id");`);
  }

  override down(): void {
    this.addSql(`alter table "paragraph" drop column "search_vector";`);
    for (const index of [
      'paragraph_agenda_item_id_index',
      'agenda_item_session_id_position_index',
      'agenda_item_parent_id_index',
      'document_session_id_index',
      'document_reference_citing_document_id_index',
      'outcome_session_id_index',
      'outcome_agenda_item_id_index',
      'outcome_paragraph_id_index',
    ])
      this.addSql(`drop index "${index}";`);
  }
}
