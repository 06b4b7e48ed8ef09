import { ArrayType } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Framework } from './framework.entity.js';

export enum ProvisionKind {
  PURPOSE = 'PURPOSE',
  DEFINITION = 'DEFINITION',
  OBJECTIVE = 'OBJECTIVE',
  PRINCIPLE = 'PRINCIPLE',
  ASSISTANCE_AREA = 'ASSISTANCE_AREA',
  MEASURE = 'MEASURE',
  COMMITMENT = 'COMMITMENT',
  SUCCESS_FACTOR = 'SUCCESS_FACTOR',
  RECOMMENDATION = 'RECOMMENDATION',
  OTHER = 'OTHER',
}

registerEnumType(ProvisionKind, {
  name: 'ProvisionKind',
  description: 'What a provision of a framework is.',
  valuesConfig: {
    PURPOSE: { description: 'A purpose the framework serves.' },
    DEFINITION: { description: 'A definition or common understanding.' },
    OBJECTIVE: { description: 'An objective.' },
    PRINCIPLE: { description: 'A guiding principle.' },
    ASSISTANCE_AREA: { description: 'An area in which assistance is offered.' },
    MEASURE: { description: 'A measure to take.' },
    COMMITMENT: { description: 'A commitment made.' },
    SUCCESS_FACTOR: { description: 'A factor for success.' },
    RECOMMENDATION: { description: 'A recommendation.' },
    OTHER: { description: 'Any other provision.' },
  },
});

@Entity({ tableName: 'provision' })
@Index({ properties: ['framework', 'position'] })
@ObjectType('Provision', { description: 'One typed, ordered provision of a framework.' })
export class Provision {
  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @ManyToOne(() => Framework, { deleteRule: 'cascade' })
  framework!: Framework;

  @Enum({ items: () => ProvisionKind })
  @Field(() => ProvisionKind, { description: 'Purpose, principle, objective...' })
  kind!: ProvisionKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "As printed: '(a)', 'A', 'first', '3'." })
  label!: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '1-based position among provisions of the same kind.' })
  ordinal!: number;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Short heading where the source gives one, e.g. 'Cost-effectiveness' or 'Legal measures'.",
  })
  title!: string | null;

  @Property({ type: 'text' })
  @Field({ description: 'Clean text of the provision.' })
  text!: string;

  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  organizationIds!: string[];

  /** Provenance: the document (sessions subgraph) it was read from; re-ingesting that document replaces it. */
  @Property({ type: 'text', index: true })
  documentId!: string;

  /** Provenance: paragraph id (sessions subgraph). */
  @Property({ type: 'text', nullable: true })
  paragraphId!: string | null;
}
