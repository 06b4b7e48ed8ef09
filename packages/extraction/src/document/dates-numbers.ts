/** Dates, ordinal words and roman numerals as UN documents print them. */

/** Month names, lower case, to their number. */
export const MONTHS: Record<string, number> = {
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
