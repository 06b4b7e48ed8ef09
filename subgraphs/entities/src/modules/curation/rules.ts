import { lookupKey, type DocumentBatch } from '@igc/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganizationAlias } from '../organization/organization-alias.entity.js';
import { Organization, type OrganizationKind } from '../organization/organization.entity.js';
import { lookupFields } from '../../search-text.js';
import { PersonAlias } from '../person/person-alias.entity.js';
import { Person } from '../person/person.entity.js';
import { CurationAction, CurationRule } from './curation-rule.entity.js';

/** The curations re-ingestion must honour, read once per load. */
export interface CurationRules {
  /** Merged-away id → id kept (chains followed). */
  redirect(id: string): string;
  rules: CurationRule[];
}

export async function loadCurationRules(em: EntityManager): Promise<CurationRules> {
  const rules = await em.find(CurationRule, {}, { orderBy: { at: 'asc', id: 'asc' } });
  const merges = new Map(
    rules
      .filter((r) => r.action === CurationAction.MERGE_PEOPLE || r.action === CurationAction.MERGE_ORGANIZATIONS)
      .map((r) => [r.subjectId, r.targetId!]),
  );
  const redirect = (id: string) => {
    const seen = new Set<string>();
    let current = id;
    while (merges.has(current) && !seen.has(current)) {
      seen.add(current);
      current = merges.get(current)!;
    }
    return current;
  };
  return { redirect, rules };
}

/** Rewrites a batch's ids through curated merges, so merged-away entities are not recreated. */
export function redirectBatch(batch: DocumentBatch, { redirect }: CurationRules): DocumentBatch {
  const people = new Map<string, DocumentBatch['people'][number]>();
  for (const person of batch.people) {
    const id = redirect(person.id);
    const existing = people.get(id);
    people.set(id, existing ? { ...existing, aliases: [...existing.aliases, ...person.aliases] } : { ...person, id });
  }
  const organizations = new Map<string, DocumentBatch['organizations'][number]>();
  for (const org of batch.organizations) {
    const id = redirect(org.id);
    const existing = organizations.get(id);
    organizations.set(id, existing ? { ...existing, aliases: [...existing.aliases, ...org.aliases] } : { ...org, id });
  }
  const orgId = (id: string | null) => (id ? redirect(id) : null);
  return {
    ...batch,
    people: [...people.values()],
    organizations: [...organizations.values()],
    participations: batch.participations.map((p) => ({ ...p, personId: redirect(p.personId), organizationId: orgId(p.organizationId) })),
    affiliations: batch.affiliations.map((a) => ({ ...a, personId: redirect(a.personId), organizationId: redirect(a.organizationId) })),
  };
}

/** After a load: corrections and alias removals win over what the documents say. */
export async function reapplyCorrections(em: EntityManager, { rules }: CurationRules): Promise<void> {
  for (const rule of rules) {
    if (rule.action === CurationAction.CORRECT_PERSON) {
      await em.nativeUpdate(Person, { id: rule.subjectId }, rule.change);
    } else if (rule.action === CurationAction.CORRECT_ORGANIZATION) {
      await em.nativeUpdate(Organization, { id: rule.subjectId }, rule.change as { kind?: OrganizationKind });
    } else if (rule.action === CurationAction.REMOVE_ALIAS) {
      const alias = rule.change.alias!;
      const owner = rule.change.type === 'PERSON' ? PersonAlias : OrganizationAlias;
      const rows = await em.find(
        owner as typeof PersonAlias,
        { [rule.change.type === 'PERSON' ? 'person' : 'organization']: rule.subjectId } as never,
      );
      const doomed = rows.filter((row) => lookupKey(row.alias) === lookupKey(alias)).map((row) => row.id);
      if (doomed.length) await em.nativeDelete(owner as typeof PersonAlias, { id: { $in: doomed } });
    }
  }
  // Ingestion recomputed lookup keys from the documents alone: add the curated spellings back.
  const people = new Set<string>();
  const organizations = new Set<string>();
  for (const rule of rules) {
    const isPerson =
      rule.action === CurationAction.MERGE_PEOPLE || rule.action === CurationAction.CORRECT_PERSON || rule.change.type === 'PERSON';
    for (const id of [rule.subjectId, rule.targetId]) if (id) (isPerson ? people : organizations).add(id);
  }
  for (const person of await em.find(Person, { id: { $in: [...people] } })) await refreshPerson(em, person);
  for (const org of await em.find(Organization, { id: { $in: [...organizations] } })) await refreshOrganization(em, org);
}

/** Recomputes the lookup keys from the name and every alias, so lookups see the change at once. */
export async function refreshPerson(em: EntityManager, person: Person): Promise<Person> {
  const aliases = await em.find(PersonAlias, { person: person.id });
  em.assign(person, lookupFields([person.name, ...aliases.map((a) => a.alias)]));
  await em.flush();
  return person;
}

export async function refreshOrganization(em: EntityManager, org: Organization): Promise<Organization> {
  const aliases = await em.find(OrganizationAlias, { organization: org.id });
  em.assign(org, lookupFields([org.id, org.name, org.acronym, ...aliases.map((a) => a.alias)]));
  await em.flush();
  return org;
}
