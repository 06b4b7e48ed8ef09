import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ArrayType, EntityRepositoryType } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Document } from './document.entity.js';
import { ParagraphRepository } from './paragraph.repository.js';

@Entity({ tableName: 'paragraph', repository: () => ParagraphRepository })
@Index({ properties: ['document', 'position'] })
@Directive('@key(fields: "id")')
@ObjectType('Paragraph', { description: 'A paragraph of a document: the unit of provenance for every extracted fact.' })
export class Paragraph {
  [EntityRepositoryType]?: ParagraphRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable eId: document id, section path and number, e.g. ceb-2013-6/annex_3/para_9.' })
  id!: string;

  @ManyToOne(() => Document, { deleteRule: 'cascade' })
  document!: Document;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Printed paragraph number, e.g. 85; null for unnumbered text.' })
  number!: number | null;

  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Field(() => [String], {
    description:
      "Heading path from the document root, e.g. ['Annex III', 'III. Basic United Nations-wide principles applicable to cybercrime " +
      "and cybersecurity'].",
  })
  sectionPath!: string[];

  @Property({ type: 'text' })
  @Field({ description: 'Clean text: page headers, footer symbols and line-wrap hyphenation removed.' })
  text!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'First line of the paragraph in the source file (1-based).' })
  line!: number;

  @ManyToOne(() => AgendaItem, { nullable: true, deleteRule: 'set null' })
  agendaItem!: AgendaItem | null;

  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  organizationIds!: string[];

  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  personIds!: string[];

  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  frameworkIds!: string[];

  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  sessionIds!: string[];
}
