import { stripAccents } from './keys.js';

/**
 * The one slug every id is made of: lower-case ASCII words joined by hyphens, apostrophes dropped
 * ("CEB/2013/6" → "ceb-2013-6", "Jan Dusík" → "jan-dusik", "Women's" → "womens"). Cut at a word
 * boundary when longer than `maxLength`.
 */
export function slugify(text: string, maxLength = Infinity): string {
  const slug = stripAccents(text)
    .toLowerCase()
    .replace(/[’‘'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug
    .slice(0, maxLength)
    .replace(/-[^-]*$/, '')
    .replace(/-+$/, '');
}
