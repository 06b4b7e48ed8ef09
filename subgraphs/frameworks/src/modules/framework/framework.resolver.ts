import {
  assumedListSize,
  badUserInput,
  CONNECTION_LIST_SIZE,
  ConnectionType,
  lookupKey,
  PageArgs,
  pageRequest,
  toConnection,
} from '@igc/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrganizationRef, ParagraphRef, PersonRef } from '../federated/refs.type.js';
import { FrameworkRole } from './framework-role.entity.js';
import { Framework, FrameworkKind } from './framework.entity.js';
import { Provision, ProvisionKind } from './provision.entity.js';

@InputType('FrameworkFilter', { description: 'Narrows a list of frameworks; all given criteria must hold.' })
export class FrameworkFilter {
  @Field(() => FrameworkKind, { nullable: true, description: 'Only frameworks of this kind.' })
  kind?: FrameworkKind | null;

  @Field(() => String, { nullable: true, description: 'Substring of the title, case-insensitive.' })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: 'Frameworks in which this organization (id) has any role.' })
  organizationId?: string | null;
}

@ObjectType('FrameworkConnection', { description: 'A page of frameworks, by date then title.' })
export class FrameworkConnection extends ConnectionType('Framework', Framework) {}

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => Framework, { nullable: true, description: 'A framework by id; null when unknown.' })
  framework(@Arg('id', () => ID, { description: 'Framework id, e.g. un-wide-framework-on-cybersecurity-and-cybercrime.' }) id: string, @Ctx() { loaders }: Context): Promise<Framework | null> {
    return loaders.framework.load(id);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => FrameworkConnection, { description: 'Frameworks, statements and sets of recommendations.' })
  async frameworks(
    @Arg('filter', () => FrameworkFilter, { nullable: true, description: 'Criteria the frameworks must meet.' }) filter: FrameworkFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<FrameworkConnection> {
    const page = pageRequest(args.first, args.after);
    const where: FilterQuery<Framework>[] = [];
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.text) {
      const key = lookupKey(filter.text).replace(/[%_\\]/g, '');
      if (!key) throw badUserInput('"filter.text" must contain a letter or digit.');
      where.push({ searchText: { $like: `%${key}%` } });
    }
    if (filter?.organizationId) {
      const roles = await em.find(FrameworkRole, { organizationId: filter.organizationId }, { fields: ['framework'] });
      where.push({ id: { $in: [...new Set(roles.map((r) => r.framework.id))] } });
    }
    const [items, total] = await em.findAndCount(Framework, { $and: where }, {
      orderBy: { date: 'asc NULLS LAST', title: 'asc' } as never,
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, total, page);
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

@Resolver(() => Provision)
export class ProvisionResolver {
  @FieldResolver(() => Framework, { description: 'The framework it belongs to.' })
  async framework(@Root() provision: Provision, @Ctx() { loaders }: Context): Promise<Framework> {
    return (await loaders.framework.load(provision.framework.id))!;
  }

  @Directive(assumedListSize(10))
  @FieldResolver(() => [OrganizationRef], { description: 'Organizations the provision names.' })
  organizations(@Root() provision: Provision): OrganizationRef[] {
    return provision.organizationIds.map((id) => ({ id }));
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the paragraph it was read from.' })
  paragraph(@Root() provision: Provision): ParagraphRef | null {
    return provision.paragraphId ? { id: provision.paragraphId } : null;
  }
}

@Resolver(() => FrameworkRole)
export class FrameworkRoleResolver {
  @FieldResolver(() => Framework, { description: 'The framework.' })
  async framework(@Root() role: FrameworkRole, @Ctx() { loaders }: Context): Promise<Framework> {
    return (await loaders.framework.load(role.framework.id))!;
  }

  @FieldResolver(() => OrganizationRef, { description: 'The organization playing the role.' })
  organization(@Root() role: FrameworkRole): OrganizationRef {
    return { id: role.organizationId };
  }

  @FieldResolver(() => ParagraphRef, { nullable: true, description: 'Provenance: the paragraph that states the role.' })
  paragraph(@Root() role: FrameworkRole): ParagraphRef | null {
    return role.paragraphId ? { id: role.paragraphId } : null;
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationFrameworksResolver {
  @Directive(assumedListSize(20))
  @FieldResolver(() => [FrameworkRole], { description: 'Its roles in frameworks: leads, mandates, authorship.' })
  frameworkRoles(@Root() org: OrganizationRef, @Ctx() { loaders }: Context): Promise<FrameworkRole[]> {
    return loaders.rolesByOrganization.load(org.id);
  }
}
