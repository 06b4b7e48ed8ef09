import { badUserInput, lookupKey, pageRequest, toConnection, type Connection, type WriteAuth } from '@igc/service-kit';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { OrganizationAlias } from '../organization/organization-alias.entity.js';
import { Organization, type OrganizationKind } from '../organization/organization.entity.js';
import { Affiliation } from '../participation/affiliation.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { PersonAlias } from '../person/person-alias.entity.js';
import { Person } from '../person/person.entity.js';
import { AliasOwner } from './alias-owner.enum.js';
import { CurationAction, CurationRule } from './curation-rule.entity.js';
import type { OrganizationCorrection } from './organization-correction.input.js';
import type { PersonCorrection } from './person-correction.input.js';
import { loadCurationRules, refreshOrganization, refreshPerson } from './rules.js';

/** Longest accepted values: enough for any real name or reason, small enough to bound the work. */
export const CURATION_LIMITS = { id: 200, alias: 200, name: 300, honorific: 40, acronym: 40, reason: 1000 } as const;

const CURATED = 'curated';
type Change = Record<string, string | null>;
type Entity = typeof Person | typeof Organization;

/**
 * Curation, the only writes: who may (a bearer token with the curation scope), what is valid,
 * one transaction per curation with the changed rows locked, the audit entry that records it,
 * and the ids of the rows it creates. Resolvers only pass arguments through.
 */
export class CurationService {
  private static readonly perRequest = new WeakMap<object, CurationService>();

  /** One service per request (its context), so the caller's token is checked once however many entries show. */
  static of(ctx: { em: EntityManager; auth: WriteAuth; authorization: string | undefined }): CurationService {
    let service = CurationService.perRequest.get(ctx);
    if (!service) CurationService.perRequest.set(ctx, (service = new CurationService(ctx.em, ctx.auth, ctx.authorization)));
    return service;
  }

  constructor(
    private readonly em: EntityManager,
    private readonly auth: WriteAuth,
    private readonly authorization: string | undefined,
  ) {}

  /** The audit log, newest first: what changed, when and why is public. */
  async auditLog(first: number | null | undefined, after: string | null | undefined): Promise<Connection<CurationRule>> {
    const page = pageRequest(first, after);
    const order = { orderBy: { at: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset } as const;
    const [items, total] = await this.em.findAndCount(CurationRule, {}, order);
    return toConnection(items, total, page);
  }

  private curatorCheck?: Promise<boolean>;

  /** Who curated is shown only to curators: the caller's token carries the curation scope. */
  callerIsCurator(): Promise<boolean> {
    this.curatorCheck ??= this.auth.identify(this.authorization).then((principal) => !!principal?.scopes.includes(this.auth.scope));
    return this.curatorCheck;
  }

  async mergePeople(sourceId: string, targetId: string, reason: string): Promise<Person> {
    const actor = await this.authorize({ sourceId, targetId }, reason);
    return this.em.transactional(async (em) => {
      const merged = await alreadyMerged(em, sourceId, targetId, Person);
      if (merged) return merged;
      const [source, target] = await lockBoth(em, Person, sourceId, targetId);
      await em.nativeUpdate(PersonAlias, { person: sourceId }, { person: targetId });
      // Upsert: merging into a person who already has this spelling is not an error.
      await em.upsert(PersonAlias, aliasRow(targetId, source.name, `${CURATED}: merged ${sourceId}`, { person: targetId }));
      await em.nativeUpdate(Participation, { person: sourceId }, { person: targetId });
      await em.nativeUpdate(Affiliation, { person: sourceId }, { person: targetId });
      await em.nativeDelete(Person, { id: sourceId });
      await record(em, CurationAction.MERGE_PEOPLE, sourceId, targetId, {}, actor, reason);
      return refreshPerson(em, target);
    });
  }

  async mergeOrganizations(sourceId: string, targetId: string, reason: string): Promise<Organization> {
    const actor = await this.authorize({ sourceId, targetId }, reason);
    return this.em.transactional(async (em) => {
      const merged = await alreadyMerged(em, sourceId, targetId, Organization);
      if (merged) return merged;
      const [source, target] = await lockBoth(em, Organization, sourceId, targetId);
      await em.nativeUpdate(OrganizationAlias, { organization: sourceId }, { organization: targetId });
      for (const spelling of [source.name, source.acronym].filter((s): s is string => !!s)) {
        await em.upsert(OrganizationAlias, aliasRow(targetId, spelling, `${CURATED}: merged ${sourceId}`, { organization: targetId }));
      }
      await em.nativeUpdate(Participation, { organization: sourceId }, { organization: targetId });
      await em.nativeUpdate(Affiliation, { organization: sourceId }, { organization: targetId });
      await em.nativeUpdate(Organization, { parent: sourceId }, { parent: targetId });
      await em.nativeDelete(Organization, { id: sourceId });
      await record(em, CurationAction.MERGE_ORGANIZATIONS, sourceId, targetId, {}, actor, reason);
      return refreshOrganization(em, target);
    });
  }

  async addAlias(owner: AliasOwner, id: string, alias: string, reason: string): Promise<boolean> {
    const actor = await this.authorize({ id, alias }, reason);
    if (!lookupKey(alias)) throw badUserInput('"alias" must contain a letter or digit.', { argumentName: 'alias' });
    await this.em.transactional(async (em) => {
      if (owner === AliasOwner.PERSON) {
        const person = await mustLock(em, Person, id, 'id');
        await em.upsert(PersonAlias, aliasRow(id, alias, CURATED, { person: id }));
        await refreshPerson(em, person);
      } else {
        const org = await mustLock(em, Organization, id, 'id');
        await em.upsert(OrganizationAlias, aliasRow(id, alias, CURATED, { organization: id }));
        await refreshOrganization(em, org);
      }
      await record(em, CurationAction.ADD_ALIAS, id, null, { type: owner, alias }, actor, reason);
    });
    return true;
  }

  async removeAlias(owner: AliasOwner, id: string, alias: string, reason: string): Promise<boolean> {
    const actor = await this.authorize({ id, alias }, reason);
    await this.em.transactional(async (em) => {
      const isPerson = owner === AliasOwner.PERSON;
      const entity = await mustLock(em, isPerson ? Person : Organization, id, 'id');
      const rows = isPerson ? await em.find(PersonAlias, { person: id }) : await em.find(OrganizationAlias, { organization: id });
      const doomed = rows.filter((r) => lookupKey(r.alias) === lookupKey(alias)).map((r) => r.id);
      if (!doomed.length) throw badUserInput(`"${alias}" is not an alias of ${id}.`, { argumentName: 'alias' });
      await em.nativeDelete(isPerson ? PersonAlias : (OrganizationAlias as never), { id: { $in: doomed } });
      await (isPerson ? refreshPerson(em, entity as Person) : refreshOrganization(em, entity as Organization));
      await record(em, CurationAction.REMOVE_ALIAS, id, null, { type: owner, alias }, actor, reason);
    });
    return true;
  }

  async correctPerson(id: string, correction: PersonCorrection, reason: string): Promise<Person> {
    const actor = await this.authorize({ id, name: correction.name, honorific: correction.honorific }, reason);
    const change = definedFields({ name: correction.name, honorific: correction.honorific });
    return this.em.transactional(async (em) => {
      const person = await mustLock(em, Person, id, 'id');
      em.assign(person, change);
      await record(em, CurationAction.CORRECT_PERSON, id, null, change, actor, reason);
      return refreshPerson(em, person);
    });
  }

  async correctOrganization(id: string, correction: OrganizationCorrection, reason: string): Promise<Organization> {
    const actor = await this.authorize({ id, name: correction.name, acronym: correction.acronym }, reason);
    const change = definedFields({ name: correction.name, acronym: correction.acronym, kind: correction.kind });
    return this.em.transactional(async (em) => {
      const org = await mustLock(em, Organization, id, 'id');
      em.assign(org, change as { kind?: OrganizationKind });
      await record(em, CurationAction.CORRECT_ORGANIZATION, id, null, change, actor, reason);
      return refreshOrganization(em, org);
    });
  }

  /** The token first (an anonymous caller learns nothing about the input), then the input's shape. */
  private async authorize(values: Record<string, string | null | undefined>, reason: string): Promise<string> {
    const principal = await this.auth.verify(this.authorization);
    for (const [argumentName, value] of Object.entries({ ...values, reason })) {
      const limit = CURATION_LIMITS[argumentName.replace(/^(source|target)Id$/, 'id') as keyof typeof CURATION_LIMITS];
      if (limit && value && value.length > limit) {
        throw badUserInput(`"${argumentName}" is limited to ${limit} characters (got ${value.length}).`, { argumentName, maximum: limit });
      }
    }
    if (!reason.trim()) throw badUserInput('"reason" must say why: it is recorded in the audit log.', { argumentName: 'reason' });
    if (values.sourceId !== undefined && values.sourceId === values.targetId) throw badUserInput('"sourceId" and "targetId" must differ.');
    return principal.subject;
  }
}

/** A merge already recorded (the source is gone and was merged into the target) answers with the target again. */
async function alreadyMerged<T extends Entity>(
  em: EntityManager,
  sourceId: string,
  targetId: string,
  entity: T,
): Promise<InstanceType<T> | null> {
  if (await em.count(entity as typeof Person, { id: sourceId })) return null;
  const rules = await loadCurationRules(em);
  if (rules.redirect(sourceId) !== targetId) return null;
  return (await em.findOne(entity as typeof Person, { id: targetId })) as InstanceType<T> | null;
}

/** Locks both rows in id order, so two merges of the same pair in opposite directions cannot deadlock. */
async function lockBoth<T extends Entity>(em: EntityManager, entity: T, sourceId: string, targetId: string) {
  const ordered = [
    [sourceId, 'sourceId'],
    [targetId, 'targetId'],
  ].sort(([a], [b]) => (a! < b! ? -1 : 1));
  const locked = new Map<string, InstanceType<T>>();
  for (const [id, argumentName] of ordered) locked.set(id!, await mustLock(em, entity, id!, argumentName!));
  return [locked.get(sourceId)!, locked.get(targetId)!] as const;
}

async function mustLock<T extends Entity>(em: EntityManager, entity: T, id: string, argumentName: string): Promise<InstanceType<T>> {
  // Row lock for the transaction: concurrent curations of one entity apply one after another,
  // so none of them overwrites the lookup keys another just wrote.
  const found = await em.findOne(entity as typeof Person, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!found) throw badUserInput(`No ${entity.name.toLowerCase()} has id "${id}".`, { argumentName });
  return found as InstanceType<T>;
}

/** Curated alias rows have one id per owner and spelling: adding the same spelling twice is one row. */
function aliasRow<O extends object>(ownerId: string, alias: string, rule: string, owner: O) {
  return { id: `${ownerId}|${lookupKey(alias)}|curated`, alias: alias.trim(), rule, paragraphId: null, documentId: null, ...owner };
}

function definedFields(values: Record<string, string | null | undefined>): Change {
  const change = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Change;
  if (!Object.keys(change).length) throw badUserInput('The correction names no field to change.', { argumentName: 'correction' });
  return change;
}

async function record(
  em: EntityManager,
  action: CurationAction,
  subjectId: string,
  targetId: string | null,
  change: Change,
  actor: string,
  reason: string,
) {
  // The audit entry's id is minted here, with the row it records.
  await em.insert(CurationRule, { id: randomUUID(), action, subjectId, targetId, change, actor, reason: reason.trim(), at: new Date() });
}
