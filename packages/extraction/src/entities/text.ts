/** Small text utilities shared by the entity extractors: normalization, slugs, edit distance. */

/** Removes diacritics (é → e, ï → i); leaves other characters as they are. */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Key used to compare organization names: case, accents, punctuation, hyphens, extra spaces
 * and a leading 'the' do not matter; '&' is 'and'; 'Organisation' is 'Organization'.
 */
export function normalizeKey(s: string): string {
  let k = stripAccents(s).toLowerCase();
  k = k.replace(/&/g, ' and ');
  k = k.replace(/['’‘`]/g, '');
  k = k.replace(/[^a-z0-9]+/g, ' ').trim();
  k = k.replace(/\borganisation(s?)\b/g, 'organization$1');
  k = k.replace(/^the\s+/, '');
  return k;
}

/** Lower-case ASCII slug: 'Elliott Harris' → 'elliott-harris', 'Jan Dusík' → 'jan-dusik'. */
export function slugify(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Collapses runs of whitespace (including tabs and non-breaking spaces) to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Optimal string alignment (restricted Damerau-Levenshtein) distance. */
export function damerauLevenshtein(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) {
    const row: number[] = new Array<number>(m + 1).fill(0);
    row[0] = i;
    d.push(row);
  }
  for (let j = 0; j <= m; j++) d[0]![j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[n]![m]!;
}
