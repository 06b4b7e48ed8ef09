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
