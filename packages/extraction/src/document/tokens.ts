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
  return new BodyTokenizer(body).run();
}

/** The end of a line or of a structural element: a line that is not content, or one that starts something. */
function isBreakAt(body: readonly LineInfo[], j: number): boolean {
  return j >= body.length || body[j]!.role !== 'content' || isStructural(body[j]!.text);
}

/** Collects wrapped continuation lines (at most three) of a heading starting at line i; `end` is the last line taken. */
function collectRun(body: readonly LineInfo[], i: number, first: string): { text: string; end: number } {
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
}

/** A paragraph start, a point or a bullet: tokens of one line that need no context. */
function markedLineToken(li: LineInfo): Token | null {
  const t = li.text;
  const para = t.match(PARA_RE);
  if (para) return { t: 'para', n: Number(para[1]), text: para[2]!, li };
  const point = t.match(POINT_RE);
  if (point) return { t: 'point', label: point[1]!, text: point[2]!, li };
  const bullet = t.match(BULLET_RE);
  if (bullet) return { t: 'bullet', text: bullet[1]!, li };
  return null;
}

/** Short, capitalized, unpunctuated, one sentence at most: the shape of an unnumbered heading's first line. */
function hasPlainHeadingShape(t: string): boolean {
  return (
    t.length <= 200 &&
    startsUpper(t) &&
    !endsTerminal(t) &&
    !/[,\-–]$/.test(t) &&
    !/[a-z][.?!]\s+\p{Lu}/u.test(t) &&
    t.split(/\s+/).length <= 30
  );
}

class BodyTokenizer {
  private readonly tokens: Token[] = [];
  /** The last content read (a heading run or a line), and whether it was a heading. */
  private prevContent: { text: string; heading: boolean } | null = null;
  private blankBefore = true;
  /** The last roman and letter heading numbers: they tell roman "I." (one) from letter "I." (ninth) in a sequence. */
  private lastRoman = 0;
  private lastLetter = 0;

  constructor(private readonly body: LineInfo[]) {}

  run(): Token[] {
    let i = 0;
    while (i < this.body.length) i = this.readLine(i) + 1;
    return this.tokens;
  }

  /** Reads the line at `i` (and the lines a heading wraps to); returns the last line read. */
  private readLine(i: number): number {
    const li = this.body[i]!;
    if (li.role !== 'content') {
      this.readBreak(li);
      return i;
    }
    const annex = li.text.match(ANNEX_RE);
    if (annex) {
      this.tokens.push({ t: 'annex', label: annex[1]!, li });
      this.afterContent(li.text, true);
      this.lastRoman = 0;
      this.lastLetter = 0;
      return i;
    }
    return this.readNumberedHeading(i) ?? this.readUnnumberedLine(i);
  }

  /** Blank lines, running furniture and footnotes: one blank token for a run of them, a page break if any was not blank. */
  private readBreak(li: LineInfo): void {
    const pageBreak = li.role === 'furniture' || li.role === 'footnote';
    const last = this.tokens[this.tokens.length - 1];
    if (last?.t === 'blank') last.pageBreak ||= pageBreak;
    else this.tokens.push({ t: 'blank', pageBreak });
    this.blankBefore = true;
  }

  /** "IV. Title" or "B. Title"; returns the last line of the heading, or null when the line is neither. */
  private readNumberedHeading(i: number): number | null {
    const t = this.body[i]!.text;
    const romanM = t.match(ROMAN_RE);
    const letterM = !/[.;]$/.test(t) ? t.match(LETTER_RE) : null;
    if (romanM && this.isRomanHeading(romanM, letterM)) {
      const end = this.pushHeadingRun('roman', romanM[1]!, romanM[2]!, i);
      this.lastRoman = romanToNumber(romanM[1]!) ?? this.lastRoman;
      this.lastLetter = 0;
      return end;
    }
    if (letterM) {
      const end = this.pushHeadingRun('letter', letterM[1]!, letterM[2]!, i);
      this.lastLetter = letterM[1]!.charCodeAt(0) - 64;
      return end;
    }
    return null;
  }

  /** "I. ", "V. ", "X. " may be letters: a letter when it continues the letter sequence and not the roman one. */
  private isRomanHeading(romanM: RegExpMatchArray, letterM: RegExpMatchArray | null): boolean {
    if (!startsUpper(romanM[2]!)) return false;
    if (!letterM) return true;
    const r = romanToNumber(romanM[1]!) ?? 0;
    const letterIdx = letterM[1]!.charCodeAt(0) - 64;
    return !(r !== this.lastRoman + 1 && letterIdx === this.lastLetter + 1);
  }

  private pushHeadingRun(t: 'roman' | 'letter', label: string, first: string, i: number): number {
    const run = collectRun(this.body, i, first);
    this.tokens.push({ t, label, text: run.text, li: this.body[i]!, endLine: this.body[run.end]!.line });
    this.afterContent(run.text, true);
    return run.end;
  }

  /** A paragraph start, point, bullet, table row, unnumbered heading or text; returns the last line read. */
  private readUnnumberedLine(i: number): number {
    const li = this.body[i]!;
    const marked = markedLineToken(li);
    if (marked) this.tokens.push(marked);
    else if (li.cells) {
      this.tokens.push({ t: 'row', cells: li.cells, li });
      this.afterContent(li.text, true);
      return i;
    } else {
      const headingEnd = this.readPlainHeading(i);
      if (headingEnd !== null) return headingEnd;
      this.tokens.push({ t: 'text', text: li.text, li });
    }
    this.afterContent(li.text, false);
    return i;
  }

  /** An unnumbered heading starting at line i; returns its last line, or null when the line starts none. */
  private readPlainHeading(i: number): number | null {
    const li = this.body[i]!;
    if (!this.mayStartPlainHeading(li) || !hasPlainHeadingShape(li.text)) return null;
    const run = collectRun(this.body, i, li.text);
    if (!this.endsPlainHeading(i, run)) return null;
    this.tokens.push({ t: 'plain', text: run.text, li, endLine: this.body[run.end]!.line });
    this.afterContent(run.text, true);
    return run.end;
  }

  /** A heading follows a heading, the start, or a finished sentence after a blank or with an indent. */
  private mayStartPlainHeading(li: LineInfo): boolean {
    const prev = this.prevContent;
    return prev === null || prev.heading || (endsTerminal(prev.text) && (this.blankBefore || li.indent > 0));
  }

  /**
   * The run is a heading when a break follows it, no date line is in it and it is not too long.
   * A line whose text goes on in lower case after a blank or a page break is half a paragraph, not a heading.
   */
  private endsPlainHeading(i: number, run: { text: string; end: number }): boolean {
    const runLines = this.body.slice(i, run.end + 1);
    const nextContent = this.body.slice(run.end + 1).find((l) => l.role === 'content');
    const continued = !!nextContent && startsLower(nextContent.text);
    return isBreakAt(this.body, run.end + 1) && !continued && !runLines.some((l) => DATE_ONLY_RE.test(l.text)) && run.text.length <= 250;
  }

  private afterContent(text: string, heading: boolean): void {
    this.prevContent = { text, heading };
    this.blankBefore = false;
  }
}
