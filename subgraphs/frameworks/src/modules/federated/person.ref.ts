import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person of the entities subgraph, e.g. a framework's signatory. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}
