import { createHash } from 'node:crypto';
import type { DocumentKind, Unplaced } from '../model.js';
import {
  buildVocabulary,
  cleanInline,
  endsTerminal,
  furnitureKind,
  joinLines,
  normalizeWhitespace,
  parseDate,
  romanToNumber,
  slugify,
  SYMBOL_LINE,
  type Vocabulary,
} from './clean.js';
import { DocumentFormatError, validateSource } from './errors.js';
import { findParticipantListLines } from './participants-block.js';
import { isStructural, ROMAN_RE, startsLower, startsUpper, tokenize, type LineInfo, type Role } from './tokens.js';
import type { Footnote, ParsedAnnex, ParsedDocument, ParsedHeading, ParsedParagraph, Point, SourceLine } from './types.js';

/** Marks furniture and footnotes; returns the footnotes and the symbol found in page furniture. */
function markLines(lines: LineInfo[]): { footnotes: Footnote[]; furnitureSymbol: string | null } {
  const footnotes: Footnote[] = [];
  let furnitureSymbol: string | null = null;
  let sepMode = false;
  let current: Footnote | null = null;
  const runningTitles = findRunningTitles(lines);
  for (const li of lines) {
    const rawTrim = li.raw.trim();
    if (runningTitles.has(li.line)) {
      li.role = 'furniture';
      continue;
    }
    if (li.text === '') {
      li.role = 'blank';
      current = null;
      continue;
    }
    if (/^_{3,}$/.test(rawTrim)) {
      li.role = 'furniture';
      sepMode = true;
      current = null;
      continue;
    }
    const furn = furnitureKind(li.text);
    if (furn) {
      li.role = 'furniture';
      if (furn === 'symbol' && !furnitureSymbol) furnitureSymbol = li.text;
      continue;
    }
    const single = rawTrim.match(/^(?:\^([a-z0-9]{1,2})|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|(\*))\s+(\S.*)$/);
    if (single) {
      li.role = 'footnote';
      current = {
        marker: single[1] ?? single[2] ?? '*',
        text: normalizeWhitespace(cleanInline(single[4] ?? '')),
        line: li.line,
        anchorLine: null,
      };
      footnotes.push(current);
      continue;
    }
    if (sepMode) {
      const m = li.raw.match(/^\s*([a-z]|\d{1,2}|\*)\s{2,}(\S.*)$/);
      if (m) {
        li.role = 'footnote';
        current = { marker: m[1]!, text: normalizeWhitespace(cleanInline(m[2]!)), line: li.line, anchorLine: null };
        footnotes.push(current);
        continue;
      }
      if (current && !isStructural(li.text)) {
        li.role = 'footnote';
        current.text = joinLines([current.text, li.text]);
        continue;
      }
      sepMode = false;
      current = null;
    }
    li.role = 'content';
  }
  return { footnotes, furnitureSymbol };
}

/**
 * Running titles: a short line repeated at least twice where every counted occurrence
 * sits within 3 non-blank lines of other page furniture (symbol header, job number,
 * page counter). Returns their line numbers.
 */
function findRunningTitles(lines: LineInfo[]): Set<number> {
  const nonBlank = lines.filter((l) => l.text !== '');
  const isFurn = nonBlank.map((l) => furnitureKind(l.text) !== null && furnitureKind(l.text) !== 'url');
  const near = new Map<string, number[]>();
  nonBlank.forEach((l, i) => {
    if (isFurn[i] || l.text.length > 100 || /^\d+\.\s/.test(l.text)) return;
    let close = false;
    for (let k = Math.max(0, i - 3); k <= Math.min(nonBlank.length - 1, i + 3); k++) if (k !== i && isFurn[k]) close = true;
    if (!close) return;
    const list = near.get(l.text) ?? [];
    list.push(l.line);
    near.set(l.text, list);
  });
  const out = new Set<number>();
  for (const list of near.values()) if (list.length >= 2) for (const n of list) out.add(n);
  return out;
}

/** Removes in-text footnote markers glued after punctuation (`Management.a`), for markers that exist as footnotes. */
function stripGluedMarkers(text: string, letterMarkers: Set<string>, found: (marker: string) => void): string {
  if (letterMarkers.size === 0) return text;
  return text.replace(/([\p{Ll})”"’])([.,;:])([a-z])(?=\s|$)/gu, (all, a: string, p: string, m: string) => {
    if (!letterMarkers.has(m)) return all;
    found(m);
    return `${a}${p}`;
  });
}

/**
 * Finds where each footnote marker sits in the body and removes glued letter markers
 * (`Management.a`, and, as a last resort, `mattersc` at a line end when `matters` is a
 * word of the document and `mattersc` occurs nowhere else). Sets `anchorLine`.
 */
function anchorFootnotes(lines: LineInfo[], footnotes: Footnote[]): void {
  const content = lines.filter((l) => l.role === 'content');
  const letterMarkers = new Set(footnotes.map((f) => f.marker).filter((m) => /^[a-z]$/.test(m)));
  const anchors = new Map<string, number>();
  for (const li of content) {
    for (const f of footnotes) {
      if (anchors.has(f.marker)) continue;
      if (/^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/.test(f.marker) && li.raw.includes(f.marker)) anchors.set(f.marker, li.line);
      else if (/^[a-z0-9]{1,2}$/.test(f.marker) && li.raw.includes(`^${f.marker}`)) anchors.set(f.marker, li.line);
      else if (f.marker === '*' && /[^*\s]\*\s*$/.test(li.raw) && !li.raw.trim().startsWith('*')) anchors.set(f.marker, li.line);
    }
    li.text = stripGluedMarkers(li.text, letterMarkers, (m) => {
      if (!anchors.has(m)) anchors.set(m, li.line);
    });
  }
  const missing = [...letterMarkers].filter((m) => !anchors.has(m));
  if (missing.length) {
    const counts = new Map<string, number>();
    for (const li of content) for (const w of li.text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const m of missing) {
      for (const li of content) {
        const last = li.text.match(/(\p{Ll}{3,})$/u)?.[1];
        if (last && last.endsWith(m) && counts.get(last) === 1 && (counts.get(last.slice(0, -1)) ?? 0) > 0) {
          li.text = li.text.slice(0, -1);
          anchors.set(m, li.line);
          break;
        }
      }
    }
  }
  for (const f of footnotes) f.anchorLine = anchors.get(f.marker) ?? null;
}

interface FrontInfo {
  title: string | null;
  titleLine: number;
  kind: DocumentKind;
  date: string | null;
  symbol: string | null;
}

const COVER_LINE = /^(Distr\.|Original:|English only|Limited|General$|Restricted|Provisional|Chief Executives Board|United Nations$)/i;

function analyseFrontMatter(fm: SourceLine[]): FrontInfo {
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

export interface ParseOptions {
  /** Document id to use instead of the one derived from the symbol or title. */
  documentId?: string;
}

function classify(rawLines: string[]): { lines: LineInfo[]; footnotes: Footnote[]; furnitureSymbol: string | null } {
  const lines: LineInfo[] = rawLines.map((raw, i) => {
    const cleaned = cleanInline(raw);
    return {
      line: i + 1,
      raw,
      text: cleaned.trim(),
      indent: cleaned.match(/^[ \t]*/)?.[0].length ?? 0,
      role: 'content' as Role,
      cells:
        /\S/.test(cleaned) && cleaned.includes('\t')
          ? cleaned
              .replace(/^ +| +$/g, '')
              .split('\t')
              .map((c) => normalizeWhitespace(c))
          : null,
    };
  });
  const { footnotes, furnitureSymbol } = markLines(lines);
  anchorFootnotes(lines, footnotes);
  return { lines, footnotes, furnitureSymbol };
}

/** Splits on any line break; a final line break does not start another line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** One source line after line-level cleaning. */
export interface CleanLine {
  /** 1-based. */
  line: number;
  /** The line as in the source. */
  raw: string;
  /** Cleaned (links, emphasis, footnote markers removed), trimmed; tabs kept. */
  text: string;
  /** blank | furniture (symbol header, job number, page counter, link line, running title, footnote rule) | footnote | content */
  role: 'blank' | 'furniture' | 'footnote' | 'content';
  /** Tab-separated cells (a leading empty cell is kept), or null when the line has no tab. */
  cells: string[] | null;
}

/** The line-level view: every source line with its role and cleaned text (no joining). */
export function cleanLines(text: string): CleanLine[] {
  return classify(splitLines(text)).lines.map((l) => ({ line: l.line, raw: l.raw, text: l.text, role: l.role, cells: l.cells }));
}

/** Parses one source text into its document structure. Throws {@link DocumentFormatError}. */
export function parseDocument(text: string, fileName: string, options: ParseOptions = {}): ParsedDocument {
  validateSource(text, fileName);
  const rawLines = splitLines(text);
  const { lines, footnotes, furnitureSymbol } = classify(rawLines);
  const content = lines.filter((l) => l.role === 'content');
  const vocab = buildVocabulary(content.map((l) => l.text));
  const unplaced: Unplaced[] = [];

  // Front matter: everything before the body start.
  const bodyStartIdx = content.findIndex(
    (l) =>
      ROMAN_RE.test(l.text) ||
      /^1\.\s+\S/.test(l.text) ||
      /^(Summary|Introduction)$/i.test(l.text) ||
      (l.text.length > 150 && endsTerminal(l.text)),
  );
  const firstNonBlank = lines.find((l) => l.text !== '')?.line ?? 1;
  if (bodyStartIdx < 0) {
    throw new DocumentFormatError(
      fileName,
      firstNonBlank,
      'NOT_A_DOCUMENT',
      'no recognizable title or paragraphs (no section heading, numbered paragraph or prose paragraph found)',
    );
  }
  const bodyStartLine = content[bodyStartIdx]!.line;
  const frontMatter: SourceLine[] = content.slice(0, bodyStartIdx).map((l) => ({ line: l.line, text: l.text }));
  const front = analyseFrontMatter(frontMatter);
  if (!front.title) {
    throw new DocumentFormatError(fileName, firstNonBlank, 'NOT_A_DOCUMENT', 'no recognizable title before the body');
  }
  const symbol = front.symbol ?? furnitureSymbol;

  const body = lines.filter((l) => l.line >= bodyStartLine);
  const tokens = tokenize(body);

  // Assemble.
  const paragraphs: Omit<ParsedParagraph, 'id' | 'localId' | 'position'>[] = [];
  const headings: ParsedHeading[] = [];
  const annexes: ParsedAnnex[] = [];
  let stack: SectionEntry[] = [];
  const plainCounters = new Map<string, number>();
  let current: Builder | null = null;
  let lastNumber = 0;
  let awaitingAnnexTitle: ParsedAnnex | null = null;
  let listMode: 'agenda' | 'participants' | null = null;
  let blank = false;

  const path = () => stack.map((s) => s.pathText);
  const eIds = () => stack.map((s) => s.eId);
  const annexLabel = () => (stack[0]?.kind === 'annex' ? stack[0].pathText : null);
  const render = (b: Builder): Omit<ParsedParagraph, 'id' | 'localId' | 'position'> => {
    const intro = joinLines(b.intro, vocab);
    const points: Point[] = b.points.map((p) => ({
      kind: p.kind,
      label: p.label,
      text: joinLines(p.lines, vocab),
      line: p.line,
      parentLabel: p.parentLabel,
      id: '',
    }));
    const parts = [
      intro,
      ...points.map((p) =>
        p.kind === 'letter' ? `(${p.label}) ${p.text}` : p.kind === 'number' ? `${p.label}. ${p.text}` : `• ${p.text}`,
      ),
    ];
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
  };
  const flush = () => {
    if (current) paragraphs.push(render(current));
    current = null;
  };
  const open = (number: number | null, li: LineInfo, first: string | null): Builder => {
    flush();
    const b: Builder = {
      number,
      line: li.line,
      endLine: li.line,
      sectionPath: path(),
      sectionEIds: eIds(),
      annex: annexLabel(),
      intro: first === null ? [] : [first],
      points: [],
      cells: null,
      lastText: first ?? '',
      blankSince: false,
      pageBreak: false,
      listRun: null,
    };
    current = b;
    return b;
  };
  const appendText = (b: Builder, text: string, li: LineInfo) => {
    const lastPoint = b.points[b.points.length - 1];
    if (lastPoint) lastPoint.lines.push(text);
    else b.intro.push(text);
    b.lastText = text;
    b.endLine = li.line;
    b.blankSince = false;
    b.pageBreak = false;
  };
  const addPoint = (b: Builder, kind: Point['kind'], label: string, text: string, li: LineInfo) => {
    let parentLabel: string | null = null;
    if (kind === 'letter') {
      for (let k = b.points.length - 1; k >= 0; k--)
        if (b.points[k]!.kind === 'number') {
          parentLabel = b.points[k]!.label;
          break;
        }
    }
    b.points.push({ kind, label, lines: [text], line: li.line, parentLabel });
    b.lastText = text;
    b.endLine = li.line;
    b.blankSince = false;
    b.pageBreak = false;
  };
  const pushHeading = (entry: SectionEntry, li: LineInfo, text: string) => {
    headings.push({
      line: li.line,
      text,
      kind: entry.kind,
      label: entry.label,
      sectionPath: [...path(), entry.pathText],
      sectionEIds: [...eIds(), entry.eId],
    });
    stack.push(entry);
  };

  for (const tok of tokens) {
    if (tok.t === 'blank') {
      blank = true;
      const c = current as Builder | null;
      if (c) {
        c.blankSince = true;
        if (tok.pageBreak) c.pageBreak = true;
      }
      continue;
    }
    const wasBlank = blank;
    blank = false;
    const cur = current as Builder | null;
    // A heading-like line while the current paragraph is open mid-sentence is a continuation.
    if (tok.t === 'plain' && cur && !endsTerminal(cur.lastText)) {
      appendText(cur, tok.text, tok.li);
      continue;
    }
    switch (tok.t) {
      case 'annex': {
        flush();
        const n = romanToNumber(tok.label);
        const eId = `annex_${n ?? tok.label.toLowerCase()}`;
        stack = [];
        const annex: ParsedAnnex = { label: `Annex ${tok.label}`, eId, title: null, line: tok.li.line };
        annexes.push(annex);
        pushHeading({ kind: 'annex', label: tok.label, pathText: annex.label, eId }, tok.li, annex.label);
        awaitingAnnexTitle = annex;
        listMode = null;
        lastNumber = 0;
        break;
      }
      case 'roman':
      case 'letter':
      case 'plain': {
        if (tok.t === 'plain' && listMode === 'participants') {
          open(null, tok.li, tok.text);
          current!.endLine = tok.endLine;
          flush();
          break;
        }
        flush();
        if (tok.t === 'plain' && awaitingAnnexTitle) {
          awaitingAnnexTitle.title = tok.text;
          if (/^agenda$/i.test(tok.text)) listMode = 'agenda';
          else if (/participants/i.test(tok.text)) listMode = 'participants';
          awaitingAnnexTitle = null;
          break;
        }
        awaitingAnnexTitle = null;
        if (tok.t === 'roman') {
          stack = stack.filter((s) => s.kind === 'annex');
          pushHeading(
            { kind: 'roman', label: tok.label, pathText: `${tok.label}. ${tok.text}`, eId: `sec_${romanToNumber(tok.label)}` },
            tok.li,
            tok.text,
          );
        } else if (tok.t === 'letter') {
          stack = stack.filter((s) => s.kind === 'annex' || s.kind === 'roman');
          pushHeading(
            { kind: 'letter', label: tok.label, pathText: `${tok.label}. ${tok.text}`, eId: `subsec_${tok.label.toLowerCase()}` },
            tok.li,
            tok.text,
          );
        } else {
          stack = stack.filter((s) => s.kind !== 'plain');
          const key = eIds().join('/');
          const k = (plainCounters.get(key) ?? 0) + 1;
          plainCounters.set(key, k);
          pushHeading({ kind: 'plain', label: null, pathText: tok.text, eId: `hcontainer_${k}` }, tok.li, tok.text);
        }
        break;
      }
      case 'para': {
        awaitingAnnexTitle = null;
        if (listMode === 'agenda') {
          const b = cur ?? open(null, tok.li, null);
          addPoint(b, 'number', String(tok.n), tok.text, tok.li);
          break;
        }
        if (cur && cur.listRun !== null && tok.n === cur.listRun + 1) {
          cur.listRun = tok.n;
          addPoint(cur, 'number', String(tok.n), tok.text, tok.li);
          break;
        }
        if (cur && tok.n === 1 && lastNumber + 1 !== 1 && /:$/.test(cur.lastText)) {
          cur.listRun = 1;
          addPoint(cur, 'number', '1', tok.text, tok.li);
          break;
        }
        if (tok.n === lastNumber + 1) {
          lastNumber = tok.n;
          open(tok.n, tok.li, tok.text);
          break;
        }
        if (tok.n > lastNumber + 1 && tok.n <= lastNumber + 5) {
          unplaced.push({
            fileName,
            line: tok.li.line,
            text: tok.li.text,
            reason: `paragraph number gap: expected ${lastNumber + 1}, found ${tok.n}`,
          });
          lastNumber = tok.n;
          open(tok.n, tok.li, tok.text);
          break;
        }
        unplaced.push({
          fileName,
          line: tok.li.line,
          text: tok.li.text,
          reason: `numbered line out of sequence (expected paragraph ${lastNumber + 1}); kept as text`,
        });
        if (cur) appendText(cur, tok.li.text, tok.li);
        else open(null, tok.li, tok.li.text);
        break;
      }
      case 'point': {
        awaitingAnnexTitle = null;
        const b = cur ?? open(null, tok.li, null);
        addPoint(b, 'letter', tok.label, tok.text, tok.li);
        break;
      }
      case 'bullet': {
        awaitingAnnexTitle = null;
        const b = cur ?? open(null, tok.li, null);
        addPoint(b, 'bullet', '•', tok.text, tok.li);
        break;
      }
      case 'row': {
        awaitingAnnexTitle = null;
        const b = open(null, tok.li, tok.cells.filter(Boolean).join(' '));
        b.cells = tok.cells;
        flush();
        break;
      }
      case 'text': {
        if (awaitingAnnexTitle && !cur) {
          // Text directly under an annex label that did not look like a heading.
          awaitingAnnexTitle = null;
        }
        if (listMode === 'participants') {
          if (cur && !wasBlank && !cur.cells) appendText(cur, tok.text, tok.li);
          else open(null, tok.li, tok.text);
          break;
        }
        if (cur) {
          const continuation =
            !endsTerminal(cur.lastText) ||
            startsLower(tok.text) ||
            // a numbered paragraph (or its points) running over a page break
            (cur.pageBreak && (cur.number !== null || cur.points.length > 0) && tok.li.indent === 0) ||
            (!cur.blankSince && !(tok.li.indent > 0 && startsUpper(tok.text) && endsTerminal(cur.lastText)));
          if (continuation && !cur.cells) {
            appendText(cur, tok.text, tok.li);
            break;
          }
        }
        open(null, tok.li, tok.text);
        break;
      }
    }
  }
  flush();

  const symbolInferred = false;
  const id = options.documentId ?? slugify(symbol ?? front.title);
  const counters = new Map<string, number>();
  const seen = new Set<string>();
  const finalParas: ParsedParagraph[] = paragraphs.map((p, position) => {
    let localId: string;
    if (p.number !== null) {
      const annexEId = p.annex ? p.sectionEIds[0]! : null;
      localId = `${annexEId ? `${annexEId}/` : ''}para_${p.number}`;
    } else {
      const key = p.sectionEIds.join('/');
      const k = (counters.get(key) ?? 0) + 1;
      counters.set(key, k);
      localId = `${key ? `${key}/` : ''}p_${k}`;
    }
    if (seen.has(localId)) {
      unplaced.push({ fileName, line: p.line, text: p.text.slice(0, 120), reason: `duplicate paragraph id ${localId}; suffixed` });
      let k = 2;
      while (seen.has(`${localId}_${k}`)) k++;
      localId = `${localId}_${k}`;
    }
    seen.add(localId);
    return withPointIds({ ...p, id: `${id}/${localId}`, localId, position });
  });
  if (finalParas.length === 0) {
    throw new DocumentFormatError(fileName, bodyStartLine, 'NOT_A_DOCUMENT', 'no recognizable paragraphs');
  }
  if (front.kind === 'OTHER' && !finalParas.some((p) => p.text.split(/\s+/).length >= 15 && endsTerminal(p.text))) {
    throw new DocumentFormatError(fileName, bodyStartLine, 'NOT_A_DOCUMENT', 'no recognizable title or prose paragraphs');
  }
  return {
    id,
    symbol,
    symbolInferred,
    title: front.title,
    kind: front.kind,
    date: front.date,
    fileName,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    paragraphs: finalParas,
    headings,
    annexes,
    footnotes,
    frontMatter,
    rawLines,
    unplaced,
    participantList: findParticipantListLines(text),
  };
}

/** Sets the eIds of a paragraph's points from the paragraph id (see {@link Point.id}). */
export function withPointIds(p: ParsedParagraph): ParsedParagraph {
  const seen = new Set<string>();
  let list = 1;
  let bullet = 0;
  const points = p.points.map((pt) => {
    let local: string;
    if (pt.kind === 'letter') local = pt.parentLabel ? `item_${pt.parentLabel}__list_1__point_${pt.label}` : `point_${pt.label}`;
    else if (pt.kind === 'number') local = `item_${pt.label}`;
    else local = `item_${++bullet}`;
    if (seen.has(`${list}/${local}`)) {
      list++;
      seen.clear();
      bullet = pt.kind === 'bullet' ? 1 : 0;
      if (pt.kind === 'bullet') local = 'item_1';
    }
    seen.add(`${list}/${local}`);
    return { ...pt, id: `${p.id}__list_${list}__${local}` };
  });
  return { ...p, points };
}

export type { Vocabulary };
export { inferSymbols, withSymbol } from './symbols.js';
