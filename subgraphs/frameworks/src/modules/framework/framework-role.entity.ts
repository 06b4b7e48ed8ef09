import { EntityRepositoryType } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Framework } from './framework.entity.js';
import { FrameworkRoleRepository } from './framework-role.repository.js';

export enum FrameworkRoleKind {
  ISSUER = 'ISSUER',
  LEAD = 'LEAD',
  ENDORSER = 'ENDORSER',
  MANDATE_HOLDER = 'MANDATE_HOLDER',
  PARTY = 'PARTY',
}

registerEnumType(FrameworkRoleKind, {
  name: 'FrameworkRoleKind',
  description: 'The part an organization plays in a framework.',
  valuesConfig: {
    ISSUER: { description: 'Issued or adopted it.' },
    LEAD: { description: 'Leads its implementation or a part of it.' },
    ENDORSER: { description: 'Endorsed it.' },
    MANDATE_HOLDER: { description: 'Holds a mandate the framework relies on.' },
    PARTY: { description: 'A party to it.' },
  },
});

@Entity({ tableName: 'framework_role', repository: () => FrameworkRoleRepository })
@ObjectType('FrameworkRole', { description: "An organization's role in a framework." })
export class FrameworkRole {
  [EntityRepositoryType]?: FrameworkRoleRepository;

  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Framework, { deleteRule: 'cascade', index: true })
  framework!: Framework;

  /** Organization id (entities subgraph). */
  @Property({ type: 'text', index: true })
  organizationId!: string;

  @Enum({ items: () => FrameworkRoleKind })
  @Field(() => FrameworkRoleKind, { description: 'Issuer, lead, endorser, mandate holder or party.' })
  role!: FrameworkRoleKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "What the source says about the role, e.g. the entity's mandate." })
  description!: string | null;

  /** Provenance: the document (sessions subgraph) it was read from; re-ingesting that document replaces it. */
  @Property({ type: 'text', index: true })
  documentId!: string;

  @Property({ type: 'text', nullable: true })
  paragraphId!: string | null;
}
