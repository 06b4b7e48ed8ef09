import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Organization is owned by the entities subgraph; this subgraph adds its framework roles. */
@Directive('@key(fields: "id")')
@ObjectType('Organization')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

/** A person of the entities subgraph, e.g. a framework's signatory. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}

/** A paragraph of the sessions subgraph, referenced as provenance. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Paragraph')
export class ParagraphRef {
  @Field(() => ID)
  id!: string;
}
