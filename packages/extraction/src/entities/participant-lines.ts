/** What a line of a list of participants looks like: officer labels, headings, people. Pure tests over text. */
import type { ParticipantRole } from '../model.js';
import { isNameToken, isParticle, splitHonorific } from './names.js';
import { hasOrgKeyword, type OrganizationResolver } from './organizations.js';
import { squash } from './text.js';

export const RULE_LIST = 'list of participants';
export const OFFICER_RE =
  /^(Chair(?:person|man)?|Co-Chair(?:person)?|Vice-Chair(?:person|man)?|President|Vice-President|Secretary)\s*:\s*(.*)$/i;
const MAX_HEADING_LINES = 5;

export function roleOf(label: string): ParticipantRole {
  const l = label.toLowerCase();
  if (l.startsWith('vice')) return 'VICE_CHAIR';
  if (l.startsWith('secretary')) return 'SECRETARY';
  return 'CHAIR';
}

/** Joins wrapped lines; a line ending in a hyphen before a lower-case word is rejoined without space. */
export function joinLines(parts: string[]): string {
  let out = '';
  for (const p of parts.map((x) => squash(x))) {
    if (out === '') out = p;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(p)) out += p;
    else out += ` ${p}`;
  }
  return out;
}

const TITLE_START_WORDS = `
  Secretary Director Chief Head Officer Adviser Advisor Representative Deputy Assistant Chair Coordinator Minister Ambassador
  Counsellor Manager Specialist Consultant President Executive Senior Associate Special Programme Policy
`;
/** A word that starts a job title in a list of participants. */
const TITLE_START = new RegExp(`^(?:${TITLE_START_WORDS.trim().split(/\s+/).join('|')})`, 'i');

export const hasTitle = (text: string): boolean => text.split(/\s+/).some((w) => TITLE_START.test(w));

/** Two or more name words, none an organization's: "Ms. Jane Doe", not "UNDP" or "Jane". */
export function looksLikePerson(text: string, resolver: OrganizationResolver): boolean {
  const { name } = splitHonorific(text.split(/[,;]/)[0]!);
  const toks = name.split(/\s+/).filter((t) => t !== '');
  if (toks.filter((t) => !isParticle(t)).length < 2) return false;
  if (!toks.every(isNameToken)) return false;
  if (hasOrgKeyword(name)) return false;
  if (resolver.resolve(name) !== null) return false;
  return !toks.some((t) => /^\p{Lu}{2,}$/u.test(t) && resolver.resolve(t) !== null);
}

/** An organization's keyword, a linking word or a lower-case word after the first: not a person's name. */
export const looksLikeOrg = (text: string): boolean =>
  hasOrgKeyword(text) ||
  /\s(?:of|for|on|and|the)\s/.test(` ${text} `) ||
  text
    .split(/\s+/)
    .slice(1)
    .some((w) => /^\p{Ll}/u.test(w) && !isParticle(w));

export const isBlank = (s: string | undefined) => s === undefined || s.trim() === '';

/** Starts with a letter: a line that may be (part of) a heading. */
export const isTexty = (l: string) => /^\p{L}/u.test(squash(l));

/** The last line a heading starting at `i` may wrap to: following untabbed lines of text, at most MAX_HEADING_LINES in all. */
export function wrappedHeadingEnd(lines: readonly string[], i: number): number {
  let end = i;
  if (!isTexty(lines[i]!)) return end;
  while (
    end + 1 < lines.length &&
    !isBlank(lines[end + 1]) &&
    !lines[end + 1]!.includes('\t') &&
    isTexty(lines[end + 1]!) &&
    end + 1 - i < MAX_HEADING_LINES
  )
    end++;
  return end;
}

/**
 * The first cell of the line after a wrapped heading, when it may end the heading
 * ("Refugees in the Near East\tName"); null otherwise.
 */
export function headingTailCell(lines: readonly string[], i: number, end: number): string | null {
  const nextRaw = lines[end + 1];
  if (!isTexty(lines[i]!) || end + 1 - i >= MAX_HEADING_LINES || !nextRaw?.includes('\t')) return null;
  const cell = nextRaw.split('\t')[0]!;
  return squash(cell) !== '' ? cell : null;
}

/** An unknown organization's heading goes on while it is visibly incomplete ("Office of the", "… for\nrefugees"). */
export function incompleteHeadingEnd(lines: readonly string[], i: number, end: number): number {
  let j = i;
  while (j + 1 <= end && (/\b(?:of|for|the|and|on|in|to|High)$/.test(squash(lines[j]!)) || /^\p{Ll}/u.test(squash(lines[j + 1]!)))) j++;
  return j;
}
