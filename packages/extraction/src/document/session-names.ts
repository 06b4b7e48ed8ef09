import { ORDINAL_RE } from './clean.js';
import { CITY_RE_SOURCE } from './text.js';

/** How the documents name bodies and their sessions: canonical body names, mentions, session phrases, venues. */

export const CEB = 'United Nations System Chief Executives Board for Coordination';
export const CANONICAL: [RegExp, string][] = [
  [/^(?:United Nations System )?Chief Executives Board(?: for Coordination)?$|^CEB$|^Board$/i, CEB],
  [/^High-level Committee on Programmes$|^HLCP$/i, 'High-level Committee on Programmes'],
  [/^High-level Committee on Management$|^HLCM$/i, 'High-level Committee on Management'],
  [/^United Nations Development Group$|^UNDG$/i, 'United Nations Development Group'],
  [/^(?:General )?Assembly$/i, 'General Assembly'],
  [/^ECOSOC$/i, 'Economic and Social Council'],
];

export const NAMED_BODIES = [
  'United Nations System Chief Executives Board for Coordination',
  'Chief Executives Board for Coordination',
  'High-level Committee on Programmes',
  'High-level Committee on Management',
  'United Nations Development Group',
  'General Assembly',
  'Security Council',
  'Economic and Social Council',
  'Human Rights Council',
  'Commission on the Status of Women',
  'Commission on Narcotic Drugs',
  'Commission on Crime Prevention and Criminal Justice',
  'United Nations Environment Assembly',
  'CEB',
  'HLCP',
  'HLCM',
];
export const MENTION_RE = new RegExp(
  `\\b(?:[Tt]he\\s+)?(${NAMED_BODIES.join('|')})\\b(?:\\s+\\([A-Z][\\w-]*\\))?|\\b[Tt]he\\s+(Board|Committee|Assembly|Group)\\b`,
  'g',
);

export const SESSION_RE = new RegExp(
  [
    `(?:\\b(\\d{4})\\s+)?\\b(${ORDINAL_RE})(?:\\s+and\\s+(${ORDINAL_RE}))?`,
    '\\s+(?:(regular|special|substantive|resumed)\\s+)?(?:(CEB|HLCP|HLCM)\\s+)?(sessions?)\\b',
    '(?:\\s+(?:of|for|in)\\s+(\\d{4})\\b)?',
  ].join(''),
  'gi',
);
export const SEASON_SESSION_RE =
  /\b(?:its|the)\s+(?:(spring|fall|autumn)(?:\s+(\d{4}))?|(\d{4})\s+(?:substantive|organizational|annual|resumed))\s+session\b/gi;
/** " of the <Capitalized Name> (<ACRONYM>) of <year>" after a session phrase. */
export const BODY_AFTER_RE = new RegExp(
  [
    String.raw`^\s+of\s+(?:the\s+|its\s+)?([A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|to)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)`,
    String.raw`(?:\s+\(([A-Z][A-Za-z-]+)\))?(?:\s+(?:of|for|in)\s+(\d{4})\b)?`,
  ].join(''),
);
export const FUTURE_RE =
  /\b(to be held|would be held|will be held|will|would|next|forthcoming|upcoming|to be undertaken|to be presented|planned|scheduled)\b/i;
export const CITY_RE = new RegExp(`\\b(${CITY_RE_SOURCE})\\b`);

export interface Mention {
  name: string;
  start: number;
  end: number;
  generic: boolean;
}

export function bodyMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(MENTION_RE)) {
    const name = m[1] ?? m[2]!;
    const start = m.index ?? 0;
    const prev = out[out.length - 1];
    // "X of the Y (ACR)": Y qualifies X; keep X only.
    if (prev && /^\s+of(?:\s+the)?\s+$/.test(sentence.slice(prev.end, start + (/^the/i.test(m[0]) ? 4 : 0)))) continue;
    if (prev && /^\s+of\s+$/.test(sentence.slice(prev.end, start))) continue;
    out.push({ name, start, end: start + m[0].length, generic: !!m[2] });
  }
  return out;
}

export function canonicalBody(name: string): string {
  const n = name
    .replace(/^the\s+/i, '')
    .replace(/[’']s$/, '')
    .trim();
  for (const [re, canon] of CANONICAL) if (re.test(n)) return canon;
  return n;
}

export function ordinalWord(n: number): string {
  const units = [
    '',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ];
  const tensOrd: Record<number, string> = {
    2: 'twentieth',
    3: 'thirtieth',
    4: 'fortieth',
    5: 'fiftieth',
    6: 'sixtieth',
    7: 'seventieth',
    8: 'eightieth',
    9: 'ninetieth',
  };
  const tens: Record<number, string> = {
    2: 'twenty',
    3: 'thirty',
    4: 'forty',
    5: 'fifty',
    6: 'sixty',
    7: 'seventy',
    8: 'eighty',
    9: 'ninety',
  };
  if (n < 20) return units[n] ?? `${n}th`;
  if (n < 100 && n % 10 === 0) return tensOrd[n / 10]!;
  if (n < 100) return `${tens[Math.floor(n / 10)]}-${units[n % 10]}`;
  return `${n}th`;
}

export const KNOWN_ACRONYMS: Record<string, string> = {
  [CEB]: 'CEB',
  'High-level Committee on Programmes': 'HLCP',
  'High-level Committee on Management': 'HLCM',
  'United Nations Development Group': 'UNDG',
  'General Assembly': 'UNGA',
  'Economic and Social Council': 'ECOSOC',
};

export function stripAcronyms(s: string): string {
  return s.replace(/\s*\([A-Z][A-Za-z-]*\)/g, '').trim();
}

/** Reads `held at <venue> in <city> on <dates>` style details from the text following a session mention. */
export function readVenue(tail: string): { venue: string | null; city: string | null } {
  const t = tail.replace(/^\s*,?\s*/, '');
  let venue: string | null = null;
  const at = t.match(new RegExp(`^(?:on [^,]*?\\s+)?at\\s+(?:the\\s+)?(.+?)(?=\\s+in\\s+(?:${CITY_RE_SOURCE})\\b|\\s+on\\s+\\d|[.;]|,|$)`));
  if (at) venue = stripAcronyms(at[1]!);
  const city = t.match(CITY_RE)?.[1] ?? null;
  return { venue, city };
}
