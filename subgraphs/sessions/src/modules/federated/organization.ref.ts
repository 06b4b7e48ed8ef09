import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Organization is owned by the entities subgraph; this subgraph adds the sessions it convened and its mentions. */
@Directive('@key(fields: "id")')
@ObjectType('Organization')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}
