/**
 * The entity extractors' text utilities come from @igc/identity, the one definition of name keys,
 * slugs and edit distance that the API's lookups use too.
 */
export { editDistance, lookupKey as normalizeKey, slugify, squash, stripAccents } from '@igc/identity';
