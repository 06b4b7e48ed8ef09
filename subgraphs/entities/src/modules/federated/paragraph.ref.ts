import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A paragraph of the sessions subgraph, referenced as provenance. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Paragraph')
export class ParagraphRef {
  @Field(() => ID)
  id!: string;
}

/** The paragraph an id names, as a stub the gateway completes; null without an id. */
export const paragraphStub = (id: string | null): ParagraphRef | null => (id ? { id } : null);
