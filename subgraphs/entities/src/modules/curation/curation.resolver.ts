import { CONNECTION_LIST_SIZE, PageArgs } from '@igc/service-kit';
import { Arg, Args, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { AliasOwner } from './alias-owner.enum.js';
import { AuditEntryConnection } from './audit-entry-connection.type.js';
import { CurationService } from './curation.service.js';
import { OrganizationCorrection } from './organization-correction.input.js';
import { PersonCorrection } from './person-correction.input.js';

const reasonArg = { description: 'Why: recorded in the audit log (at most 1000 characters).' };

/**
 * Curation, the only writes: merges, aliases and corrections, each behind a bearer token with the
 * curation scope, each recorded in the audit log and re-applied by later ingestion (CurationService).
 */
@Resolver()
export class CurationResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Directive('@cacheControl(maxAge: 0)')
  @Query(() => AuditEntryConnection, { description: 'Every curation, newest first. Who curated is shown to curators only.' })
  auditLog(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    return CurationService.of(ctx).auditLog(args.first, args.after);
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Person, { description: 'Merges one person into another: spellings, affiliations and participations move over.' })
  mergePeople(
    @Arg('sourceId', () => ID, { description: 'The person merged away.' }) sourceId: string,
    @Arg('targetId', () => ID, { description: 'The person kept.' }) targetId: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return CurationService.of(ctx).mergePeople(sourceId, targetId, reason);
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Organization, {
    description: 'Merges one organization into another: names, people, participations and sub-bodies move over.',
  })
  mergeOrganizations(
    @Arg('sourceId', () => ID, { description: 'The organization merged away.' }) sourceId: string,
    @Arg('targetId', () => ID, { description: 'The organization kept.' }) targetId: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    return CurationService.of(ctx).mergeOrganizations(sourceId, targetId, reason);
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Boolean, { description: 'Adds a spelling to a person or organization; lookups find it by it from then on.' })
  addAlias(
    @Arg('owner', () => AliasOwner, { description: 'Person or organization.' }) owner: AliasOwner,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('alias', () => String, { description: 'The spelling (at most 200 characters).' }) alias: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return CurationService.of(ctx).addAlias(owner, id, alias, reason);
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Boolean, {
    description: 'Removes a wrong spelling from a person or organization, for good (re-ingestion keeps it removed).',
  })
  removeAlias(
    @Arg('owner', () => AliasOwner, { description: 'Person or organization.' }) owner: AliasOwner,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('alias', () => String, { description: 'The spelling to remove.' }) alias: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return CurationService.of(ctx).removeAlias(owner, id, alias, reason);
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Person, { description: 'Corrects extracted facts about a person; re-ingestion keeps the correction.' })
  correctPerson(
    @Arg('id', () => ID, { description: 'Person id.' }) id: string,
    @Arg('correction', () => PersonCorrection, { description: 'The corrected values.' }) correction: PersonCorrection,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return CurationService.of(ctx).correctPerson(id, correction, reason);
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Organization, { description: 'Corrects extracted facts about an organization; re-ingestion keeps the correction.' })
  correctOrganization(
    @Arg('id', () => ID, { description: 'Organization id.' }) id: string,
    @Arg('correction', () => OrganizationCorrection, { description: 'The corrected values.' }) correction: OrganizationCorrection,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    return CurationService.of(ctx).correctOrganization(id, correction, reason);
  }
}
