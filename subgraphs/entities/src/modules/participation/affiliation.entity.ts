import { EntityRepositoryType } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { AffiliationRepository } from './affiliation.repository.js';

@Entity({ tableName: 'affiliation', repository: () => AffiliationRepository })
@ObjectType('Affiliation', { description: 'A position a person holds in an organization, as stated in a source.' })
export class Affiliation {
  [EntityRepositoryType]?: AffiliationRepository;

  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Person, { deleteRule: 'cascade', index: true })
  person!: Person;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization!: Organization;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "e.g. 'Director-General', 'Chair', 'Chief, Public Affairs and Policy Support Branch'.",
  })
  title!: string | null;

  /** Provenance: the document (sessions subgraph) it was read from; re-ingesting that document replaces it. */
  @Property({ type: 'text', index: true })
  documentId!: string;

  /** Provenance: paragraph id (sessions subgraph) where it is stated. */
  @Property({ type: 'text', nullable: true })
  paragraphId!: string | null;
}
