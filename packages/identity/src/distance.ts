import leven from 'leven';

/**
 * Edit distance between two keys, computed no further than `maxDistance` (beyond it the answer is
 * `maxDistance + 1`): Levenshtein (`leven`, which stops early at the bound), except that two keys
 * one adjacent transposition apart ("ahrris"/"harris") are 1 apart, as a typist would count.
 */
export function editDistance(a: string, b: string, maxDistance = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  if (isOneTransposition(a, b)) return 1;
  return leven(a, b, { maxDistance: maxDistance + 1 });
}

function isOneTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const first = [...a].findIndex((c, i) => c !== b[i]);
  if (first < 0 || first + 1 >= a.length) return false;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

/**
 * The candidate whose key is within a small edit distance of `key` (1 for short names, 2 from
 * 12 characters on), when exactly one candidate is closest: a misspelling resolves, an
 * ambiguous one does not. Each comparison stops at the tolerance.
 */
export function closestMatch<T>(key: string, candidates: T[], keysOf: (candidate: T) => string[]): T | null {
  const tolerance = key.length >= 12 ? 2 : 1;
  let best: { candidate: T; distance: number } | null = null;
  let tie = false;
  for (const candidate of candidates) {
    // A length difference beyond the tolerance alone rules a key out, before any comparison.
    const within = keysOf(candidate).filter((k) => Math.abs(k.length - key.length) <= tolerance);
    const distance = Math.min(Infinity, ...within.map((k) => editDistance(key, k, tolerance)));
    if (distance > tolerance) continue;
    if (!best || distance < best.distance) {
      best = { candidate, distance };
      tie = false;
    } else if (distance === best.distance) tie = true;
  }
  return best && !tie ? best.candidate : null;
}
