import { assumedListSize, badUserInput, CONNECTION_LIST_SIZE, costWeight, PageArgs, pageRequest, toConnection } from '@igc/service-kit';
import { findBySpelling } from '../../lookup.js';
import { likePattern } from '../../search-text.js';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '@igc/service-kit';
import type { Context } from '../../context.js';
import { Affiliation } from '../participation/affiliation.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { OrganizationAlias } from './organization-alias.entity.js';
import { Organization, OrganizationKind } from './organization.entity.js';

@InputType('OrganizationFilter', { description: 'Narrows a list of organizations; all given criteria must hold.' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'Substring of any name or acronym, case-insensitive.' })
  text?: string | null;
}

@ObjectType('OrganizationConnection', { description: 'A page of organizations, by name.' })
export class OrganizationConnection extends ConnectionType('Organization', Organization) {}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Directive(costWeight(10))
  @Query(() => Organization, { nullable: true, description: 'Alias-aware lookup by id, acronym or any known name.' })
  async organization(
    @Arg('id', () => ID, { nullable: true, description: 'Organization id, e.g. unodc.' }) id: string | null,
    @Arg('acronym', () => String, { nullable: true, description: 'Acronym, e.g. UNODC or UN-Women (case and punctuation ignored).' }) acronym: string | null,
    @Arg('name', () => String, { nullable: true, description: 'Any known name or spelling.' }) name: string | null,
    @Ctx() { em, loaders }: Context,
  ): Promise<Organization | null> {
    if (id) return loaders.organization.load(id);
    const spelling = acronym ?? name;
    if (!spelling) throw badUserInput('Pass "id", "acronym" or "name" to look an organization up.');
    return findBySpelling(em, Organization, spelling);
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => OrganizationConnection, { description: 'Organizations, by name, optionally filtered.' })
  async organizations(
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Criteria the organizations must meet.' }) filter: OrganizationFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<OrganizationConnection> {
    const page = pageRequest(args.first, args.after);
    const where: FilterQuery<Organization>[] = [];
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.text) where.push({ searchText: { $like: likePattern(filter.text) } });
    const [items, total] = await em.findAndCount(Organization, { $and: where }, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, total, page);
  }

  @FieldResolver(() => [String], { description: 'Every other spelling seen in the sources or known.' })
  async aliases(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<string[]> {
    const evidence = await loaders.organizationAliases.load(org.id);
    return [...new Set(evidence.map((e) => e.alias))].filter((alias) => alias !== org.name && alias !== org.acronym);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [OrganizationAlias], {
    description: 'Why each alias belongs to this organization: where it was seen and by which rule it was resolved.',
  })
  resolution(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<OrganizationAlias[]> {
    return loaders.organizationAliases.load(org.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body it belongs to, e.g. CEB for HLCP.' })
  parent(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return org.parent ? loaders.organization.load(org.parent.id) : null;
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Organization], { description: 'Bodies that belong to it, e.g. HLCP and HLCM for CEB.' })
  children(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization[]> {
    return loaders.childrenByParent.load(org.id);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Affiliation], { description: 'People known to hold a position in it.' })
  affiliations(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Affiliation[]> {
    return loaders.affiliationsByOrganization.load(org.id);
  }

  @Directive(assumedListSize(20))
  @FieldResolver(() => [Participation], { description: 'Sessions at which it had a delegation.' })
  participations(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Participation[]> {
    return loaders.participationsByOrganization.load(org.id);
  }
}

