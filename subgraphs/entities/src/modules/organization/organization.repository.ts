import { ConnectionRepository, limitLength, type Connection, type PageArgs } from '@igc/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { likePattern } from '../../search-text.js';
import { findBySpelling } from '../spelling-lookup.js';
import type { OrganizationFilter } from './organization-filter.input.js';
import { Organization } from './organization.entity.js';

export class OrganizationRepository extends ConnectionRepository<Organization> {
  /** Organizations by name, narrowed by the filter. */
  list(filter: OrganizationFilter | null, args: PageArgs): Promise<Connection<Organization>> {
    const where: FilterQuery<Organization>[] = [];
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.text) where.push({ searchText: { $like: likePattern(limitLength(filter.text, 'filter.text')) } });
    return this.connection({ $and: where }, [{ name: 'asc', id: 'asc' }], args);
  }

  /** Alias-aware lookup by acronym or any known name. */
  findBySpelling(spelling: string, argumentName: string): Promise<Organization | null> {
    return findBySpelling(this.em, Organization, 'organization', spelling, argumentName);
  }
}
