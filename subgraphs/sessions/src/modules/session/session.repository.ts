import { ConnectionRepository, limitLength, lookupKey, type Connection, type PageArgs, type ParentPagesQuery } from '@igc/service-kit';
import { QueryOrder, type FilterQuery } from '@mikro-orm/postgresql';
import type { SessionFilter } from './session-filter.input.js';
import type { Session } from './session.entity.js';

export class SessionRepository extends ConnectionRepository<Session> {
  /** The sessions a body convened, newest first (index session_body_id_newest_index). */
  static readonly convenedBy: ParentPagesQuery = {
    from: 'from {schema}.session t where t.body_id = k.parent',
    orderBy: 't.start_date desc nulls last, t.id desc',
  };

  /** Sessions by start date, narrowed by the filter. */
  list(filter: SessionFilter | null, args: PageArgs): Promise<Connection<Session>> {
    const where: FilterQuery<Session>[] = [];
    if (filter?.body) where.push({ bodyKeys: { $contains: [lookupKey(limitLength(filter.body, 'filter.body'))] } });
    if (filter?.number != null) where.push({ number: filter.number });
    if (filter?.year != null) where.push({ year: filter.year });
    if (filter?.from) where.push({ startDate: { $gte: filter.from } });
    if (filter?.to) where.push({ startDate: { $lte: filter.to } });
    if (filter?.status) where.push({ status: filter.status });
    return this.connection({ $and: where }, [{ startDate: QueryOrder.ASC_NULLS_LAST }, { id: QueryOrder.ASC }], args);
  }
}
