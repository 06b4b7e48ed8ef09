import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ParagraphRef, paragraphStub } from '../federated/paragraph.ref.js';
import { SessionRef } from '../federated/session.ref.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Participation } from './participation.entity.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => SessionRef, { description: 'The session taken part in.' })
  session(@Root() participation: Participation): SessionRef {
    return { id: participation.sessionId };
  }

  @FieldResolver(() => Person, { description: 'Who took part.' })
  async person(@Root() participation: Participation, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.person.load(participation.person.id))!;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The delegation the person sat with; null for officers listed without one.',
  })
  organization(@Root() participation: Participation, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return participation.organization ? loaders.organization.load(participation.organization.id) : null;
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the list of participants it was read from.' })
  paragraph(@Root() participation: Participation): ParagraphRef | null {
    return paragraphStub(participation.paragraphId);
  }
}
