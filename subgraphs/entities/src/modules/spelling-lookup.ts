import { closestMatch, limitLength, lookupKey } from '@igc/service-kit';
import type { SqlEntityManager } from '@mikro-orm/postgresql';

/** Columns organizations and people share: the lookup keys of every spelling and their joined text. */
interface Spelled {
  id: string;
  lookupKeys: string[];
}

/** Misspelling candidates handed to the exact comparison: a lookup's cost does not grow with the corpus. */
const MAX_CANDIDATES = 50;

/**
 * Alias-aware lookup by any spelling: an exact match of the normalized spelling against every
 * known name and alias first (GIN index on lookup_keys); failing that, the one entity whose
 * spelling is within a small edit distance ("Elliot Harris" finds "Elliott Harris"). Candidates
 * come from the trigram index and a bounded Levenshtein distance in SQL, at most 50 of them.
 */
export async function findBySpelling<T extends Spelled>(
  em: SqlEntityManager,
  entity: new () => T,
  table: 'organization' | 'person',
  spelling: string,
  argumentName: string,
): Promise<T | null> {
  const key = lookupKey(limitLength(spelling, argumentName));
  if (!key) return null;
  const schema = em.config.get('schema');
  const exact = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(`select * from "${schema}"."${table}" where lookup_keys @> array[?]::text[] order by id limit 1`, [
      key,
    ]);
  if (exact[0]) return em.map(entity, exact[0]);
  // An optimal-string-alignment distance d is a Levenshtein distance of at most 2d.
  const tolerance = key.length >= 12 ? 4 : 2;
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select t.* from "${schema}"."${table}" t
      where ? <% t.search_text
        and exists (
          select 1 from unnest(t.lookup_keys) as k(spelling)
           where abs(length(k.spelling) - length(?)) <= ?
             and case when length(k.spelling) <= 255 then levenshtein_less_equal(?, k.spelling, ?) <= ? else false end)
      order by t.id limit ${MAX_CANDIDATES}`,
    [key, key, tolerance, key, tolerance, tolerance],
  );
  const candidates = rows.map((row) => em.map(entity, row));
  return closestMatch(key, candidates, (candidate) => candidate.lookupKeys);
}
