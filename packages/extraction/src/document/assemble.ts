import type { Unplaced } from '../model.js';
import { endsTerminal, joinLines, normalizeWhitespace, romanToNumber, type Vocabulary } from './clean.js';
import { startsLower, startsUpper, type LineInfo, type Token } from './tokens.js';
import type { ParsedAnnex, ParsedHeading, ParsedParagraph, Point } from './types.js';

/** A paragraph before it gets its ids (see parse.ts). */
export type DraftParagraph = Omit<ParsedParagraph, 'id' | 'localId' | 'position'>;

type TokenOf<T extends Token['t']> = Extract<Token, { t: T }>;

interface SectionEntry {
  kind: 'annex' | 'roman' | 'letter' | 'plain';
  label: string | null;
  pathText: string;
  eId: string;
}

interface Builder {
  number: number | null;
  line: number;
  endLine: number;
  sectionPath: string[];
  sectionEIds: string[];
  annex: string | null;
  intro: string[];
  points: { kind: Point['kind']; label: string; lines: string[]; line: number; parentLabel: string | null }[];
  cells: string[] | null;
  lastText: string;
  blankSince: boolean;
  /** Page furniture or a footnote block lies between the last appended line and now. */
  pageBreak: boolean;
  listRun: number | null;
}

export interface AssembledBody {
  paragraphs: DraftParagraph[];
  headings: ParsedHeading[];
  annexes: ParsedAnnex[];
}

/**
 * Assembles the body's tokens into paragraphs (with their points), headings and annexes.
 * Paragraph numbers out of sequence are kept as text and reported in `unplaced`.
 */
export function assembleBody(tokens: readonly Token[], vocab: Vocabulary, fileName: string, unplaced: Unplaced[]): AssembledBody {
  const assembler = new BodyAssembler(vocab, fileName, unplaced);
  for (const tok of tokens) assembler.take(tok);
  assembler.flush();
  return { paragraphs: assembler.paragraphs, headings: assembler.headings, annexes: assembler.annexes };
}

/** The state of the assembly, one method per kind of token. */
class BodyAssembler {
  readonly paragraphs: DraftParagraph[] = [];
  readonly headings: ParsedHeading[] = [];
  readonly annexes: ParsedAnnex[] = [];
  private stack: SectionEntry[] = [];
  private readonly plainCounters = new Map<string, number>();
  private current: Builder | null = null;
  private lastNumber = 0;
  private awaitingAnnexTitle: ParsedAnnex | null = null;
  /** Inside an annex titled "Agenda" or "…participants…": lines are list entries, not prose. */
  private listMode: 'agenda' | 'participants' | null = null;
  private blank = false;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly fileName: string,
    private readonly unplaced: Unplaced[],
  ) {}

  take(tok: Token): void {
    if (tok.t === 'blank') {
      this.blank = true;
      const c = this.current;
      if (c) {
        c.blankSince = true;
        if (tok.pageBreak) c.pageBreak = true;
      }
      return;
    }
    const wasBlank = this.blank;
    this.blank = false;
    const cur = this.current;
    // A heading-like line while the current paragraph is open mid-sentence is a continuation.
    if (tok.t === 'plain' && cur && !endsTerminal(cur.lastText)) {
      this.appendText(cur, tok.text, tok.li);
      return;
    }
    switch (tok.t) {
      case 'annex':
        this.takeAnnex(tok);
        break;
      case 'roman':
      case 'letter':
      case 'plain':
        this.takeHeading(tok);
        break;
      case 'para':
        this.takeNumbered(tok, cur);
        break;
      case 'point':
        this.awaitingAnnexTitle = null;
        this.addPoint(cur ?? this.open(null, tok.li, null), 'letter', tok.label, tok.text, tok.li);
        break;
      case 'bullet':
        this.awaitingAnnexTitle = null;
        this.addPoint(cur ?? this.open(null, tok.li, null), 'bullet', '•', tok.text, tok.li);
        break;
      case 'row': {
        this.awaitingAnnexTitle = null;
        const b = this.open(null, tok.li, tok.cells.filter(Boolean).join(' '));
        b.cells = tok.cells;
        this.flush();
        break;
      }
      case 'text':
        this.takeText(tok, cur, wasBlank);
        break;
    }
  }

  flush(): void {
    if (this.current) this.paragraphs.push(this.render(this.current));
    this.current = null;
  }

  private takeAnnex(tok: TokenOf<'annex'>): void {
    this.flush();
    const n = romanToNumber(tok.label);
    const eId = `annex_${n ?? tok.label.toLowerCase()}`;
    this.stack = [];
    const annex: ParsedAnnex = { label: `Annex ${tok.label}`, eId, title: null, line: tok.li.line };
    this.annexes.push(annex);
    this.pushHeading({ kind: 'annex', label: tok.label, pathText: annex.label, eId }, tok.li, annex.label);
    this.awaitingAnnexTitle = annex;
    this.listMode = null;
    this.lastNumber = 0;
  }

  private takeHeading(tok: TokenOf<'roman' | 'letter' | 'plain'>): void {
    if (tok.t === 'plain' && this.listMode === 'participants') {
      // In a list of participants a short line is an entry, not a heading.
      const b = this.open(null, tok.li, tok.text);
      b.endLine = tok.endLine;
      this.flush();
      return;
    }
    this.flush();
    if (tok.t === 'plain' && this.awaitingAnnexTitle) {
      this.awaitingAnnexTitle.title = tok.text;
      if (/^agenda$/i.test(tok.text)) this.listMode = 'agenda';
      else if (/participants/i.test(tok.text)) this.listMode = 'participants';
      this.awaitingAnnexTitle = null;
      return;
    }
    this.awaitingAnnexTitle = null;
    if (tok.t === 'roman') {
      this.stack = this.stack.filter((s) => s.kind === 'annex');
      const eId = `sec_${romanToNumber(tok.label)}`;
      this.pushHeading({ kind: 'roman', label: tok.label, pathText: `${tok.label}. ${tok.text}`, eId }, tok.li, tok.text);
    } else if (tok.t === 'letter') {
      this.stack = this.stack.filter((s) => s.kind === 'annex' || s.kind === 'roman');
      const eId = `subsec_${tok.label.toLowerCase()}`;
      this.pushHeading({ kind: 'letter', label: tok.label, pathText: `${tok.label}. ${tok.text}`, eId }, tok.li, tok.text);
    } else {
      this.stack = this.stack.filter((s) => s.kind !== 'plain');
      const key = this.eIds().join('/');
      const k = (this.plainCounters.get(key) ?? 0) + 1;
      this.plainCounters.set(key, k);
      this.pushHeading({ kind: 'plain', label: null, pathText: tok.text, eId: `hcontainer_${k}` }, tok.li, tok.text);
    }
  }

  /** A numbered line: an agenda entry, an item of a numbered list inside a paragraph, or the next paragraph. */
  private takeNumbered(tok: TokenOf<'para'>, cur: Builder | null): void {
    this.awaitingAnnexTitle = null;
    if (this.listMode === 'agenda') {
      this.addPoint(cur ?? this.open(null, tok.li, null), 'number', String(tok.n), tok.text, tok.li);
      return;
    }
    if (cur && cur.listRun !== null && tok.n === cur.listRun + 1) {
      cur.listRun = tok.n;
      this.addPoint(cur, 'number', String(tok.n), tok.text, tok.li);
      return;
    }
    // "…as follows:" then "1." while paragraph 1 is long past: a list starts inside the paragraph.
    if (cur && tok.n === 1 && this.lastNumber + 1 !== 1 && /:$/.test(cur.lastText)) {
      cur.listRun = 1;
      this.addPoint(cur, 'number', '1', tok.text, tok.li);
      return;
    }
    if (tok.n === this.lastNumber + 1) {
      this.lastNumber = tok.n;
      this.open(tok.n, tok.li, tok.text);
      return;
    }
    const expected = this.lastNumber + 1;
    if (tok.n > expected && tok.n <= this.lastNumber + 5) {
      // A small gap is a missing paragraph: keep numbering from the one found.
      this.report(tok.li, `paragraph number gap: expected ${expected}, found ${tok.n}`);
      this.lastNumber = tok.n;
      this.open(tok.n, tok.li, tok.text);
      return;
    }
    this.report(tok.li, `numbered line out of sequence (expected paragraph ${expected}); kept as text`);
    if (cur) this.appendText(cur, tok.li.text, tok.li);
    else this.open(null, tok.li, tok.li.text);
  }

  private takeText(tok: TokenOf<'text'>, cur: Builder | null, wasBlank: boolean): void {
    if (this.awaitingAnnexTitle && !cur) {
      // Text directly under an annex label that did not look like a heading.
      this.awaitingAnnexTitle = null;
    }
    if (this.listMode === 'participants') {
      if (cur && !wasBlank && !cur.cells) this.appendText(cur, tok.text, tok.li);
      else this.open(null, tok.li, tok.text);
      return;
    }
    // Each agenda item ends with its own punctuation: a capitalized line after an ended item is not
    // part of its title (extractAgenda reports it) however the lines are spaced.
    if (this.listMode === 'agenda' && cur?.points.length && endsTerminal(cur.lastText) && startsUpper(tok.text)) {
      this.open(null, tok.li, tok.text);
      return;
    }
    if (cur && !cur.cells && this.continues(cur, tok)) {
      this.appendText(cur, tok.text, tok.li);
      return;
    }
    this.open(null, tok.li, tok.text);
  }

  /** Whether a line of text continues the open paragraph rather than starting a new one. */
  private continues(cur: Builder, tok: TokenOf<'text'>): boolean {
    return (
      !endsTerminal(cur.lastText) ||
      startsLower(tok.text) ||
      // a numbered paragraph (or its points) running over a page break
      (cur.pageBreak && (cur.number !== null || cur.points.length > 0) && tok.li.indent === 0) ||
      (!cur.blankSince && !(tok.li.indent > 0 && startsUpper(tok.text) && endsTerminal(cur.lastText)))
    );
  }

  private report(li: LineInfo, reason: string): void {
    this.unplaced.push({ fileName: this.fileName, line: li.line, text: li.text, reason });
  }

  private path(): string[] {
    return this.stack.map((s) => s.pathText);
  }

  private eIds(): string[] {
    return this.stack.map((s) => s.eId);
  }

  private render(b: Builder): DraftParagraph {
    const intro = joinLines(b.intro, this.vocab);
    const points: Point[] = b.points.map((p) => ({
      kind: p.kind,
      label: p.label,
      text: joinLines(p.lines, this.vocab),
      line: p.line,
      parentLabel: p.parentLabel,
      id: '',
    }));
    const parts = [intro, ...points.map(pointText)];
    return {
      number: b.number,
      sectionPath: b.sectionPath,
      text: normalizeWhitespace(parts.filter(Boolean).join(' ')),
      line: b.line,
      endLine: b.endLine,
      agendaItemId: null,
      organizationIds: [],
      personIds: [],
      frameworkIds: [],
      sessionIds: [],
      intro,
      points,
      cells: b.cells,
      annex: b.annex,
      sectionEIds: b.sectionEIds,
    };
  }

  private open(number: number | null, li: LineInfo, first: string | null): Builder {
    this.flush();
    const b: Builder = {
      number,
      line: li.line,
      endLine: li.line,
      sectionPath: this.path(),
      sectionEIds: this.eIds(),
      annex: this.stack[0]?.kind === 'annex' ? this.stack[0].pathText : null,
      intro: first === null ? [] : [first],
      points: [],
      cells: null,
      lastText: first ?? '',
      blankSince: false,
      pageBreak: false,
      listRun: null,
    };
    this.current = b;
    return b;
  }

  private appendText(b: Builder, text: string, li: LineInfo): void {
    const lastPoint = b.points[b.points.length - 1];
    if (lastPoint) lastPoint.lines.push(text);
    else b.intro.push(text);
    touch(b, text, li);
  }

  private addPoint(b: Builder, kind: Point['kind'], label: string, text: string, li: LineInfo): void {
    let parentLabel: string | null = null;
    if (kind === 'letter') {
      // A lettered point belongs to the numbered point above it, if any.
      for (let k = b.points.length - 1; k >= 0; k--) {
        if (b.points[k]!.kind === 'number') {
          parentLabel = b.points[k]!.label;
          break;
        }
      }
    }
    b.points.push({ kind, label, lines: [text], line: li.line, parentLabel });
    touch(b, text, li);
  }

  private pushHeading(entry: SectionEntry, li: LineInfo, text: string): void {
    this.headings.push({
      line: li.line,
      text,
      kind: entry.kind,
      label: entry.label,
      sectionPath: [...this.path(), entry.pathText],
      sectionEIds: [...this.eIds(), entry.eId],
    });
    this.stack.push(entry);
  }
}

/** Records that `text` (at `li`) is the paragraph's latest line. */
function touch(b: Builder, text: string, li: LineInfo): void {
  b.lastText = text;
  b.endLine = li.line;
  b.blankSince = false;
  b.pageBreak = false;
}

function pointText(p: Point): string {
  if (p.kind === 'letter') return `(${p.label}) ${p.text}`;
  return p.kind === 'number' ? `${p.label}. ${p.text}` : `• ${p.text}`;
}
