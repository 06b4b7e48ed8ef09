/** The words of organization names: keywords, connectors, and the runs of words a "Name (ACR)" definition reads. */
import type { OrganizationKind } from '../model.js';
import { stripAccents } from './text.js';

/** A set of the words of a whitespace-separated list. */
function wordSet(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Words that make a capitalized phrase look like an organization. */
export const ORG_KEYWORDS = wordSet(`
  organization organisation office department programme program fund union agency commission commissions council
  committee bank community forum group centre center institute university court board secretariat entity system league
  association authority assembly cooperation co-operation nations initiative network mission conference college service
  services federation foundation alliance partnership division unit branch team facility tribunal parliament ministry
  government
`);

export const CONNECTORS = wordSet(`
  of the for and on in to de la des du et y against at
`);

/** Words that end a backward scan for a defined name (a title before the name: "Director-General of the ..."). */
export const TITLE_WORDS = wordSet(`
  secretary secretaries director directors administrator chair chairperson chairman president head chief representative
  envoy adviser advisor commissioner coordinator officer minister ambassador executive deputy assistant vice member
  members staff
`);

/**
 * Kind of an organization defined in the text but absent from the gazetteer. One rule: a
 * "United Nations ... Mission/Office ..." (peace operations, political missions, regional offices)
 * is run by the Secretariat. Anything else is OTHER.
 */
export function kindOfNewOrganization(name: string, exists: (id: string) => boolean): { kind: OrganizationKind; parentId: string | null } {
  if (/^United Nations\b.*\b(?:Mission|Office)\b/.test(name)) {
    return { kind: 'SECRETARIAT_OFFICE', parentId: exists('united-nations-secretariat') ? 'united-nations-secretariat' : null };
  }
  return { kind: 'OTHER', parentId: null };
}

export function hasOrgKeyword(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s\-–]+/)
    .some((w) => ORG_KEYWORDS.has(w.replace(/[^a-z]/g, '')));
}

/** The first two significant initials of the name appear, in order, in the acronym (CIC ← Center on International Cooperation). */
export function initialsFit(words: string[], acronym: string): boolean {
  const initials = words.filter(isNameStart).map((w) => stripAccents(w)[0]!.toUpperCase());
  const acr = stripAccents(acronym).toUpperCase();
  if (initials.length === 0 || acr[0] !== initials[0]) return false;
  if (initials.length === 1) return true;
  return acr.indexOf(initials[1]!, 1) > 0;
}

export function isNameStart(w: string): boolean {
  return /^\p{Lu}/u.test(w) && !CONNECTORS.has(w.toLowerCase());
}

export function joinWords(words: string[]): string {
  return words
    .join(' ')
    .replace(/\s+,/g, ',')
    .replace(/\s+([-–])\s+/g, ' $1 ');
}

/**
 * Words before "(" that can belong to a name: capitalized words, connectors, commas between
 * capitalized words ("Educational, Scientific and Cultural"). Leading connectors are dropped.
 */
export function backwardRun(before: string): string[] {
  const parts = before.split(/\s+/);
  const words: string[] = [];
  for (let k = parts.length - 1; k >= 0; k--) {
    let w = parts[k]!;
    if (w === '–' || w === '-') {
      words.unshift(w);
      continue;
    }
    let comma = false;
    if (w.endsWith(',')) {
      if (words.length === 0) break;
      comma = true;
      w = w.slice(0, -1);
    }
    if (!/^[\p{L}\p{N}][\p{L}\p{N}'’\-/]*$/u.test(w)) break;
    if (CONNECTORS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) {
      words.unshift(w);
      continue;
    }
    if (!/^\p{Lu}/u.test(w) && !CONNECTORS.has(w.toLowerCase())) break;
    words.unshift(comma ? `${w},` : w);
  }
  while (words.length > 0 && (CONNECTORS.has(words[0]!.replace(/,$/, '').toLowerCase()) || /^[-–]$/.test(words[0]!))) words.shift();
  return words.map((w) => w);
}
