import { cleanInline, furnitureKind, joinLines, normalizeWhitespace } from './clean.js';
import { isStructural, type LineInfo, type Role } from './tokens.js';
import type { Footnote } from './types.js';

/**
 * Line-level pass of the parser: gives every source line its role (blank, page furniture, footnote,
 * content) and anchors footnotes, before any joining into paragraphs.
 */

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
        if (last?.endsWith(m) && counts.get(last) === 1 && (counts.get(last.slice(0, -1)) ?? 0) > 0) {
          li.text = li.text.slice(0, -1);
          anchors.set(m, li.line);
          break;
        }
      }
    }
  }
  for (const f of footnotes) f.anchorLine = anchors.get(f.marker) ?? null;
}

export function classify(rawLines: string[]): { lines: LineInfo[]; footnotes: Footnote[]; furnitureSymbol: string | null } {
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
