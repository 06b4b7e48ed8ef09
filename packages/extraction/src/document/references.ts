import type { Unplaced } from '../model.js';
import { splitSentences } from './text.js';
import type { ParsedDocument, ParsedParagraph } from './types.js';

export interface ReferenceFact {
  /** Normalized symbol: 'A/RES/66/288', 'S/RES/1809 (2008)', 'CEB/2013/6', 'A/73/328'. */
  symbol: string;
  paragraphId: string;
  /** The text as written ('resolution 66/288', 'A/73/328-S/2018/592'). */
  text: string;
  /** 'paragraph' or 'footnote' (cited in a footnote whose marker is in the paragraph). */
  via: 'paragraph' | 'footnote';
}

export interface ReferenceExtraction {
  references: ReferenceFact[];
  unplaced: Unplaced[];
}

/** A printed document symbol: series letters, slashes, at least one numeric part. */
const SYMBOL_SERIES = ['A', 'S', 'E', 'CEB', 'UNEP', 'DP', 'TD', 'ST', 'ECE', 'ICCD', 'FCCC'];
/** A document symbol: series, body parts, number, Add./Rev./Corr. parts; then a CEB "-S/yyyy/n" suffix. */
const SYMBOL_RE = new RegExp(
  [
    String.raw`\b((?:${SYMBOL_SERIES.join('|')})`,
    String.raw`(?:\/(?:[A-Z]{1,6}(?:\.\d+)?|\d{1,4}(?:\.\d+)?))*\/\d{1,4}(?:\/(?:Add|Rev|Corr)\.\d+)*)`,
    String.raw`\b((?:-S\/\d{4}\/\d+)?)`,
  ].join(''),
  'g',
);
const GA_RESOLUTION_RE = /\bresolutions?\s+((?:\d{2}\/\d{1,3}(?:\s+[A-C])?)(?:(?:,\s*|\s+and\s+)\d{2}\/\d{1,3}(?:\s+[A-C])?)*)/g;
const SC_RESOLUTION_RE = /\bresolutions?\s+(\d{3,4})\s+\((\d{4})\)/g;
const OTHER_BODIES = ['Commission', 'Council', 'Conference', 'Board', 'Committee', 'Human Rights Council', 'Economic and Social Council'];
const OTHER_BODY_AFTER = new RegExp(
  String.raw`^\s+(?:[A-C]\s+)?of\s+(?:the\s+)?(${OTHER_BODIES.join('|')}|General Conference|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)`,
);

/** Normalizes a symbol as written: upper-case series, no trailing punctuation. */
export function normalizeSymbol(s: string): string {
  return s
    .trim()
    .replace(/[.,;:)]+$/, '')
    .replace(/\s+/g, ' ');
}

/** Document symbols and resolutions cited in each paragraph (and in footnotes anchored in it). */
export function extractReferences(doc: ParsedDocument): ReferenceExtraction {
  const references: ReferenceFact[] = [];
  const unplaced: Unplaced[] = [];
  const seen = new Set<string>();
  const add = (symbol: string, p: ParsedParagraph, text: string, via: ReferenceFact['via']) => {
    const key = `${symbol}|${p.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    references.push({ symbol, paragraphId: p.id, text, via });
  };
  const scan = (text: string, p: ParsedParagraph, via: ReferenceFact['via'], line: number) => {
    for (const m of text.matchAll(SYMBOL_RE)) {
      add(normalizeSymbol(m[1]!), p, m[0], via);
      if (m[2]) add(normalizeSymbol(m[2].slice(1)), p, m[0], via);
    }
    for (const m of text.matchAll(SC_RESOLUTION_RE)) add(`S/RES/${m[1]} (${m[2]})`, p, m[0], via);
    for (const m of text.matchAll(GA_RESOLUTION_RE)) {
      const start = m.index ?? 0;
      const sentence =
        splitSentences(text)
          .filter((s) => s.start <= start)
          .pop()?.text ?? text;
      const after = text.slice(start + m[0].length);
      const other = after.match(OTHER_BODY_AFTER);
      if (other && !/General Assembly|Assembly/.test(other[1]!)) {
        unplaced.push({
          fileName: doc.fileName,
          line,
          text: `${m[0]}${other[0]}`,
          reason: `resolution of another body (${other[1]}) cited without a document symbol`,
        });
        continue;
      }
      if (/Security Council/.test(sentence.slice(0, sentence.indexOf(m[0]))) && !/General Assembly/.test(sentence)) {
        unplaced.push({
          fileName: doc.fileName,
          line,
          text: m[0],
          reason: 'session/number resolution attributed to the Security Council; not normalized',
        });
        continue;
      }
      for (const r of m[1]!.matchAll(/(\d{2})\/(\d{1,3})/g)) add(`A/RES/${r[1]}/${r[2]}`, p, m[0], via);
    }
    for (const m of text.matchAll(/\b(?:in its|its|the) resolution (\d{1,4})(?![\d/(])(?!\s*\()/g)) {
      unplaced.push({ fileName: doc.fileName, line, text: m[0], reason: 'resolution cited by number only; no symbol can be formed' });
    }
  };
  for (const p of doc.paragraphs) scan(p.text, p, 'paragraph', p.line);
  // Footnotes: anchored in the paragraph whose source lines carry the footnote marker.
  for (const f of doc.footnotes) {
    const anchor = f.anchorLine === null ? undefined : doc.paragraphs.find((p) => p.line <= f.anchorLine! && f.anchorLine! <= p.endLine);
    if (!anchor) {
      const cites = [...f.text.matchAll(SYMBOL_RE)].length + [...f.text.matchAll(GA_RESOLUTION_RE)].length;
      if (cites > 0) {
        const markerAt = f.anchorLine ? ` (marker at line ${f.anchorLine}, outside the body)` : '';
        unplaced.push({
          fileName: doc.fileName,
          line: f.line,
          text: f.text,
          reason: `footnote ${f.marker} cites documents but is not anchored in a paragraph${markerAt}`,
        });
      }
      continue;
    }
    scan(f.text, anchor, 'footnote', f.line);
  }
  return { references, unplaced };
}
