import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from './organization.entity.js';

@InputType('OrganizationFilter', { description: 'Narrows a list of organizations; all given criteria must hold.' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'Substring of any name or acronym, case-insensitive (at most 200 characters).' })
  text?: string | null;
}
