import { ConnectionType } from '@igc/service-kit';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Paragraph } from '../document/paragraph.entity.js';

@InputType('SearchFilter', { description: 'Narrows a search; all given criteria must hold.' })
export class SearchFilter {
  @Field(() => ID, { nullable: true, description: 'Only paragraphs of this document (id).' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only paragraphs of documents recording this session (id), or that mention it.' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only paragraphs that mention this organization (id).' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only paragraphs of records of sessions of this body: id, acronym or name (alias-aware), e.g. HLCP.' })
  body?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only paragraphs of documents issued in this year (undated documents: the year of the session they record).' })
  year?: number | null;
}

@ObjectType('SearchHit', { description: 'A paragraph matching a search, with its rank and highlighted excerpt.' })
export class SearchHit {
  @Field(() => Paragraph, { description: 'The matching paragraph.' })
  paragraph!: Paragraph;

  @Field(() => Float, { description: 'Relevance (PostgreSQL ts_rank_cd); higher is better.' })
  score!: number;

  @Field({ description: 'Text around the match with the matched words wrapped in <mark></mark>.' })
  highlight!: string;
}

@ObjectType('SearchConnection', { description: 'A page of search hits, best first.' })
export class SearchConnection extends ConnectionType('Search', SearchHit) {}
