import { Field, ID, InputType } from 'type-graphql';
import { FrameworkKind } from './framework.entity.js';

@InputType('FrameworkFilter', { description: 'Narrows a list of frameworks; all given criteria must hold.' })
export class FrameworkFilter {
  @Field(() => FrameworkKind, { nullable: true, description: 'Only frameworks of this kind.' })
  kind?: FrameworkKind | null;

  @Field(() => String, { nullable: true, description: 'Substring of the title, case-insensitive (at most 200 characters).' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'Frameworks in which this organization (id) has any role.' })
  organizationId?: string | null;
}
