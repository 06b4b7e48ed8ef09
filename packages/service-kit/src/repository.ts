import type DataLoader from 'dataloader';
import { EntityRepository, type EntityDictionary, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { batchScopedLoader } from './loaders.js';
import { pageRequest, toConnection, type Connection, type Page, type PageArgs } from './pagination.js';

/** One parent's page of a per-parent connection, e.g. the participations of one organization. */
export interface ParentPageKey {
  parentId: string;
  page: Page;
  /** An optional equality filter the query applies to `k.filter` (e.g. a role); null for none. */
  filter?: string | null;
}

/**
 * How a per-parent connection reads its rows, in SQL over the entity's table aliased `t`:
 * `from` selects one parent's rows, naming that parent `k.parent` (and the filter `k.filter`);
 * `orderBy` is the order the field's description states, with a unique last key. `{schema}`
 * stands for the subgraph's schema.
 */
export interface ParentPagesQuery {
  from: string;
  orderBy: string;
}

/**
 * A repository whose lists come out as Relay connections paged in the database: a filtered list
 * with `connection`, and the pages of many parents at once with `pagesOf`.
 */
export class ConnectionRepository<T extends object> extends EntityRepository<T> {
  /** One page of the rows matching `where`, and their total, in two statements. */
  async connection(where: FilterQuery<T>, orderBy: QueryOrderMap<T>[], args: PageArgs): Promise<Connection<T>> {
    const page = pageRequest(args.first, args.after);
    const [items, total] = await this.findAndCount(where, { orderBy, limit: page.limit, offset: page.offset });
    return toConnection(items, total, page);
  }

  /**
   * The pages of many parents in one statement, whatever their number: each parent's page is an
   * index-ordered LIMIT (a lateral subquery), and its total a count beside it.
   */
  async pagesOf(query: ParentPagesQuery, keys: readonly ParentPageKey[]): Promise<Connection<T>[]> {
    const schema = this.em.config.get('schema');
    const from = query.from.replaceAll('{schema}', `"${schema}"`);
    const rows = await this.em.getConnection().execute<Array<Record<string, unknown>>>(
      `select k.n as "__key", c.total as "__total", t.*
         from unnest(cast(? as text[]), cast(? as text[]), cast(? as int[]), cast(? as int[]))
              with ordinality as k(parent, filter, lim, off, n)
         cross join lateral (select count(*)::int as total ${from}) c
         left join lateral (
           select t.*, row_number() over (order by ${query.orderBy}) as "__rank"
           ${from} order by ${query.orderBy} limit k.lim offset k.off
         ) t on true
        order by k.n, t."__rank"`,
      // Arrays as PostgreSQL array literals: the driver would expand an array parameter into a list of
      // values, and unnest() of a known array lets the planner count the parents exactly (a JSON
      // set is guessed at 100 rows, which priced a one-parent page high enough to be JIT-compiled).
      [
        arrayLiteral(keys.map((key) => key.parentId)),
        arrayLiteral(keys.map((key) => key.filter ?? null)),
        arrayLiteral(keys.map((key) => key.page.limit)),
        arrayLiteral(keys.map((key) => key.page.offset)),
      ],
    );
    const items = keys.map(() => [] as T[]);
    const totals = keys.map(() => 0);
    for (const { __key, __total, __rank, ...row } of rows) {
      const index = Number(__key) - 1;
      totals[index] = Number(__total);
      if (__rank != null) items[index]!.push(this.em.map(this.entityName, row as EntityDictionary<T>));
    }
    return keys.map((key, index) => toConnection(items[index]!, totals[index]!, key.page));
  }

  /** A per-request loader batching `pagesOf` over every parent a request asks for. */
  pagesLoader(query: ParentPagesQuery): DataLoader<ParentPageKey, Connection<T>, string> {
    return batchScopedLoader((keys) => this.pagesOf(query, keys), {
      cacheKeyFn: (key) => JSON.stringify([key.parentId, key.filter ?? null, key.page.limit, key.page.offset]),
    });
  }
}

/** A PostgreSQL array literal, e.g. {"a","b \\"c\\"",NULL}; elements are quoted and escaped. */
export function arrayLiteral(values: Array<string | number | null>): string {
  const element = (value: string | number | null) =>
    value === null ? 'NULL' : typeof value === 'number' ? String(value) : `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return `{${values.map(element).join(',')}}`;
}

/** The key of one parent's page from the `first`/`after` arguments; over the page limit is a BAD_USER_INPUT error. */
export function parentPage(parentId: string, args: PageArgs, filter?: string | null): ParentPageKey {
  return { parentId, page: pageRequest(args.first, args.after), filter: filter ?? null };
}
