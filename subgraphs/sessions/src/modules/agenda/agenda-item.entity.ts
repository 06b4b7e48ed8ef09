import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ArrayType } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Session } from '../session/session.entity.js';

@Entity({ tableName: 'agenda_item' })
@ObjectType('AgendaItem', { description: 'An item or lettered sub-item of a session agenda.' })
export class AgendaItem {
  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id, e.g. hlcp-26/item_3_b.' })
  id!: string;

  @ManyToOne(() => Session, { deleteRule: 'cascade' })
  session!: Session;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: "Item number, e.g. 3 for '3 (b)'." })
  number!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "Sub-item letter, e.g. 'b' for '3 (b)'; null for a top-level item." })
  letter!: string | null;

  @Property({ type: 'text' })
  @Field({ description: 'Title as printed in the agenda.' })
  title!: string;

  @ManyToOne(() => AgendaItem, { nullable: true, deleteRule: 'cascade' })
  parent!: AgendaItem | null;

  @Property({ type: 'integer' })
  position!: number;

  /** Provenance: the document (sessions subgraph) it was read from; re-ingesting that document replaces it. */
  @Property({ type: 'text', index: true })
  documentId!: string;

  /** Organization ids (entities subgraph) the item is about. */
  @Property({ type: new ArrayType(), columnType: 'text[]' })
  organizationIds!: string[];
}
