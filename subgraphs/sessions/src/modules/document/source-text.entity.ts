import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The text of every file ingested, in load order. Extraction reads a corpus as a whole (people,
 * organizations and frameworks are merged across documents), so adding a document re-reads the
 * stored ones with it: loading A and then B gives the graph loading A and B together gives.
 * Not part of the API.
 */
@Entity({ tableName: 'source_text' })
export class SourceText {
  @PrimaryKey({ type: 'text' })
  fileName!: string;

  @Property({ type: 'int' })
  position!: number;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text' })
  text!: string;
}
