import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Organization } from './organization.entity.js';

@Entity({ tableName: 'organization_alias' })
@ObjectType('AliasEvidence', { description: 'One spelling of a name and the evidence for resolving it to an entity.' })
export class OrganizationAlias {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  organization!: Organization;

  @Property({ type: 'text' })
  @Field({ description: "The spelling as it appears, e.g. 'Elliot Harris'." })
  alias!: string;

  @Property({ type: 'text' })
  @Field({
    description:
      "How it was resolved, e.g. 'gazetteer', 'acronym defined in text', 'edit distance 1 within the same delegation', 'curated'.",
  })
  rule!: string;

  /** Provenance: the document (sessions subgraph) it was read from; null for gazetteer and curated aliases. */
  @Property({ type: 'text', nullable: true, index: true })
  documentId!: string | null;

  /** Paragraph id (sessions subgraph) where it was seen. */
  @Property({ type: 'text', nullable: true })
  paragraphId!: string | null;
}
