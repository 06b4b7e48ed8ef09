/** The words of prose as the people extractor sees them: tokens, title words and personal-name words. */
import { ORG_KEYWORDS } from './organizations.js';
import { isNameToken } from './names.js';
import { stripAccents } from './text.js';

/** A set of the words of a whitespace-separated list. */
function wordSet(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}

export interface Tok {
  text: string;
  core: string;
  start: number;
  end: number;
  /** Punctuation right after the core ("," "." ";" ":" ")"). */
  trail: string;
}

export const HONORIFIC_RE = /^(Mr|Ms|Mrs|Dr|Messrs|Mmes|Prof)\.$/;
const TITLE_WORDS = wordSet(`
  secretary secretaries director directors administrator chair chairperson chairman president head chief representative
  envoy adviser advisor commissioner coordinator officer minister ambassador executive deputy assistant vice general
  rapporteur manager spokesperson expert principal senior associate specialist consultant counsellor counselor judge
  prosecutor
`);
/** Capitalized words that never belong to a personal name in these records. */
const STOP_WORDS = wordSet(`
  the in on at a an his her its their our my this that these those with during following further furthermore finally
  also however indeed through under since after before while when as for from by to of and or but members member states
  state united nations kingdom republic african european general assembly summit goals goal agenda day year decade
  declaration framework platform report resolution working special high level high-level international global world
  regional national north south east west new york geneva sustainable development human rights climate change water
  energy internet charter convention protocol action plan review session annex secretariat we i he she they it there
  recent in-depth january february march april may june july august september october november december monday tuesday
  wednesday thursday friday government governments headquarters palais wilson millennium post-2015 affairs countries
  committees least developed landlocked island small
`);
export const CONNECTOR_WORDS = wordSet(`
  of the for and on to from at in
`);
export const LEADING_MODIFIERS = wordSet(`
  the its his her their my our new outgoing incoming current former acting then also
`);

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^[(“"‘']*/.exec(raw)![0].length;
    let body = raw.slice(lead);
    const trailM = /[,.;:)”"’']*$/.exec(body)!;
    let trail = trailM[0];
    body = body.slice(0, body.length - trail.length);
    // Abbreviation-like tokens keep their final dot ("Mr.", "J.").
    if (trail.startsWith('.') && (/^\p{Lu}$/u.test(body) || /^(Mr|Ms|Mrs|Dr|Messrs|Mmes|Prof|St)$/.test(body))) {
      body += '.';
      trail = trail.slice(1);
    }
    const core = body.replace(/['’]s$/, '');
    if (core !== body) trail = `’s${trail}`;
    out.push({ text: raw, core, start: m.index + lead, end: m.index + lead + core.length, trail });
  }
  return out;
}

const lowerHyphenParts = (w: string) => stripAccents(w).toLowerCase().split(/[-–]/);
export const isTitleWord = (w: string) => lowerHyphenParts(w).some((p) => TITLE_WORDS.has(p));
export const hasTitleWord = (s: string) => s.split(/\s+/).some((w) => isTitleWord(w.replace(/[^\p{L}-]/gu, '')));

export function isPersonNameWord(core: string): boolean {
  if (!isNameToken(core)) return false;
  const l = stripAccents(core).toLowerCase();
  if (STOP_WORDS.has(l) || ORG_KEYWORDS.has(l) || isTitleWord(core)) return false;
  if (/^\p{Lu}{2,}$/u.test(core)) return false; // acronyms
  return true;
}
