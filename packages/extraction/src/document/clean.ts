import { slugify as identitySlug } from '@igc/identity';
import { isEnglishWord } from './dictionary.js';

export * from './dates-numbers.js';
/**
 * Line-level cleaning of text extracted from UN PDFs: page furniture, links the
 * converter inserted, emphasis markers, footnote markers, line-wrap hyphenation
 * and whitespace. Pure functions, no I/O.
 */

/** A document symbol standing alone on a line (page header/footer), e.g. `CEB/2013/2`, `A/75/150`. */
export const SYMBOL_LINE = /^(?:[A-Z]{1,6})(?:\/[A-Z0-9.]+)*\/\d+(?:\/[A-Za-z0-9.]+)*(?:\s*[-–]\s*S\/\d{4}\/\d+)?$/;
/** Job number, optionally with "(E)" and a page counter on either side: `13-62018 (E)`, `14-20568 30/36`. */
const JOB_NUMBER_LINE = /^(?:\d{1,3}\/\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{1,3}\/\d{1,3})?$/;
/** A page counter alone: `30/36`, or a bare page number. */
const PAGE_COUNTER_LINE = /^(?:\d{1,3}\/\d{1,3}|\d{1,3})$/;
/** A bare URL line (the PDF converter writes link targets on their own line). */
const URL_LINE = /^https?:\/\/\S+$/;
/** Barcode-ish job number `*1362018*`. */
const BARCODE_LINE = /^\*\d{6,}\*$/;

export type FurnitureKind = 'symbol' | 'job-number' | 'page-counter' | 'url' | 'barcode' | 'running-title';

/** Classifies a trimmed line as page furniture, or returns null. */
export function furnitureKind(trimmed: string): FurnitureKind | null {
  if (trimmed === '') return null;
  if (URL_LINE.test(trimmed)) return 'url';
  if (JOB_NUMBER_LINE.test(trimmed)) return 'job-number';
  if (PAGE_COUNTER_LINE.test(trimmed)) return 'page-counter';
  if (BARCODE_LINE.test(trimmed)) return 'barcode';
  if (SYMBOL_LINE.test(trimmed) && /\d/.test(trimmed)) return 'symbol';
  return null;
}

/**
 * Inline cleaning of one line: links `[66/288](#)` → `66/288`, markdown escapes
 * `\(` → `(`, `**bold**` / `*italic*` markers, `^a` footnote markers and superscript
 * digits removed, non-breaking spaces to spaces. Tabs are kept (callers split cells
 * on them); runs of spaces are collapsed; the line is trimmed at the end only.
 */
const LINK_RE = /\[([^\]]*)\]\((?:#|https?:[^)\s]*)\)/g;
const EMPHASIS_RE = /(^|[\s(“"‘'])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:!?)”"’'])/g;

export function cleanInline(line: string): string {
  let s = line.replace(/\u00a0|\u2007|\u202f/g, ' ');
  s = s.replace(LINK_RE, '$1');
  s = s.replace(/\\([()$*_[\]#.\-+!])/g, '$1');
  s = s.replace(/\*\*/g, '');
  s = s.replace(EMPHASIS_RE, '$1$2');
  s = s.replace(/\^[a-z0-9]{1,2}\b/g, '');
  s = s.replace(/([.;:!?”"])\*+(?=\s|$)/g, '$1');
  s = s.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '');
  s = s.replace(/ {2,}/g, ' ');
  return s
    .replace(/[ ]+$/g, '')
    .replace(/[ ]+\t/g, '\t')
    .replace(/\t[ ]+/g, '\t');
}

/** Collapses all whitespace (including tabs and newlines) to single spaces and trims. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Prefixes whose line-end hyphen is a real hyphen (`high-` + `level` → `high-level`). */
export const HYPHEN_PREFIXES = [
  'high',
  'well',
  'non',
  'self',
  'co',
  'multi',
  'post',
  'pre',
  'inter',
  'cross',
  'long',
  'short',
  'follow',
  'un',
  'united nations',
  'anti',
  'semi',
  'sub',
  'mid',
  'low',
  'full',
  'half',
  'e',
  'cost',
  'large',
  'small',
  'medium',
  'top',
  'all',
  'open',
  'ex',
  'vice',
  'under',
  'over',
  'off',
];
/** Second parts that make a compound with a hyphen (`climate-` + `related`). */
export const HYPHEN_HEADS = [
  'related',
  'based',
  'building',
  'term',
  'level',
  'making',
  'led',
  'wide',
  'oriented',
  'effective',
  'sharing',
  'focused',
  'centred',
  'centered',
  'specific',
  'sensitive',
  'free',
  'up',
  'in',
  'off',
  'raising',
  'driven',
  'owned',
  'run',
  'bound',
  'affected',
  'like',
  'scale',
  'type',
];

/**
 * Decides how to join a line ending in `left-` with a line starting with `right`.
 * Returns the joined word.
 *
 * Rule, in order:
 *  1. the hyphenated form `left-right` occurs elsewhere in the document → keep the hyphen;
 *  2. the joined form `leftright` occurs elsewhere in the document → join;
 *  3. the joined form is a word of English → join; both halves are words, or `left` is an acronym → keep;
 *  4. the prefix (last word of `left`, or the last two words: 'United Nations') is one of {@link HYPHEN_PREFIXES} → keep;
 *  5. `right` starts with a capital (`Secretary-` + `General`, `UN-` + `Women`) or a digit → keep;
 *  6. `right` is one of {@link HYPHEN_HEADS} → keep;
 *  7. otherwise join (`cyber-` + `environment` → `cyberenvironment`).
 * `vocabulary` is the lower-cased text of the whole document (see {@link buildVocabulary}).
 */
export function joinHyphenated(left: string, right: string, vocabulary?: Vocabulary, precedingWord = ''): string {
  const prefix = left.match(/([\p{L}\p{N}]+)$/u)?.[1] ?? left;
  const head = right.match(/^([\p{L}\p{N}]+)/u)?.[1] ?? right;
  const hyphenated = `${prefix}-${head}`.toLowerCase();
  const joined = `${prefix}${head}`.toLowerCase();
  const keep = `${left}-${right}`;
  const join = `${left}${right}`;
  if (vocabulary) {
    const [asCompound, asWord] = [vocabulary.hyphenated.has(hyphenated), vocabulary.words.has(joined)];
    // A document that prints both spellings: the one it prints more often.
    if (asCompound && asWord && vocabulary.counts) {
      return (vocabulary.counts.get(joined) ?? 0) > (vocabulary.counts.get(hyphenated) ?? 0) ? join : keep;
    }
    if (asCompound) return keep;
    if (asWord) return join;
  }
  // Neither form printed elsewhere. A hyphenating prefix before a word stays ("co-led", "pre-eminent");
  // a wrapped word is a word of English once joined; a compound joins two words ("growth-centric",
  // "twenty-fifth") or hangs on an acronym ("ICT-supported").
  const lowerPrefix = prefix.toLowerCase();
  const hyphenating = HYPHEN_PREFIXES.includes(lowerPrefix) && !CLOSED_PREFIXES.includes(lowerPrefix);
  if (hyphenating && head.length >= 3 && isEnglishWord(head)) return keep;
  if (isEnglishWord(joined)) return join;
  if (/^\p{Lu}{2,}$/u.test(prefix) || isCompoundOfWords(prefix, head)) return keep;
  const lowerLeft = `${precedingWord} ${left}`.trim().toLowerCase();
  if (HYPHEN_PREFIXES.some((p) => lowerLeft === p || lowerLeft.endsWith(` ${p}`) || prefix.toLowerCase() === p)) return keep;
  if (/^[\p{Lu}\p{N}]/u.test(head)) return keep;
  if (HYPHEN_HEADS.includes(head.toLowerCase())) return keep;
  return join;
}

/** Prefixes UN style closes up ("cyberenvironment", "multisectoral"): never read as the first word of a compound. */
const CLOSED_PREFIXES = [
  'cyber',
  'micro',
  'macro',
  'multi',
  'inter',
  'intra',
  'counter',
  'sub',
  'super',
  'trans',
  'over',
  'under',
  'socio',
  'bio',
  'eco',
  'geo',
  'tele',
];

/** Word endings that are words too ("sustain-" + "ably", "interlink-" + "ages"): a wrapped word, not a compound. */
const SUFFIX_HEADS = ['ably', 'ibly', 'ally', 'ment', 'ments', 'ness', 'tion', 'tions', 'sion', 'sions', 'ages', 'ship', 'ings', 'ingly'];

/** Two words of English joined by a hyphen ("growth-centric", "two-page"); a plural first word is rarely attributive. */
function isCompoundOfWords(prefix: string, head: string): boolean {
  const p = prefix.toLowerCase();
  if (p.length < 2 || head.length < 3 || CLOSED_PREFIXES.some((c) => p.startsWith(c)) || /[^s]s$/.test(p)) return false;
  if (SUFFIX_HEADS.includes(head.toLowerCase())) return false;
  return isEnglishWord(p) && isEnglishWord(head);
}

export interface Vocabulary {
  /** Lower-cased hyphenated compounds that occur inside lines (not at a line end). */
  hyphenated: Set<string>;
  /** Lower-cased words. */
  words: Set<string>;
  /** How often each word and each compound occurs. */
  counts?: Map<string, number>;
}

/** Collects the words and in-line hyphenated compounds of a text (used by {@link joinHyphenated}). */
export function buildVocabulary(lines: readonly string[]): Vocabulary {
  const hyphenated = new Set<string>();
  const words = new Set<string>();
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const l of lines) {
    for (const m of l.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
      const parts = m[0].toLowerCase().split('-');
      for (let i = 0; i + 1 < parts.length; i++) {
        hyphenated.add(`${parts[i]}-${parts[i + 1]}`);
        count(`${parts[i]}-${parts[i + 1]}`);
      }
    }
    for (const m of l.matchAll(/[\p{L}\p{N}]+/gu)) {
      words.add(m[0].toLowerCase());
      count(m[0].toLowerCase());
    }
  }
  return { hyphenated, words, counts };
}

/**
 * Joins wrapped lines into one string: whitespace normalized, and a line ending in a
 * hyphen directly after a letter is joined with the next line by {@link joinHyphenated}.
 */
export function joinLines(lines: readonly string[], vocabulary?: Vocabulary): string {
  let out = '';
  for (const raw of lines) {
    const line = normalizeWhitespace(raw);
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    const m = out.match(/^(.*?)([\p{L}\p{N}]+)-$/u);
    if (m && /^[\p{L}\p{N}]/u.test(line) && !/\s-$/.test(out)) {
      const before = m[1] ?? '';
      const word = m[2] ?? '';
      const nextWord = line.match(/^([\p{L}\p{N}]+)(.*)$/u);
      const precedingWord = before.match(/([\p{L}\p{N}]+)\s+$/u)?.[1] ?? '';
      const joinedWord = joinHyphenated(word, nextWord?.[1] ?? line, vocabulary, precedingWord);
      out = before + joinedWord + (nextWord?.[2] ?? '');
    } else {
      out = `${out} ${line}`;
    }
  }
  // Emphasis and links opened on one line and closed on another: stripped once the lines are one.
  return lines.length > 1 ? out.replace(LINK_RE, '$1').replace(EMPHASIS_RE, '$1$2') : out;
}

/** Full-text convenience: cleans a whole text (furniture dropped, inline cleaned) and joins it into paragraphs split on blank lines. */
export function cleanText(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).map((l) => cleanInline(l));
  const vocab = buildVocabulary(lines);
  const blocks: string[][] = [[]];
  for (const l of lines) {
    const t = l.trim();
    if (furnitureKind(t)) continue;
    if (t === '') {
      if ((blocks[blocks.length - 1] ?? []).length) blocks.push([]);
      continue;
    }
    blocks[blocks.length - 1]!.push(t);
  }
  return blocks.filter((b) => b.length).map((b) => joinLines(b, vocab));
}

/** The one slug (@igc/identity), cut at 80 characters for document ids: `CEB/2013/6` → `ceb-2013-6`. */
export function slugify(s: string, maxLength = 80): string {
  return identitySlug(s, maxLength);
}

/** True when the (trimmed) text ends a sentence: `.`, `;`, `:`, `!`, `?`, possibly followed by a closing quote or bracket. */
export function endsTerminal(text: string): boolean {
  return /[.;:!?]["”’')\]]*$/.test(text.trim()) || /[.!?]["”’'][)\]]?$/.test(text.trim());
}
