/**
 * The key under which a name is looked up: case, accents, punctuation, extra spaces and a
 * leading article do not matter ("UN-Women" = "UN Women", "Gérard" = "Gerard").
 */
export function lookupKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A URL- and id-friendly slug: "CEB/2013/6" → "ceb-2013-6". */
export function slugify(text: string): string {
  return lookupKey(text).replace(/ /g, '-');
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate whose key is within a small edit distance of `key` (1 for short names, 2 from
 * 12 characters on), when exactly one candidate is closest: a misspelling resolves, an
 * ambiguous one does not.
 */
export function closestMatch<T>(key: string, candidates: T[], keysOf: (candidate: T) => string[]): T | null {
  const tolerance = key.length >= 12 ? 2 : 1;
  let best: { candidate: T; distance: number } | null = null;
  let tie = false;
  for (const candidate of candidates) {
    const distance = Math.min(...keysOf(candidate).map((k) => editDistance(key, k)));
    if (distance > tolerance) continue;
    if (!best || distance < best.distance) {
      best = { candidate, distance };
      tie = false;
    } else if (distance === best.distance) tie = true;
  }
  return best && !tie ? best.candidate : null;
}
