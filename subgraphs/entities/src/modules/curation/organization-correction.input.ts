import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from '../organization/organization.entity.js';

@InputType('OrganizationCorrection', { description: 'Corrected facts about an organization; omitted fields stay as they are.' })
export class OrganizationCorrection {
  @Field(() => String, { nullable: true, description: 'Canonical full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Acronym.' })
  acronym?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind.' })
  kind?: OrganizationKind | null;
}
