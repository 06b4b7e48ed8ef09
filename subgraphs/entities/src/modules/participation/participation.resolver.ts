import { assumedListSize } from '@igc/service-kit';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ParagraphRef } from '../federated/paragraph.type.js';
import { SessionRef } from '../federated/session.type.js';
import { OrganizationAlias } from '../organization/organization-alias.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Affiliation } from './affiliation.entity.js';
import { ParticipantRole, Participation } from './participation.entity.js';

const paragraphRef = (id: string | null): ParagraphRef | null => (id ? { id } : null);

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

  @FieldResolver(() => Organization, { nullable: true, description: 'The delegation the person sat with; null for officers listed without one.' })
  organization(@Root() participation: Participation, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return participation.organization ? loaders.organization.load(participation.organization.id) : null;
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the list of participants it was read from.' })
  paragraph(@Root() participation: Participation): ParagraphRef | null {
    return paragraphRef(participation.paragraphId);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Person, { description: 'Who holds the position.' })
  async person(@Root() affiliation: Affiliation, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.person.load(affiliation.person.id))!;
  }

  @FieldResolver(() => Organization, { description: 'Where the position is held.' })
  async organization(@Root() affiliation: Affiliation, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organization.load(affiliation.organization.id))!;
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the paragraph that states it.' })
  paragraph(@Root() affiliation: Affiliation): ParagraphRef | null {
    return paragraphRef(affiliation.paragraphId);
  }
}

@Resolver(() => OrganizationAlias)
export class AliasEvidenceResolver {
  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Where it was seen, when it came from a document.' })
  paragraph(@Root() evidence: OrganizationAlias): ParagraphRef | null {
    return paragraphRef(evidence.paragraphId);
  }
}

@Resolver(() => SessionRef)
export class SessionParticipantsResolver {
  @Directive(assumedListSize(100))
  @FieldResolver(() => [Participation], { description: 'Everyone listed as taking part, with role and delegation.' })
  async participants(
    @Root() session: SessionRef,
    @Arg('role', () => ParticipantRole, { nullable: true, description: 'Only this role.' }) role: ParticipantRole | null,
    @Ctx() { loaders }: Context,
  ): Promise<Participation[]> {
    const all = await loaders.participationsBySession.load(session.id);
    return role ? all.filter((p) => p.role === role) : all;
  }

  @Directive(assumedListSize(50))
  @FieldResolver(() => [Organization], { description: 'Distinct delegations (organizations) that took part.' })
  async participatingOrganizations(@Root() session: SessionRef, @Ctx() { loaders }: Context): Promise<Organization[]> {
    const all = await loaders.participationsBySession.load(session.id);
    const ids = [...new Set(all.map((p) => p.organization?.id).filter((id): id is string => !!id))];
    return (await loaders.organization.loadMany(ids)).filter((o): o is Organization => o instanceof Organization);
  }
}
