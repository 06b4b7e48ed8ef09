import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Person } from './person.entity.js';

/** A spelling of a person's name and why it was merged into them (exposed as AliasEvidence). */
@Entity({ tableName: 'person_alias' })
export class PersonAlias {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Person, { deleteRule: 'cascade', index: true })
  person!: Person;

  @Property({ type: 'text' })
  alias!: string;

  @Property({ type: 'text' })
  rule!: string;

  /** Provenance: the document (sessions subgraph) it was read from; null for gazetteer and curated aliases. */
  @Property({ type: 'text', nullable: true, index: true })
  documentId!: string | null;

  @Property({ type: 'text', nullable: true })
  paragraphId!: string | null;
}
