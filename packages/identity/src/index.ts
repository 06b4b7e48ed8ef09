/** Ids, slugs, name keys and edit distance: one definition, used by extraction and by the API's lookups. */
export { lookupKey, squash, stripAccents } from './keys.js';
export { slugify } from './slugs.js';
export { closestMatch, editDistance } from './distance.js';
