/**
 * Name keys: the one normalization under which names are compared, by extraction when it merges
 * spellings and by the API when it looks a name up. Case, accents, punctuation, extra spaces and
 * a leading article do not matter; "&" is "and"; "Organisation" is "Organization".
 */

/** Removes diacritics (é → e, ï → i); leaves other characters as they are. */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Collapses runs of whitespace (tabs and non-breaking spaces too) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** "UN-Women" = "UN Women", "Gérard" = "Gerard", "The Food & Agriculture Organisation" = "food and agriculture organization". */
export function lookupKey(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’‘'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\borganisation(s?)\b/g, 'organization$1')
    .replace(/^the /, '');
}
