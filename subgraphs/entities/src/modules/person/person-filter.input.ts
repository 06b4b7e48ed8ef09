import { Field, ID, InputType } from 'type-graphql';

@InputType('PersonFilter', { description: 'Narrows a list of people; all given criteria must hold.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Substring of any spelling of the name, case-insensitive (at most 200 characters).' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only people affiliated with, or sitting in a delegation of, this organization (id).' })
  organizationId?: string | null;
}
