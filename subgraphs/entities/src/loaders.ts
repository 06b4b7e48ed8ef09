import type { EntityManager } from '@mikro-orm/postgresql';
import { batchScopedLoader, byIdLoader, groupLoader } from '@igc/service-kit';
import type DataLoader from 'dataloader';
import { CurationAction, CurationRule } from './modules/curation/curation-rule.entity.js';
import { OrganizationAlias } from './modules/organization/organization-alias.entity.js';
import { Organization } from './modules/organization/organization.entity.js';
import { AffiliationRepository } from './modules/participation/affiliation.repository.js';
import { Affiliation } from './modules/participation/affiliation.entity.js';
import { Participation } from './modules/participation/participation.entity.js';
import { ParticipationRepository } from './modules/participation/participation.repository.js';
import { PersonAlias } from './modules/person/person-alias.entity.js';
import { Person } from './modules/person/person.entity.js';

/** Per-request loaders: each batches every lookup of its kind in a request into one query. */
export function createLoaders(em: EntityManager) {
  return {
    // Ids other subgraphs hold may name an entity merged away since: follow the merge.
    organization: followMerges(em, byIdLoader(em, Organization)),
    person: followMerges(em, byIdLoader(em, Person)),
    organizationAliases: groupLoader(em, OrganizationAlias, 'organization', (a) => a.organization.id, { alias: 'asc' }),
    personAliases: groupLoader(em, PersonAlias, 'person', (a) => a.person.id, { alias: 'asc' }),
    childrenByParent: groupLoader(em, Organization, 'parent', (o) => o.parent?.id, { name: 'asc' }),
    affiliationsOfOrganization: em.getRepository(Affiliation).pagesLoader(AffiliationRepository.ofOrganization),
    affiliationsOfPerson: em.getRepository(Affiliation).pagesLoader(AffiliationRepository.ofPerson),
    participationsOfOrganization: em.getRepository(Participation).pagesLoader(ParticipationRepository.ofOrganization),
    participationsOfPerson: em.getRepository(Participation).pagesLoader(ParticipationRepository.ofPerson),
    participationsBySession: groupLoader(em, Participation, 'sessionId', (p) => p.sessionId, { position: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function followMerges<T>(em: EntityManager, loader: DataLoader<string, T | null>): DataLoader<string, T | null> {
  return batchScopedLoader(async (ids) => {
    const found = await loader.loadMany(ids);
    const missing = ids.filter((_, i) => found[i] == null);
    if (!missing.length) return found as (T | null)[];
    const merges = await em.find(CurationRule, {
      subjectId: { $in: missing },
      action: { $in: [CurationAction.MERGE_PEOPLE, CurationAction.MERGE_ORGANIZATIONS] },
    });
    const target = new Map(merges.map((m) => [m.subjectId, m.targetId!]));
    return Promise.all(ids.map((id, i) => (found[i] != null ? found[i] : target.has(id) ? loader.load(target.get(id)!) : null))) as Promise<
      (T | null)[]
    >;
  });
}
