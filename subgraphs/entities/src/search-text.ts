import { lookupKey } from '@igc/service-kit';

/** Lookup keys of every spelling, and the joined text that substring filters scan. */
export function lookupFields(spellings: Array<string | null | undefined>): { lookupKeys: string[]; searchText: string } {
  const lookupKeys = [
    ...new Set(
      spellings
        .filter((s): s is string => !!s)
        .map(lookupKey)
        .filter(Boolean),
    ),
  ];
  return { lookupKeys, searchText: lookupKeys.join(' | ') };
}

/** A LIKE pattern for a case-, accent- and punctuation-insensitive substring. */
export function likePattern(text: string): string {
  return `%${lookupKey(text).replace(/[%_\\]/g, '')}%`;
}
