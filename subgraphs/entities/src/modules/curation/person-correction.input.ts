import { Field, InputType } from 'type-graphql';

@InputType('PersonCorrection', { description: 'Corrected facts about a person; omitted fields stay as they are.' })
export class PersonCorrection {
  @Field(() => String, { nullable: true, description: 'Canonical name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Honorific, e.g. 'Ms.'." })
  honorific?: string | null;
}
