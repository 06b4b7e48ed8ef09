import { assumedListSize, type Connection, CONNECTION_LIST_SIZE, PageArgs } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrganizationRef } from '../federated/organization.ref.js';
import { PersonRef } from '../federated/person.ref.js';
import { FrameworkConnection } from './framework-connection.type.js';
import { FrameworkFilter } from './framework-filter.input.js';
import { FrameworkRole } from './framework-role.entity.js';
import { Framework } from './framework.entity.js';
import { Provision, ProvisionKind } from './provision.entity.js';

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => Framework, { nullable: true, description: 'A framework by id; null when unknown.' })
  framework(
    @Arg('id', () => ID, { description: 'Framework id, e.g. un-wide-framework-on-cybersecurity-and-cybercrime.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Framework | null> {
    return loaders.framework.load(id);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => FrameworkConnection, { description: 'Frameworks, statements and sets of recommendations.' })
  frameworks(
    @Arg('filter', () => FrameworkFilter, { nullable: true, description: 'Criteria the frameworks must meet.' })
    filter: FrameworkFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<Framework>> {
    return em.getRepository(Framework).list(filter, args);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: 'The body or office that issued it.' })
  issuedBy(@Root() framework: Framework): OrganizationRef | null {
    return framework.issuedById ? { id: framework.issuedById } : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'The person who signed it, where one did (e.g. the Secretary-General).' })
  author(@Root() framework: Framework): PersonRef | null {
    return framework.authorId ? { id: framework.authorId } : null;
  }

  @Directive(assumedListSize(100))
  @FieldResolver(() => [Provision], { description: 'All provisions in document order; filter by kind.' })
  async provisions(
    @Root() framework: Framework,
    @Arg('kind', () => ProvisionKind, { nullable: true, description: 'Only provisions of this kind.' }) kind: ProvisionKind | null,
    @Ctx() { loaders }: Context,
  ): Promise<Provision[]> {
    const all = await loaders.provisionsByFramework.load(framework.id);
    return kind ? all.filter((p) => p.kind === kind) : all;
  }

  @Directive(assumedListSize(50))
  @FieldResolver(() => [Provision], { description: 'Shortcut for provisions(kind: PRINCIPLE), in order.' })
  async principles(@Root() framework: Framework, @Ctx() { loaders }: Context): Promise<Provision[]> {
    return (await loaders.provisionsByFramework.load(framework.id)).filter((p) => p.kind === ProvisionKind.PRINCIPLE);
  }

  @Directive(assumedListSize(30))
  @FieldResolver(() => [FrameworkRole], { description: 'Organizations with a role in it.' })
  roles(@Root() framework: Framework, @Ctx() { loaders }: Context): Promise<FrameworkRole[]> {
    return loaders.rolesByFramework.load(framework.id);
  }
}
