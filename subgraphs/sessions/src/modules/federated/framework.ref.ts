import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Framework is owned by the frameworks subgraph; this subgraph adds its source documents and endorsements. */
@Directive('@key(fields: "id")')
@ObjectType('Framework')
export class FrameworkRef {
  @Field(() => ID)
  id!: string;
}
