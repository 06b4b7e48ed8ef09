import { closestMatch, lookupKey } from '@igc/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from './modules/organization/organization.entity.js';
import { Person } from './modules/person/person.entity.js';

/**
 * Alias-aware lookup by any spelling: an exact match of the normalized spelling against every
 * known name and alias first; failing that, the one entity whose spelling is within a small edit
 * distance ("Elliot Harris" finds "Elliott Harris"), among entities sharing a word with it.
 */
export async function findBySpelling<T extends Organization | Person>(
  em: EntityManager,
  entity: new () => T,
  spelling: string,
): Promise<T | null> {
  const key = lookupKey(spelling);
  if (!key) return null;
  // The entity classes differ but share these columns; the ORM typings cannot express that.
  const repository = em.getRepository(entity as typeof Person);
  const exact = await repository.findOne({ lookupKeys: { $contains: [key] } }, { orderBy: { id: 'asc' } });
  if (exact) return exact as T;
  const words = key.split(' ').filter((w) => w.length >= 3).sort((a, b) => b.length - a.length).slice(0, 3);
  if (!words.length) return null;
  const candidates = (await repository.find({ $or: words.map((w) => ({ searchText: { $like: `%${w}%` } })) }, { limit: 200 })) as T[];
  return closestMatch(key, candidates, (candidate) => candidate.lookupKeys);
}
