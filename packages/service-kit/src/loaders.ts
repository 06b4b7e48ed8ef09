import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';

/**
 * DataLoaders turn the N lookups of one GraphQL request into one `IN (...)` query each,
 * so the SQL count of a request does not grow with the number of items returned.
 */

/**
 * A DataLoader whose cache lasts one batch: the loads of one tick share one query and one promise
 * per key, and a later batch queries again even for keys an earlier one fetched. With a cache for
 * the whole request, a batch whose keys were all fetched before costs no statement, so the count
 * of a request would depend on which rows its earlier batches happened to return (e.g. 100
 * sessions name every person an organization's page names, 5 do not); this way it is one
 * statement per loader and resolver wave, set by the query's shape alone.
 */
export function batchScopedLoader<K, V, C = K>(
  batch: DataLoader.BatchLoadFn<K, V>,
  options: Omit<DataLoader.Options<K, V, C>, 'cache' | 'cacheMap'> = {},
): DataLoader<K, V, C> {
  const cacheMap = new Map<C, Promise<V>>();
  return new DataLoader<K, V, C>(
    (keys) => {
      cacheMap.clear();
      return batch(keys);
    },
    { ...options, cacheMap },
  );
}

/** Loads entities by primary key; a missing id yields null. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return batchScopedLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads, for each key, the rows whose `field` equals it, in the given order. */
export function groupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: string,
  keyOf: (row: T) => string | null | undefined,
  orderBy: QueryOrderMap<T>,
  where: FilterQuery<T> = {} as FilterQuery<T>,
): DataLoader<string, T[]> {
  return batchScopedLoader(async (keys) => {
    // `field` names a property of T only at run time: the filter is typed by hand.
    const filter = { $and: [where, { [field]: { $in: [...keys] } }] } as unknown as FilterQuery<NoInfer<T>>;
    const rows = await em.find(entity, filter, { orderBy });
    return groupBy(keys, rows, keyOf);
  });
}

export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null | undefined): T[][] {
  const grouped = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key != null) grouped.get(key)?.push(row);
  }
  return keys.map((key) => grouped.get(key) ?? []);
}
