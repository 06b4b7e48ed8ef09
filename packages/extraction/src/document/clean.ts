import { slugify as identitySlug } from '@igc/identity';
import { isEnglishWord } from './dictionary.js';
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

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
export const MONTH_NAMES = Object.keys(MONTHS);
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December)';

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null;
}

/** Parses one date written `11 November 2013`, `November 11, 2013` or `May 7, 2015` (whole string). */
export function parseDate(s: string): string | null {
  const t = s.trim().replace(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+/i, '');
  let m = t.match(new RegExp(`^(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})$`, 'i'));
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
  m = t.match(new RegExp(`^${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i'));
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  return null;
}

export interface DateRange {
  start: string;
  end: string;
  text: string;
  index: number;
}

/**
 * Finds date expressions and ranges in running text:
 * `17 and 18 October 2013`, `from 9 to 13 May 2011`, `1 to 4 September 2014`,
 * `Thursday, 8 and Friday, 9 May 2014`, `23 September 2014`, `May 7, 2015`, `10 and 11 October` (year given by `defaultYear`).
 */
export function findDateRanges(text: string, defaultYear?: number): DateRange[] {
  const out: DateRange[] = [];
  const day = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(\\d{1,2})';
  const re = new RegExp(
    `${day}(?:\\s*(?:and|to|-|–)\\s*${day})?\\s+${MONTH_RE}(?:\\s+(\\d{4}))?|${MONTH_RE}\\s+(\\d{1,2}),\\s+(\\d{4})`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    if (m[3]) {
      const year = m[4] ? Number(m[4]) : defaultYear;
      if (!year) continue;
      const month = monthNumber(m[3])!;
      const start = isoDate(year, month, Number(m[1]));
      const end = isoDate(year, month, Number(m[2] ?? m[1]));
      if (start && end) out.push({ start, end, text: m[0], index: m.index ?? 0 });
    } else if (m[5]) {
      const d = isoDate(Number(m[7]), monthNumber(m[5])!, Number(m[6]));
      if (d) out.push({ start: d, end: d, text: m[0], index: m.index ?? 0 });
    }
  }
  return out;
}

const UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const TENS_ORD: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNIT_WORDS = Object.keys(UNITS).slice(0, 9);

/** Regex source matching an ordinal word ('second', 'twenty-sixth', 'seventy-fifth', '26th'). */
const COMPOUND_ORDINAL = `(?:${Object.keys(TENS).join('|')})[-\\s](?:${UNIT_WORDS.join('|')})`;
const WORD_ORDINAL = `${Object.keys(TENS_ORD).join('|')}|${Object.keys(UNITS).join('|')}`;
export const ORDINAL_RE = `(?:${COMPOUND_ORDINAL}|${WORD_ORDINAL}|\\d{1,3}(?:st|nd|rd|th))`;

/** 'twenty-sixth' → 26, 'seventy-fifth' → 75, 'second' → 2, '26th' → 26; null when not an ordinal. */
export function ordinalToNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  const digits = w.match(/^(\d{1,3})(?:st|nd|rd|th)$/);
  if (digits) return Number(digits[1]);
  if (UNITS[w] !== undefined) return UNITS[w]!;
  if (TENS_ORD[w] !== undefined) return TENS_ORD[w]!;
  const m = w.match(/^([a-z]+)[-\s]([a-z]+)$/);
  if (m && TENS[m[1]!] !== undefined && UNITS[m[2]!] !== undefined && UNITS[m[2]!]! < 10) {
    return TENS[m[1]!]! + UNITS[m[2]!]!;
  }
  return null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** 'IV' → 4; null when not a roman numeral. */
export function romanToNumber(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The one slug (@igc/identity), cut at 80 characters for document ids: `CEB/2013/6` → `ceb-2013-6`. */
export function slugify(s: string, maxLength = 80): string {
  return identitySlug(s, maxLength);
}

/** True when the (trimmed) text ends a sentence: `.`, `;`, `:`, `!`, `?`, possibly followed by a closing quote or bracket. */
export function endsTerminal(text: string): boolean {
  return /[.;:!?]["”’')\]]*$/.test(text.trim()) || /[.!?]["”’'][)\]]?$/.test(text.trim());
}
