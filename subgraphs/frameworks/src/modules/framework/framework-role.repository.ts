import { ConnectionRepository, type ParentPagesQuery } from '@igc/service-kit';
import type { FrameworkRole } from './framework-role.entity.js';

export class FrameworkRoleRepository extends ConnectionRepository<FrameworkRole> {
  /** An organization's roles, newest framework first, optionally of one kind (index framework_role_organization_id_framework_id_index). */
  static readonly ofOrganization: ParentPagesQuery = {
    from: `from {schema}.framework_role t join {schema}.framework f on f.id = t.framework_id
      where t.organization_id = k.parent and (k.filter is null or t.role = k.filter)`,
    orderBy: 'f.date desc nulls last, f.id asc, t.role asc, t.id asc',
  };
}
