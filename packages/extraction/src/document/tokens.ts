import { endsTerminal, normalizeWhitespace, romanToNumber } from './clean.js';

/** The parser's first pass: source lines classified, then read as tokens (headings, paragraph starts, points, rows, text). */

export type Role = 'blank' | 'furniture' | 'footnote' | 'content';

export interface LineInfo {
  line: number;
  raw: string;
  /** cleaned, tabs kept, trimmed */
  text: string;
  indent: number;
  role: Role;
  /** Tab-separated cells when the line has tabs (leading empty cell kept), else null. */
  cells: string[] | null;
}

export const ANNEX_RE = /^Annex\s+([IVXL]{1,5}|[A-Z]|\d{1,2})$/;
export const ROMAN_RE = /^([IVXL]{1,5})\.\s+(\S.*)$/;
export const LETTER_RE = /^([A-Z])\.\s+([\p{Lu}\d“"‘'].*)$/u;
export const PARA_RE = /^(\d{1,3})\.\s+(\S.*)$/;
export const POINT_RE = /^(?:[-–•]\s*)?\(([a-z]{1,2})\)\s+([“"‘'(]?[\p{Lu}\d].*)$/u;
export const BULLET_RE = /^[-–•]\s+(\S.*)$/;
export const DATE_ONLY_RE = /^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$/;

export type Token =
  | { t: 'annex'; label: string; li: LineInfo }
  | { t: 'roman' | 'letter'; label: string; text: string; li: LineInfo; endLine: number }
  | { t: 'plain'; text: string; li: LineInfo; endLine: number }
  | { t: 'para'; n: number; text: string; li: LineInfo }
  | { t: 'point'; label: string; text: string; li: LineInfo }
  | { t: 'bullet'; text: string; li: LineInfo }
  | { t: 'row'; cells: string[]; li: LineInfo }
  | { t: 'text'; text: string; li: LineInfo }
  | { t: 'blank'; pageBreak: boolean };

export function isStructural(text: string): boolean {
  return (
    ANNEX_RE.test(text) ||
    ROMAN_RE.test(text) ||
    PARA_RE.test(text) ||
    POINT_RE.test(text) ||
    BULLET_RE.test(text) ||
    (LETTER_RE.test(text) && !/\.$/.test(text))
  );
}

export function startsLower(text: string): boolean {
  return /^[\p{Ll}]/u.test(text) || /^\d+\s+\p{Ll}/u.test(text);
}

export function startsUpper(text: string): boolean {
  return /^[“"‘'(]?[\p{Lu}\d]/u.test(text);
}

/** Turns body lines into tokens: headings (with wrapped continuation joined), paragraph starts, points, bullets, table rows, text. */
export function tokenize(body: LineInfo[]): Token[] {
  const tokens: Token[] = [];
  let prevContent: { text: string; heading: boolean } | null = null;
  let blankBefore = true;
  let lastRoman = 0;
  let lastLetter = 0;
  for (let i = 0; i < body.length; i++) {
    const li = body[i]!;
    if (li.role !== 'content') {
      const pageBreak = li.role === 'furniture' || li.role === 'footnote';
      const last = tokens[tokens.length - 1];
      if (last?.t === 'blank') last.pageBreak ||= pageBreak;
      else tokens.push({ t: 'blank', pageBreak });
      blankBefore = true;
      continue;
    }
    const t = li.text;
    const nextIsBreak = (j: number) => j >= body.length || body[j]!.role !== 'content' || isStructural(body[j]!.text);
    /** Collects wrapped continuation lines of a heading starting at line i. */
    const collectRun = (first: string): { text: string; end: number } => {
      let text = first;
      let j = i + 1;
      while (
        j < body.length &&
        body[j]!.role === 'content' &&
        !isStructural(body[j]!.text) &&
        !body[j]!.cells &&
        !endsTerminal(text) &&
        !/[.;]$/.test(body[j]!.text) &&
        (startsLower(body[j]!.text) || body[j]!.text.length < 60) &&
        j - i < 4
      ) {
        text = `${text} ${body[j]!.text}`;
        j++;
      }
      return { text: normalizeWhitespace(text), end: j - 1 };
    };
    let m: RegExpMatchArray | null;
    if ((m = t.match(ANNEX_RE))) {
      tokens.push({ t: 'annex', label: m[1]!, li });
      prevContent = { text: t, heading: true };
      blankBefore = false;
      lastRoman = 0;
      lastLetter = 0;
      continue;
    }
    const romanM = t.match(ROMAN_RE);
    const letterM = !/[.;]$/.test(t) ? t.match(LETTER_RE) : null;
    let useRoman = !!romanM && startsUpper(romanM[2]!);
    if (romanM && letterM) {
      const r = romanToNumber(romanM[1]!) ?? 0;
      const letterIdx = letterM[1]!.charCodeAt(0) - 64;
      if (r !== lastRoman + 1 && letterIdx === lastLetter + 1) useRoman = false;
    }
    if (useRoman && romanM) {
      const run = collectRun(romanM[2]!);
      tokens.push({ t: 'roman', label: romanM[1]!, text: run.text, li, endLine: body[run.end]!.line });
      lastRoman = romanToNumber(romanM[1]!) ?? lastRoman;
      lastLetter = 0;
      i = run.end;
      prevContent = { text: run.text, heading: true };
      blankBefore = false;
      continue;
    }
    if (letterM) {
      const run = collectRun(letterM[2]!);
      tokens.push({ t: 'letter', label: letterM[1]!, text: run.text, li, endLine: body[run.end]!.line });
      lastLetter = letterM[1]!.charCodeAt(0) - 64;
      i = run.end;
      prevContent = { text: run.text, heading: true };
      blankBefore = false;
      continue;
    }
    if ((m = t.match(PARA_RE))) {
      tokens.push({ t: 'para', n: Number(m[1]), text: m[2]!, li });
    } else if ((m = t.match(POINT_RE))) {
      tokens.push({ t: 'point', label: m[1]!, text: m[2]!, li });
    } else if ((m = t.match(BULLET_RE))) {
      tokens.push({ t: 'bullet', text: m[1]!, li });
    } else if (li.cells) {
      tokens.push({ t: 'row', cells: li.cells, li });
      prevContent = { text: t, heading: true };
      blankBefore = false;
      continue;
    } else {
      // Plain (unnumbered) heading?
      const prevOk = prevContent === null || prevContent.heading || (endsTerminal(prevContent.text) && (blankBefore || li.indent > 0));
      if (
        prevOk &&
        t.length <= 200 &&
        startsUpper(t) &&
        !endsTerminal(t) &&
        !/[,\-–]$/.test(t) &&
        !/[a-z][.?!]\s+\p{Lu}/u.test(t) &&
        t.split(/\s+/).length <= 30
      ) {
        const run = collectRun(t);
        const runLines = body.slice(i, run.end + 1);
        // A line whose text goes on in lower case after a blank or a page break is half a paragraph, not a heading.
        const nextContent = body.slice(run.end + 1).find((l) => l.role === 'content');
        const continued = !!nextContent && startsLower(nextContent.text);
        if (nextIsBreak(run.end + 1) && !continued && !runLines.some((l) => DATE_ONLY_RE.test(l.text)) && run.text.length <= 250) {
          tokens.push({ t: 'plain', text: run.text, li, endLine: body[run.end]!.line });
          i = run.end;
          prevContent = { text: run.text, heading: true };
          blankBefore = false;
          continue;
        }
      }
      tokens.push({ t: 'text', text: t, li });
    }
    prevContent = { text: t, heading: false };
    blankBefore = false;
  }
  return tokens;
}
