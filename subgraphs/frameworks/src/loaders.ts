import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '@igc/service-kit';
import { FrameworkRole } from './modules/framework/framework-role.entity.js';
import { FrameworkRoleRepository } from './modules/framework/framework-role.repository.js';
import { Framework } from './modules/framework/framework.entity.js';
import { Provision } from './modules/framework/provision.entity.js';

/** Per-request loaders: each batches every lookup of its kind in a request into one query. */
export function createLoaders(em: EntityManager) {
  return {
    framework: byIdLoader(em, Framework),
    provisionsByFramework: groupLoader(em, Provision, 'framework', (p) => p.framework.id, { position: 'asc' }),
    rolesByFramework: groupLoader(em, FrameworkRole, 'framework', (r) => r.framework.id, { role: 'asc', organizationId: 'asc' }),
    rolesOfOrganization: em.getRepository(FrameworkRole).pagesLoader(FrameworkRoleRepository.ofOrganization),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
