import { slugify } from '@igc/identity';
import { MONTHS } from '../document/dates-numbers.js';
/** Small text helpers for framework extraction. Pure functions. */

/** Collapses whitespace and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Provision/title text cleaning that is safe to repeat on already clean text:
 * converter links `[22/8](#)` → `22/8`, `^a` footnote markers, `*emphasis*`,
 * markdown escapes, whitespace.
 */
export function cleanText(s: string): string {
  let t = s.replace(/\u00a0|\u2007|\u202f/g, ' ');
  t = t.replace(/\[([^\]]*)\]\((?:#|https?:[^)\s]*)\)/g, '$1');
  t = t.replace(/\\([()$*_[\]#.\-+!])/g, '$1');
  t = t.replace(/\*\*/g, '');
  t = t.replace(/(^|[\s(“"‘'])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:!?)”"’'])/g, '$1$2');
  t = t.replace(/\^[a-z0-9]{1,2}\b/g, '');
  t = t.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '');
  return squash(t);
}

/** A heading or title cleaned for display: text cleaned, trailing punctuation removed. */
export function cleanTitle(s: string): string {
  return cleanText(s).replace(/[\s.:;,]+$/g, '');
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Deterministic id from a title: lower case, "United Nations" → "un", apostrophes
 * dropped, other punctuation to hyphens, leading article dropped.
 * "United Nations-wide framework on cybersecurity and cybercrime" →
 * "un-wide-framework-on-cybersecurity-and-cybercrime".
 */
export function slugifyTitle(title: string): string {
  let s = fold(cleanTitle(title));
  s = s.replace(/\bunited nations\b/g, 'un');
  return slugify(s).replace(/^(?:the|a|an)-/, '');
}

/** Slug for an arbitrary id (document ids such as `CEB/2013/6`). */
export function slugifyId(s: string): string {
  return slugify(s);
}

const STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'and',
  'for',
  'to',
  'in',
  'by',
  'its',
  'their',
  'at',
  'with',
  'our',
  'draft',
  'entitled',
  'as',
  'or',
]);

/** Word tokens for matching: folded, apostrophes dropped, "United Nations" → "un". */
export function wordTokens(s: string): string[] {
  let t = fold(cleanText(s)).replace(/[’'‘]/g, '');
  t = t.replace(/\bunited nations\b/g, 'un');
  return t.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** Tokens that carry meaning (stopwords removed). */
export function contentTokens(s: string): string[] {
  return wordTokens(s).filter((w) => !STOPWORDS.has(w));
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/**
 * Acronyms a title's capitalized names could be abbreviated to, with the content
 * tokens they stand for: "International Civil Service Commission" → icsc.
 */
export function titleAcronyms(title: string): { acronym: string; covers: string[] }[] {
  const words = cleanText(title)
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
  const out: { acronym: string; covers: string[] }[] = [];
  let run: string[] = [];
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has((run[run.length - 1] ?? '').toLowerCase())) run.pop();
    const caps = run.filter((w) => /^\p{Lu}/u.test(w));
    if (caps.length >= 2) {
      const acronym = caps
        .map((w) => w[0] ?? '')
        .join('')
        .toLowerCase();
      out.push({ acronym, covers: contentTokens(caps.join(' ')) });
    }
    run = [];
  };
  for (const w of words) {
    if (w === '') continue;
    if (/^\p{Lu}/u.test(w)) run.push(w);
    else if (run.length > 0 && CONNECTORS.has(w.toLowerCase())) run.push(w);
    else flush();
  }
  flush();
  return out;
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|Mr|Ms|Mrs|Dr|No|Nos|para|paras|art|sect|vol|etc|cf|viz|St|Jr|inter alia)|\b[A-Z])\.$/;

/** Splits a paragraph into sentences without splitting after common abbreviations. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?]["”’)]?(?=\s+["“(]?[A-Z0-9])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(text.slice(start, m.index + 1))) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

export const DATE_TEXT =
  /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/;

/** "21 November 2013" → "2013-11-21"; null when the text holds no valid date. */
export function parseDateText(s: string): string | null {
  const m = DATE_TEXT.exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS[(m[2] ?? '').toLowerCase()];
  const year = Number(m[3]);
  if (!month || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "BAN Ki-moon" → "Ban Ki-moon": all-capital words of two or more letters are title-cased. */
export function normalizePersonName(s: string): string {
  return squash(s)
    .split(' ')
    .map((w) =>
      w
        .split('-')
        .map((p) => (/^\p{Lu}{2,}$/u.test(p) ? p[0] + p.slice(1).toLowerCase() : p))
        .join('-'),
    )
    .join(' ');
}

/** Lower-cases the first word unless the first two words are capitalized (a proper name). */
export function lowerFirstWord(s: string): string {
  const words = s.split(' ');
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  if (/^\p{Lu}\p{Ll}/u.test(first) && !/^\p{Lu}/u.test(second)) return first.toLowerCase() + s.slice(first.length);
  return s;
}
