import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('SearchFilter', { description: 'Narrows a search; all given criteria must hold.' })
export class SearchFilter {
  @Field(() => ID, { nullable: true, description: 'Only paragraphs of this document (id).' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only paragraphs of documents recording this session (id), or that mention it.' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only paragraphs that mention this organization (id).' })
  organizationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only paragraphs of records of sessions of this body: id, acronym or name (alias-aware; at most 200 characters), e.g. HLCP.',
  })
  body?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only paragraphs of documents issued in this year (undated documents: the year of the session they record).',
  })
  year?: number | null;
}
