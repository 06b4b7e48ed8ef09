import { EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Paragraph } from '../document/paragraph.entity.js';
import { Session } from '../session/session.entity.js';
import { OutcomeRepository } from './outcome.repository.js';

export enum OutcomeKind {
  ENDORSED = 'ENDORSED',
  ADOPTED = 'ADOPTED',
  TOOK_NOTE = 'TOOK_NOTE',
  WELCOMED = 'WELCOMED',
  RECOMMENDED = 'RECOMMENDED',
  REQUESTED = 'REQUESTED',
  DECIDED = 'DECIDED',
  AGREED = 'AGREED',
  CONFIRMED = 'CONFIRMED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(OutcomeKind, {
  name: 'OutcomeKind',
  description: 'The verb of a decision, as the record states it.',
  valuesConfig: {
    ENDORSED: { description: 'The body endorsed something.' },
    ADOPTED: { description: 'The body adopted or approved something.' },
    TOOK_NOTE: { description: 'The body took note of something.' },
    WELCOMED: { description: 'The body welcomed something.' },
    RECOMMENDED: { description: 'The body recommended something.' },
    REQUESTED: { description: 'The body requested something.' },
    DECIDED: { description: 'The body decided something.' },
    AGREED: { description: 'The body agreed on something.' },
    CONFIRMED: { description: 'The body confirmed something.' },
    ACCEPTED: { description: 'The body accepted something.' },
  },
});

@Entity({ tableName: 'outcome', repository: () => OutcomeRepository })
@ObjectType('Outcome', {
  description: "A decision or conclusion, e.g. 'The Board endorsed the United Nations-wide framework on cybersecurity and cybercrime'.",
})
export class Outcome {
  [EntityRepositoryType]?: OutcomeRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Enum({ items: () => OutcomeKind })
  @Field(() => OutcomeKind, { description: 'The decision verb.' })
  kind!: OutcomeKind;

  @ManyToOne(() => Session, { deleteRule: 'cascade' })
  session!: Session;

  @ManyToOne(() => AgendaItem, { nullable: true, deleteRule: 'set null' })
  agendaItem!: AgendaItem | null;

  @ManyToOne(() => Paragraph, { deleteRule: 'cascade' })
  paragraph!: Paragraph;

  @Property({ type: 'text' })
  @Field({ description: 'The sentence that records the decision.' })
  text!: string;

  /** Framework id (frameworks subgraph) the outcome acts on. */
  @Property({ type: 'text', nullable: true, index: true })
  frameworkId!: string | null;

  /** Symbol of the document the outcome acts on. */
  @Property({ type: 'text', nullable: true })
  documentSymbol!: string | null;
}
