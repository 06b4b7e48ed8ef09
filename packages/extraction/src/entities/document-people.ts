import { editDistance, stripAccents } from './text.js';

/** Compares names regardless of accents, case and punctuation. */
export const nameKey = (s: string) =>
  stripAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Full names seen so far in one document, in reading order (for "Mr. <Surname>" back-references). */
export interface DocumentPeople {
  names: string[];
  add(name: string): void;
  /** The one earlier full name whose surname is `surname`; 'ambiguous' when several different people. */
  bySurname(surname: string): string | 'ambiguous' | null;
  has(name: string): boolean;
}

export function createDocumentPeople(initial: readonly string[] = []): DocumentPeople {
  const names: string[] = [];
  const dp: DocumentPeople = {
    names,
    add(name) {
      if (!names.some((n) => nameKey(n) === nameKey(name))) names.push(name);
    },
    has: (name) => names.some((n) => nameKey(n) === nameKey(name)),
    bySurname(surname) {
      const s = nameKey(surname);
      const hits = names.filter((n) => {
        const k = nameKey(n);
        return k === s || k.endsWith(` ${s}`);
      });
      if (hits.length === 0) return null;
      // Spelling variants of one person ("William Lary Swing", "William Lacy Swing") are not ambiguous.
      const first = hits[0]!;
      return hits.every((h) => editDistance(nameKey(h), nameKey(first)) <= 2) ? first : 'ambiguous';
    },
  };
  for (const n of initial) dp.add(n);
  return dp;
}
