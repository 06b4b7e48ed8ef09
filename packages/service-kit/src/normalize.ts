/**
 * Name keys, slugs and edit distance live in @igc/identity (one definition for extraction and the
 * API); re-exported here for the code that imports them from the service kit.
 */
export { closestMatch, editDistance, lookupKey, slugify } from '@igc/identity';
