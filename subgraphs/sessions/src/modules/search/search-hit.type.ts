import { Field, Float, ObjectType } from 'type-graphql';
import { Paragraph } from '../document/paragraph.entity.js';

@ObjectType('SearchHit', { description: 'A paragraph matching a search, with its rank and highlighted excerpt.' })
export class SearchHit {
  @Field(() => Paragraph, { description: 'The matching paragraph.' })
  paragraph!: Paragraph;

  @Field(() => Float, { description: 'Relevance (PostgreSQL ts_rank_cd); higher is better.' })
  score!: number;

  @Field({ description: 'Text around the match with the matched words wrapped in <mark></mark>.' })
  highlight!: string;
}
