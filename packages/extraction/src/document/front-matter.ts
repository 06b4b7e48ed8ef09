import type { DocumentKind } from '../model.js';
import { normalizeWhitespace, parseDate, SYMBOL_LINE } from './clean.js';
import { startsLower } from './tokens.js';
import type { SourceLine } from './types.js';

/** What the cover page says: the title and the kind it implies, the date and the symbol. */
export interface FrontInfo {
  title: string | null;
  titleLine: number;
  kind: DocumentKind;
  date: string | null;
  symbol: string | null;
}

const COVER_LINE = /^(Distr\.|Original:|English only|Limited|General$|Restricted|Provisional|Chief Executives Board|United Nations$)/i;

export function analyseFrontMatter(fm: SourceLine[]): FrontInfo {
  let date: string | null = null;
  let symbol: string | null = null;
  for (const l of fm) {
    const d = parseDate(l.text.replace(/^Distr\.:\s*\w+\s*/, ''));
    if (d && !date) date = d;
    if (!symbol && SYMBOL_LINE.test(l.text) && /\d/.test(l.text)) symbol = l.text;
  }
  const texts = fm.map((l) => l.text);
  const joinTitle = (i: number): string => {
    let t = texts[i]!;
    let j = i + 1;
    while (j < texts.length && !/[.:;]$/.test(t) && startsLower(texts[j]!) && fm[j]!.line === fm[j - 1]!.line + 1) {
      t = `${t} ${texts[j]}`;
      j++;
    }
    return normalizeWhitespace(t);
  };
  let i = texts.findIndex((t) => /^Report of the Secretary-General$/i.test(t));
  if (i > 0) return { title: joinTitle(i - 1), titleLine: fm[i - 1]!.line, kind: 'REPORT', date, symbol };
  // "Report of the … on its … session", or a body's report however the title words it ("…: report on its … session").
  i = texts.findIndex((t) => /^Report of\b/i.test(t));
  if (i < 0) i = texts.findIndex((t) => /^[A-Z][\w\s-]+:\s+report (?:on|of) (?:its|the)\b/i.test(t));
  if (i >= 0) return { title: joinTitle(i), titleLine: fm[i]!.line, kind: 'REPORT', date, symbol };
  i = texts.findIndex((t) => /^Summary of conclusions\b/i.test(t));
  if (i >= 0) return { title: joinTitle(i), titleLine: fm[i]!.line, kind: 'SUMMARY_OF_CONCLUSIONS', date, symbol };
  i = texts.findIndex((t) => /\bMeeting Summary$/i.test(t) || /^(Summary|Record) of (the )?(meeting|consultation|discussion)/i.test(t));
  if (i >= 0) {
    const t = joinTitle(i).replace(/[\s:–-]*Meeting Summary$/i, '');
    return { title: t || joinTitle(i), titleLine: fm[i]!.line, kind: 'MEETING_SUMMARY', date, symbol };
  }
  i = texts.findIndex(
    (t) =>
      !COVER_LINE.test(t) &&
      !parseDate(t) &&
      !(SYMBOL_LINE.test(t) && /\d/.test(t)) &&
      /\p{L}{3,}(\s+\p{L}+){1,}/u.test(t) &&
      !/[{}<>=|]/.test(t) &&
      t.split(',').length < 4,
  );
  if (i >= 0) return { title: joinTitle(i), titleLine: fm[i]!.line, kind: 'OTHER', date, symbol };
  return { title: null, titleLine: fm[0]?.line ?? 1, kind: 'OTHER', date, symbol };
}
