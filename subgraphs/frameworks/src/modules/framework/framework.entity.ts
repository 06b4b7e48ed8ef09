import { ArrayType, EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DateScalar } from '@igc/service-kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FrameworkRepository } from './framework.repository.js';

export enum FrameworkKind {
  FRAMEWORK = 'FRAMEWORK',
  STATEMENT = 'STATEMENT',
  RECOMMENDATIONS = 'RECOMMENDATIONS',
  AGREEMENT = 'AGREEMENT',
  OTHER = 'OTHER',
}

registerEnumType(FrameworkKind, {
  name: 'FrameworkKind',
  description: 'What kind of policy instrument it is.',
  valuesConfig: {
    FRAMEWORK: { description: 'e.g. United Nations-wide framework on cybersecurity and cybercrime' },
    STATEMENT: { description: 'e.g. Statement on the review of the common system compensation package' },
    RECOMMENDATIONS: { description: 'A numbered set of recommendations or endorsed conclusions' },
    AGREEMENT: { description: 'Memorandum of understanding, joint declaration, action plan between organizations' },
    OTHER: { description: 'Anything else.' },
  },
});

@Entity({ tableName: 'framework', repository: () => FrameworkRepository })
@Directive('@key(fields: "id")')
@ObjectType('Framework', { description: 'A policy framework, statement or set of recommendations, with its provisions.' })
export class Framework {
  [EntityRepositoryType]?: FrameworkRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id: a slug of the normalized title.' })
  id!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Title, e.g. United Nations-wide framework on cybersecurity and cybercrime.' })
  title!: string;

  @Enum({ items: () => FrameworkKind })
  @Field(() => FrameworkKind, { description: 'Framework, statement, recommendations...' })
  kind!: FrameworkKind;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Date it was issued or adopted.' })
  date!: string | null;

  /** Organization id (entities subgraph) of the issuer. */
  @Property({ type: 'text', nullable: true })
  issuedById!: string | null;

  /** Person id (entities subgraph) of the signatory. */
  @Property({ type: 'text', nullable: true })
  authorId!: string | null;

  /** Document ids (sessions subgraph) whose text holds it. */
  @Property({ type: new ArrayType(), columnType: 'text[]' })
  sourceDocumentIds!: string[];

  @Property({ type: 'text' })
  searchText!: string;
}
