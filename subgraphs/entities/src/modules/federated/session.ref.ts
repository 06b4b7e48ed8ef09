import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Session is owned by the sessions subgraph; this subgraph adds who took part. */
@Directive('@key(fields: "id")')
@ObjectType('Session')
export class SessionRef {
  @Field(() => ID)
  id!: string;
}
