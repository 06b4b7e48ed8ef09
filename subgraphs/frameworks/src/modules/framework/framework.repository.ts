import { ConnectionRepository, limitLength, lookupKey, badUserInput, type Connection, type PageArgs } from '@igc/service-kit';
import { QueryOrder, raw, type FilterQuery } from '@mikro-orm/postgresql';
import type { FrameworkFilter } from './framework-filter.input.js';
import type { Framework } from './framework.entity.js';

export class FrameworkRepository extends ConnectionRepository<Framework> {
  /** Frameworks by date then title, narrowed by the filter. */
  list(filter: FrameworkFilter | null, args: PageArgs): Promise<Connection<Framework>> {
    const where: FilterQuery<Framework>[] = [];
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.text) {
      const key = lookupKey(limitLength(filter.text, 'filter.text')).replace(/[%_\\]/g, '');
      if (!key) throw badUserInput('"filter.text" must contain a letter or digit.');
      where.push({ searchText: { $like: `%${key}%` } });
    }
    if (filter?.organizationId) {
      const schema = this.em.config.get('schema');
      where.push({
        [raw(
          (alias) => `${alias}.id in (select framework_id from "${schema}".framework_role where organization_id = ?)`,
          [filter.organizationId],
        )]: [],
      });
    }
    return this.connection({ $and: where }, [{ date: QueryOrder.ASC_NULLS_LAST }, { title: QueryOrder.ASC }, { id: QueryOrder.ASC }], args);
  }
}
