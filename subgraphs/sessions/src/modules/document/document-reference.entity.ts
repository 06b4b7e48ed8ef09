import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Document } from './document.entity.js';
import { Paragraph } from './paragraph.entity.js';

@Entity({ tableName: 'document_reference' })
@ObjectType('DocumentReference', { description: 'A citation of a document by its symbol.' })
export class DocumentReference {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Document, { deleteRule: 'cascade' })
  citingDocument!: Document;

  @Property({ type: 'text', index: true })
  @Field({ description: 'Symbol as normalized, e.g. A/RES/67/226.' })
  symbol!: string;

  @ManyToOne(() => Paragraph, { deleteRule: 'cascade' })
  paragraph!: Paragraph;
}
