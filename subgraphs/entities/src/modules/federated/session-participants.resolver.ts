import { assumedListSize } from '@igc/service-kit';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { SessionRef } from './session.ref.js';
import { Organization } from '../organization/organization.entity.js';
import { ParticipantRole, Participation } from '../participation/participation.entity.js';

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
