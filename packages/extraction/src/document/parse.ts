import { createHash } from 'node:crypto';
import type { Unplaced } from '../model.js';
import { buildVocabulary, endsTerminal, slugify, type Vocabulary } from './clean.js';
import { assembleBody, type DraftParagraph } from './assemble.js';
import { DocumentFormatError, validateSource } from './errors.js';
import { analyseFrontMatter } from './front-matter.js';
import { classify, splitLines } from './lines.js';
import { findParticipantListLines } from './participants-block.js';
import { ROMAN_RE, tokenize, type LineInfo } from './tokens.js';
import type { ParsedDocument, ParsedParagraph, SourceLine } from './types.js';

export { cleanLines, splitLines, type CleanLine } from './lines.js';

export interface ParseOptions {
  /** Document id to use instead of the one derived from the symbol or title. */
  documentId?: string;
}

/**
 * Parses one source text into its document structure, in passes: classify the lines, read the
 * front matter, tokenize and assemble the body, then give the paragraphs their ids.
 * Throws {@link DocumentFormatError}.
 */
export function parseDocument(text: string, fileName: string, options: ParseOptions = {}): ParsedDocument {
  validateSource(text, fileName);
  const rawLines = splitLines(text);
  const { lines, footnotes, furnitureSymbol } = classify(rawLines);
  const content = lines.filter((l) => l.role === 'content');
  const vocab = buildVocabulary(content.map((l) => l.text));
  const unplaced: Unplaced[] = [];

  const bodyStartLine = findBodyStart(lines, content, fileName);
  const frontMatter: SourceLine[] = content.filter((l) => l.line < bodyStartLine).map((l) => ({ line: l.line, text: l.text }));
  const front = analyseFrontMatter(frontMatter);
  if (!front.title) {
    throw new DocumentFormatError(fileName, firstNonBlankLine(lines), 'NOT_A_DOCUMENT', 'no recognizable title before the body');
  }
  const symbol = front.symbol ?? furnitureSymbol;

  const tokens = tokenize(lines.filter((l) => l.line >= bodyStartLine));
  const { paragraphs, headings, annexes } = assembleBody(tokens, vocab, fileName, unplaced);

  const id = options.documentId ?? slugify(symbol ?? front.title);
  const finalParas = assignParagraphIds(paragraphs, id, fileName, unplaced);
  if (finalParas.length === 0) {
    throw new DocumentFormatError(fileName, bodyStartLine, 'NOT_A_DOCUMENT', 'no recognizable paragraphs');
  }
  // A document of no known kind must at least read as prose.
  if (front.kind === 'OTHER' && !finalParas.some((p) => p.text.split(/\s+/).length >= 15 && endsTerminal(p.text))) {
    throw new DocumentFormatError(fileName, bodyStartLine, 'NOT_A_DOCUMENT', 'no recognizable title or prose paragraphs');
  }
  return {
    id,
    symbol,
    symbolInferred: false,
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

function firstNonBlankLine(lines: readonly LineInfo[]): number {
  return lines.find((l) => l.text !== '')?.line ?? 1;
}

/** The line where the body starts: the first section heading, numbered paragraph, "Summary"/"Introduction" or long sentence. */
function findBodyStart(lines: readonly LineInfo[], content: readonly LineInfo[], fileName: string): number {
  const bodyStartIdx = content.findIndex(
    (l) =>
      ROMAN_RE.test(l.text) ||
      /^1\.\s+\S/.test(l.text) ||
      /^(Summary|Introduction)$/i.test(l.text) ||
      (l.text.length > 150 && endsTerminal(l.text)),
  );
  if (bodyStartIdx < 0) {
    throw new DocumentFormatError(
      fileName,
      firstNonBlankLine(lines),
      'NOT_A_DOCUMENT',
      'no recognizable title or paragraphs (no section heading, numbered paragraph or prose paragraph found)',
    );
  }
  return content[bodyStartIdx]!.line;
}

/**
 * Gives each paragraph its id: `para_<n>` for numbered paragraphs (inside their annex), `p_<k>` by
 * position within the section otherwise. A duplicate is suffixed and reported.
 */
function assignParagraphIds(
  paragraphs: readonly DraftParagraph[],
  docId: string,
  fileName: string,
  unplaced: Unplaced[],
): ParsedParagraph[] {
  const counters = new Map<string, number>();
  const seen = new Set<string>();
  return paragraphs.map((p, position) => {
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
    return withPointIds({ ...p, id: `${docId}/${localId}`, localId, position });
  });
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
