import { ArrayType, EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PersonRepository } from './person.repository.js';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'person', repository: () => PersonRepository })
@Directive('@key(fields: "id")')
@ObjectType('Person', { description: 'A person, resolved to one entity across documents despite spelling variants.' })
export class Person {
  [EntityRepositoryType]?: PersonRepository;

  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable id: a slug of the canonical name, e.g. elliott-harris.' })
  id!: string;

  @Property({ type: 'text' })
  @Field({ description: "Canonical name, e.g. 'Elliott Harris'." })
  name!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "e.g. 'Mr.', 'Ms.', 'Ambassador', where the sources say." })
  honorific!: string | null;

  @Property({ type: new ArrayType(), columnType: 'text[]' })
  @Index({ type: 'gin' })
  lookupKeys!: string[];

  /** The lookup keys joined into one string, for substring filters. */
  @Property({ type: 'text' })
  searchText!: string;
}
