import { assumedListSize, badUserInput, type Connection, CONNECTION_LIST_SIZE, costWeight, PageArgs, parentPage } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { AffiliationConnection } from '../participation/affiliation-connection.type.js';
import { ParticipationConnection } from '../participation/participation-connection.type.js';
import type { Affiliation } from '../participation/affiliation.entity.js';
import { ParticipantRole, type Participation } from '../participation/participation.entity.js';
import { OrganizationAlias } from './organization-alias.entity.js';
import { OrganizationConnection } from './organization-connection.type.js';
import { OrganizationFilter } from './organization-filter.input.js';
import { Organization } from './organization.entity.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Directive(costWeight(10))
  @Query(() => Organization, { nullable: true, description: 'Alias-aware lookup by id, acronym or any known name.' })
  organization(
    @Arg('id', () => ID, { nullable: true, description: 'Organization id, e.g. unodc.' }) id: string | null,
    @Arg('acronym', () => String, {
      nullable: true,
      description: 'Acronym, e.g. UNODC or UN-Women (case and punctuation ignored; at most 200 characters).',
    })
    acronym: string | null,
    @Arg('name', () => String, { nullable: true, description: 'Any known name or spelling (at most 200 characters).' }) name: string | null,
    @Ctx() { em, loaders }: Context,
  ): Promise<Organization | null> {
    if (id) return loaders.organization.load(id);
    if (acronym) return em.getRepository(Organization).findBySpelling(acronym, 'acronym');
    if (name) return em.getRepository(Organization).findBySpelling(name, 'name');
    throw badUserInput('Pass "id", "acronym" or "name" to look an organization up.');
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => OrganizationConnection, { description: 'Organizations, by name, optionally filtered.' })
  organizations(
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Criteria the organizations must meet.' })
    filter: OrganizationFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<Organization>> {
    return em.getRepository(Organization).list(filter, args);
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

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => AffiliationConnection, { description: 'People known to hold a position in it, by name.' })
  affiliations(
    @Root() org: Organization,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Affiliation>> {
    return loaders.affiliationsOfOrganization.load(parentPage(org.id, args));
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => ParticipationConnection, { description: 'Its delegates at sessions, newest session first.' })
  participations(
    @Root() org: Organization,
    @Arg('role', () => ParticipantRole, { nullable: true, description: 'Only this role.' }) role: ParticipantRole | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Participation>> {
    return loaders.participationsOfOrganization.load(parentPage(org.id, args, role));
  }
}
