import { Field, ObjectType } from 'type-graphql';
import { OrganizationRef } from '../federated/organization.ref.js';

@ObjectType('Location', { description: 'Where a session met.' })
export class Location {
  @Field(() => String, {
    nullable: true,
    description: "e.g. 'Headquarters of the Office of the United Nations High Commissioner for Human Rights'",
  })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: 'City, e.g. Geneva.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Country, e.g. Switzerland.' })
  country!: string | null;

  @Field(() => OrganizationRef, { nullable: true, description: 'The organization hosting the session, where the documents say so.' })
  host!: OrganizationRef | null;
}
