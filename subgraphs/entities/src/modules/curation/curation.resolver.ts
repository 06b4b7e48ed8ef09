import { badUserInput, CONNECTION_LIST_SIZE, ConnectionType, lookupKey, pageRequest, toConnection } from '@igc/service-kit';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Directive, Field, ID, InputType, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { OrganizationAlias } from '../organization/organization-alias.entity.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { PageArgs } from '@igc/service-kit';
import { Affiliation } from '../participation/affiliation.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { PersonAlias } from '../person/person-alias.entity.js';
import { Person } from '../person/person.entity.js';
import { CurationAction, CurationRule } from './curation-rule.entity.js';
import { refreshOrganization, refreshPerson } from './rules.js';

export enum AliasOwner {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(AliasOwner, {
  name: 'AliasOwner',
  description: 'Whose alias it is.',
  valuesConfig: { PERSON: { description: 'A person.' }, ORGANIZATION: { description: 'An organization.' } },
});

@InputType('PersonCorrection', { description: 'Corrected facts about a person; omitted fields stay as they are.' })
class PersonCorrection {
  @Field(() => String, { nullable: true, description: 'Canonical name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Honorific, e.g. 'Ms.'." })
  honorific?: string | null;
}

@InputType('OrganizationCorrection', { description: 'Corrected facts about an organization; omitted fields stay as they are.' })
class OrganizationCorrection {
  @Field(() => String, { nullable: true, description: 'Canonical full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Acronym.' })
  acronym?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind.' })
  kind?: OrganizationKind | null;
}

@ObjectType('AuditEntryConnection', { description: 'A page of the audit log, newest first.' })
class AuditEntryConnection extends ConnectionType('AuditEntry', CurationRule) {}

const CURATED = 'curated';
const reasonArg = { description: 'Why: recorded in the audit log.' };

/**
 * Curation, the only writes: merges, aliases and corrections, each behind a bearer token with the
 * curation scope, each recorded in the audit log and re-applied by later ingestion.
 */
@Resolver()
export class CurationResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => AuditEntryConnection, { description: 'Every curation, newest first.' })
  async auditLog(@Args(() => PageArgs) args: PageArgs, @Ctx() { em }: Context): Promise<AuditEntryConnection> {
    const page = pageRequest(args.first, args.after);
    const [items, total] = await em.findAndCount(CurationRule, {}, { orderBy: { at: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset });
    return toConnection(items, total, page);
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Person, { description: 'Merges one person into another: spellings, affiliations and participations move over.' })
  async mergePeople(
    @Arg('sourceId', () => ID, { description: 'The person merged away.' }) sourceId: string,
    @Arg('targetId', () => ID, { description: 'The person kept.' }) targetId: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    const actor = await authorize(ctx, reason);
    if (sourceId === targetId) throw badUserInput('"sourceId" and "targetId" must differ.');
    return ctx.em.transactional(async (em) => {
      const [source, target] = [await mustFind(em, Person, sourceId, 'sourceId'), await mustFind(em, Person, targetId, 'targetId')];
      await em.nativeUpdate(PersonAlias, { person: sourceId }, { person: targetId });
      await em.insert(PersonAlias, { id: `${targetId}|${lookupKey(source.name)}|curated`, person: targetId, alias: source.name, rule: `${CURATED}: merged ${sourceId}`, paragraphId: null, documentId: null });
      await em.nativeUpdate(Participation, { person: sourceId }, { person: targetId });
      await em.nativeUpdate(Affiliation, { person: sourceId }, { person: targetId });
      await em.nativeDelete(Person, { id: sourceId });
      await record(em, CurationAction.MERGE_PEOPLE, sourceId, targetId, {}, actor, reason);
      return refreshPerson(em, target);
    });
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Organization, { description: 'Merges one organization into another: names, people, participations and sub-bodies move over.' })
  async mergeOrganizations(
    @Arg('sourceId', () => ID, { description: 'The organization merged away.' }) sourceId: string,
    @Arg('targetId', () => ID, { description: 'The organization kept.' }) targetId: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    const actor = await authorize(ctx, reason);
    if (sourceId === targetId) throw badUserInput('"sourceId" and "targetId" must differ.');
    return ctx.em.transactional(async (em) => {
      const [source, target] = [await mustFind(em, Organization, sourceId, 'sourceId'), await mustFind(em, Organization, targetId, 'targetId')];
      await em.nativeUpdate(OrganizationAlias, { organization: sourceId }, { organization: targetId });
      for (const spelling of [source.name, source.acronym].filter((s): s is string => !!s)) {
        await em.upsert(OrganizationAlias, { id: `${targetId}|${lookupKey(spelling)}|curated`, organization: targetId, alias: spelling, rule: `${CURATED}: merged ${sourceId}`, paragraphId: null, documentId: null });
      }
      await em.nativeUpdate(Participation, { organization: sourceId }, { organization: targetId });
      await em.nativeUpdate(Affiliation, { organization: sourceId }, { organization: targetId });
      await em.nativeUpdate(Organization, { parent: sourceId }, { parent: targetId });
      await em.nativeDelete(Organization, { id: sourceId });
      await record(em, CurationAction.MERGE_ORGANIZATIONS, sourceId, targetId, {}, actor, reason);
      return refreshOrganization(em, target);
    });
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Boolean, { description: 'Adds a spelling to a person or organization; lookups find it by it from then on.' })
  async addAlias(
    @Arg('owner', () => AliasOwner, { description: 'Person or organization.' }) owner: AliasOwner,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('alias', () => String, { description: 'The spelling.' }) alias: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const actor = await authorize(ctx, reason);
    if (!lookupKey(alias)) throw badUserInput('"alias" must contain a letter or digit.');
    await ctx.em.transactional(async (em) => {
      const row = { id: `${id}|${lookupKey(alias)}|curated`, alias: alias.trim(), rule: CURATED, paragraphId: null, documentId: null };
      if (owner === AliasOwner.PERSON) {
        const person = await mustFind(em, Person, id, 'id');
        await em.upsert(PersonAlias, { ...row, person: id });
        await refreshPerson(em, person);
      } else {
        const org = await mustFind(em, Organization, id, 'id');
        await em.upsert(OrganizationAlias, { ...row, organization: id });
        await refreshOrganization(em, org);
      }
      await record(em, CurationAction.ADD_ALIAS, id, null, { type: owner, alias }, actor, reason);
    });
    return true;
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Boolean, { description: 'Removes a wrong spelling from a person or organization, for good (re-ingestion keeps it removed).' })
  async removeAlias(
    @Arg('owner', () => AliasOwner, { description: 'Person or organization.' }) owner: AliasOwner,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('alias', () => String, { description: 'The spelling to remove.' }) alias: string,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const actor = await authorize(ctx, reason);
    await ctx.em.transactional(async (em) => {
      const isPerson = owner === AliasOwner.PERSON;
      const entity = isPerson ? await mustFind(em, Person, id, 'id') : await mustFind(em, Organization, id, 'id');
      const rows = isPerson
        ? await em.find(PersonAlias, { person: id })
        : await em.find(OrganizationAlias, { organization: id });
      const doomed = rows.filter((r) => lookupKey(r.alias) === lookupKey(alias)).map((r) => r.id);
      if (!doomed.length) throw badUserInput(`"${alias}" is not an alias of ${id}.`, { argumentName: 'alias' });
      await em.nativeDelete(isPerson ? PersonAlias : (OrganizationAlias as never), { id: { $in: doomed } });
      await (isPerson ? refreshPerson(em, entity as Person) : refreshOrganization(em, entity as Organization));
      await record(em, CurationAction.REMOVE_ALIAS, id, null, { type: owner, alias }, actor, reason);
    });
    return true;
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Person, { description: 'Corrects extracted facts about a person; re-ingestion keeps the correction.' })
  async correctPerson(
    @Arg('id', () => ID, { description: 'Person id.' }) id: string,
    @Arg('correction', () => PersonCorrection, { description: 'The corrected values.' }) correction: PersonCorrection,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    const actor = await authorize(ctx, reason);
    const change = definedFields({ name: correction.name, honorific: correction.honorific });
    return ctx.em.transactional(async (em) => {
      const person = await mustFind(em, Person, id, 'id');
      em.assign(person, change);
      await record(em, CurationAction.CORRECT_PERSON, id, null, change, actor, reason);
      return refreshPerson(em, person);
    });
  }

  @Directive('@cacheControl(maxAge: 0)')
  @Mutation(() => Organization, { description: 'Corrects extracted facts about an organization; re-ingestion keeps the correction.' })
  async correctOrganization(
    @Arg('id', () => ID, { description: 'Organization id.' }) id: string,
    @Arg('correction', () => OrganizationCorrection, { description: 'The corrected values.' }) correction: OrganizationCorrection,
    @Arg('reason', () => String, reasonArg) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    const actor = await authorize(ctx, reason);
    const change = definedFields({ name: correction.name, acronym: correction.acronym, kind: correction.kind });
    return ctx.em.transactional(async (em) => {
      const org = await mustFind(em, Organization, id, 'id');
      em.assign(org, change as Partial<Organization>);
      await record(em, CurationAction.CORRECT_ORGANIZATION, id, null, change, actor, reason);
      return refreshOrganization(em, org);
    });
  }
}

async function authorize(ctx: Context, reason: string): Promise<string> {
  const principal = await ctx.auth.verify(ctx.authorization);
  if (!reason.trim()) throw badUserInput('"reason" must say why: it is recorded in the audit log.', { argumentName: 'reason' });
  return principal.subject;
}

async function mustFind<T extends Person | Organization>(em: EntityManager, entity: new () => T, id: string, argumentName: string): Promise<T> {
  // Row lock for the transaction: concurrent curations of one entity apply one after another,
  // so none of them overwrites the lookup keys another just wrote.
  const found = await em.findOne(entity as typeof Person, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!found) throw badUserInput(`No ${entity.name.toLowerCase()} has id "${id}".`, { argumentName });
  return found as T;
}

function definedFields(values: Record<string, string | null | undefined>): Record<string, string | null> {
  const change = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string | null>;
  if (!Object.keys(change).length) throw badUserInput('The correction names no field to change.', { argumentName: 'correction' });
  return change;
}

async function record(
  em: EntityManager,
  action: CurationAction,
  subjectId: string,
  targetId: string | null,
  change: Record<string, string | null>,
  actor: string,
  reason: string,
): Promise<void> {
  await em.insert(CurationRule, { id: randomUUID(), action, subjectId, targetId, change, actor, reason: reason.trim(), at: new Date() });
}

