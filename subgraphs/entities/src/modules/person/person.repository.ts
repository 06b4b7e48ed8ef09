import { ConnectionRepository, limitLength, type Connection, type PageArgs } from '@igc/service-kit';
import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { likePattern } from '../../search-text.js';
import { findBySpelling } from '../spelling-lookup.js';
import type { PersonFilter } from './person-filter.input.js';
import { Person } from './person.entity.js';

export class PersonRepository extends ConnectionRepository<Person> {
  /** People by name, narrowed by the filter. */
  list(filter: PersonFilter | null, args: PageArgs): Promise<Connection<Person>> {
    const where: FilterQuery<Person>[] = [];
    if (filter?.text) where.push({ searchText: { $like: likePattern(limitLength(filter.text, 'filter.text')) } });
    if (filter?.organizationId) {
      // Affiliated with it or sat in its delegation: a subquery, so no id list passes through the service.
      const schema = this.em.config.get('schema');
      where.push({
        [raw(
          (alias) => `${alias}.id in (select person_id from "${schema}".affiliation where organization_id = ?
            union select person_id from "${schema}".participation where organization_id = ?)`,
          [filter.organizationId, filter.organizationId],
        )]: [],
      });
    }
    return this.connection({ $and: where }, [{ name: 'asc', id: 'asc' }], args);
  }

  /** Alias-aware lookup by any known spelling of the name. */
  findBySpelling(spelling: string): Promise<Person | null> {
    return findBySpelling(this.em, Person, 'person', spelling, 'name');
  }
}
