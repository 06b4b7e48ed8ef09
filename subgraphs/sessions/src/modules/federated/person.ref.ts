import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Person is owned by the entities subgraph; this subgraph adds the paragraphs that mention them. */
@Directive('@key(fields: "id")')
@ObjectType('Person')
export class PersonRef {
  @Field(() => ID)
  id!: string;
}
