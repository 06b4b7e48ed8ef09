/** Small text helpers shared by the extractors. */

const ABBREVIATIONS = [
  'Mr',
  'Ms',
  'Mrs',
  'Messrs',
  'Dr',
  'No',
  'Nos',
  'e.g',
  'i.e',
  'para',
  'paras',
  'sect',
  'St',
  'Corr',
  'Rev',
  'Add',
  'vol',
  'p',
  'pp',
  'art',
  'Art',
  'cf',
  'etc',
  'al',
];

export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph text. */
  start: number;
}

/**
 * Splits a paragraph into sentences on `.`, `?` or `!` (and `;` before a lettered
 * point `(b)`) followed by a space and an upper-case letter, a quote or a bracket,
 * not after common abbreviations (Mr., Ms., e.g., No.) or single initials (J.).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /([.?!;])(["”’)]*)\s+(?=[“"‘(]?[\p{Lu}\d]|\([a-z]{1,2}\)\s)/gu;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[1]!.length + (m[2]?.length ?? 0);
    const before = text.slice(start, m.index);
    if (m[1] === '.') {
      const lastWord = before.match(/(?:^|[\s(])([\p{L}.]+)$/u)?.[1] ?? '';
      if (ABBREVIATIONS.includes(lastWord) || /^\p{Lu}$/u.test(lastWord)) continue;
    }
    if (m[1] === ';' && !/^\s+\([a-z]{1,2}\)\s/.test(text.slice(end))) continue;
    const s = text.slice(start, end).trim();
    if (s) out.push({ text: s, start });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  const last = text.slice(start).trim();
  if (last) out.push({ text: last, start });
  return out;
}

/** Lower-case, punctuation-light form used to compare titles. */
export function normalizeTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/[.;:,]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cities the seed documents hold sessions in, with their country. Extend as needed. */
export const CITY_COUNTRY: Record<string, string> = {
  Geneva: 'Switzerland',
  'New York': 'United States of America',
  Rome: 'Italy',
  Paris: 'France',
  Vienna: 'Austria',
  Nairobi: 'Kenya',
  Apia: 'Samoa',
  Istanbul: 'Turkey',
  Warsaw: 'Poland',
  Stockholm: 'Sweden',
  'Rio de Janeiro': 'Brazil',
  Bonn: 'Germany',
  Turin: 'Italy',
  Madrid: 'Spain',
  London: 'United Kingdom of Great Britain and Northern Ireland',
  'Washington, D.C.': 'United States of America',
  Washington: 'United States of America',
  'Addis Ababa': 'Ethiopia',
  Bangkok: 'Thailand',
  Santiago: 'Chile',
  Beirut: 'Lebanon',
  Montreal: 'Canada',
  'Mexico City': 'Mexico',
  Manhasset: 'United States of America',
  Lisbon: 'Portugal',
  Berlin: 'Germany',
  Tokyo: 'Japan',
  'The Hague': 'Netherlands',
};

export const CITY_RE_SOURCE = Object.keys(CITY_COUNTRY)
  .sort((a, b) => b.length - a.length)
  .map((c) => c.replace(/[.,]/g, (x) => `\\${x}`))
  .join('|');
