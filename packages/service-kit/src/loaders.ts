import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';

/**
 * DataLoaders turn the N lookups of one GraphQL request into one `IN (...)` query each,
 * so the SQL count of a request does not grow with the number of items returned.
 */

/** Loads entities by primary key; a missing id yields null. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
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
  return new DataLoader(async (keys) => {
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
