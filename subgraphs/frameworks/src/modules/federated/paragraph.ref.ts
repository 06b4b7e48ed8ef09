import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A paragraph of the sessions subgraph, referenced as provenance. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Paragraph')
export class ParagraphRef {
  @Field(() => ID)
  id!: string;
}
