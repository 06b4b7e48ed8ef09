/**
 * Test-only stand-in for the document parser: turns seed text into the cleaned
 * paragraph array extractFrameworks takes. Handles the furniture of the two seed
 * layouts (000: one paragraph per line, blank-line separated; 003: wrapped lines,
 * indented first lines, page headers, job numbers, URL lines, footnote blocks).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameworkSourceDocument, FrameworkSourceParagraph } from '../src/frameworks/index.js';

export const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'seeds');

export function readSeed(prefix: string): { text: string; fileName: string } {
  const names = ['000_dcaf472a3bcc0594.txt', '003_e02e6b476dbf9342.txt'];
  const fileName = names.find((n) => n.startsWith(prefix));
  if (!fileName) throw new Error(`no seed ${prefix}`);
  return { text: readFileSync(join(SEEDS, fileName), 'utf8'), fileName };
}

export function readFixture(name: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name), 'utf8');
}

/** Lines [from, to] (1-based, inclusive) of a text, other lines blanked so line numbers stay true. */
export function excerpt(text: string, from: number, to: number): string {
  return text
    .split('\n')
    .map((l, i) => (i + 1 >= from && i + 1 <= to ? l : ''))
    .join('\n');
}

const FURNITURE = [
  /^https?:\/\/\S+$/,
  /^(?:\d{1,3}\/\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{1,3}\/\d{1,3})?$/,
  /^\d{1,3}\/\d{1,3}$/,
  /^[A-Z]{1,6}(?:\/[A-Z0-9.]+)*\/\d+(?:\/\d+)*$/,
];
const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
const LETTER_ITEM = /^\(([a-z])\)\s+\S/;
const BULLET = /^[•\-–]\s+\S/;
const ANNEX = /^Annex\s+[IVX]+$/;
const ROMAN = /^[IVX]+\.\s+[A-Z]/;
const LETTER_HEADING = /^[A-H]\.\s+[A-Z]/;

interface RawBlock {
  line: number;
  lines: string[];
  gapBefore: boolean;
}

function isBlockStart(trimmed: string): boolean {
  return (
    NUMBERED.test(trimmed) ||
    LETTER_ITEM.test(trimmed) ||
    BULLET.test(trimmed) ||
    ANNEX.test(trimmed) ||
    ROMAN.test(trimmed) ||
    LETTER_HEADING.test(trimmed)
  );
}

function rawBlocks(text: string): RawBlock[] {
  const lines = text.split('\n');
  const out: RawBlock[] = [];
  let cur: RawBlock | null = null;
  let gap = true;
  let footnote: 'off' | 'start' | 'in' = 'off';
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (/^_{5,}$/.test(trimmed)) {
      footnote = 'start';
      cur = null;
      return;
    }
    if (footnote !== 'off') {
      const leaves =
        /^\s+\([a-z]\)\s+[A-Z]/.test(raw) ||
        /^\s*[IVX]+\.\s+[A-Z]/.test(raw) ||
        /^\s*\d{1,3}\.\s+[A-Z]/.test(raw) ||
        (trimmed === '' && footnote === 'in');
      if (!leaves) {
        if (trimmed !== '') footnote = 'in';
        return;
      }
      footnote = 'off';
      gap = true;
    }
    if (/^(?:\^[a-z]|[¹²³⁴⁵⁶⁷⁸⁹])\s/.test(trimmed)) return; // one-line footnotes (000)
    if (FURNITURE.some((re) => re.test(trimmed))) return;
    if (trimmed === '') {
      cur = null;
      gap = true;
      return;
    }
    const prevLine: string = cur ? ((cur as RawBlock).lines[(cur as RawBlock).lines.length - 1] ?? '') : '';
    const indentedNewPara = cur !== null && /^\s+[A-Z]/.test(raw) && /[.;:]["”]?$/.test(prevLine.trim());
    if (cur === null || isBlockStart(trimmed) || indentedNewPara) {
      cur = { line: i + 1, lines: [], gapBefore: gap };
      out.push(cur);
    }
    gap = false;
    (cur as RawBlock).lines.push(trimmed);
  });
  return out;
}

function join2(a: string, b: string): string {
  if (/[A-Za-z]-$/.test(a)) return a + b;
  return `${a} ${b}`;
}

function joinLines(lines: string[]): string {
  let s = '';
  for (const l of lines) {
    const clean = l
      .replace(/([.;,])[a-c]\s*$/, '$1') // 003 footnote markers at line end: "Management.a"
      .replace(/\.([a-c])(?=\s+[A-Z])/g, '.')
      // The one footnote anchor glued to a word that this helper cannot tell from the word itself.
      .replace(/\bmattersc$/, 'matters');
    s = s === '' ? clean : join2(s, clean);
  }
  return s.replace(/\s+/g, ' ').trim();
}

export interface HelperOptions {
  /** Where headings go: only into sectionPath, only as paragraphs, or both. */
  headings?: 'path' | 'paragraphs' | 'both';
  /** Keep lettered items and bullets inside the paragraph that introduces them. */
  embedItems?: boolean;
}

function isHeading(text: string): boolean {
  if (ANNEX.test(text) || ROMAN.test(text) || LETTER_HEADING.test(text)) return true;
  if (NUMBERED.test(text) || LETTER_ITEM.test(text) || BULLET.test(text)) return false;
  return text.length <= 200 && !/[.;:,]$/.test(text) && /^[A-Z“"]/.test(text) && text.split(' ').length <= 25 && !text.includes('\t');
}

export function paragraphsFromText(text: string, docId: string, options: HelperOptions = {}): FrameworkSourceParagraph[] {
  const mode = options.headings ?? 'path';
  const merged: { line: number; text: string }[] = [];
  for (const b of rawBlocks(text)) {
    const t = joinLines(b.lines);
    const prev = merged[merged.length - 1];
    // A page break inside a paragraph: the block continues the previous one.
    const continues =
      prev !== undefined && !isBlockStart(t) && (/^\p{Ll}/u.test(t) || (prev.text.length > 200 && !/[.;:!?"”)]$/.test(prev.text)));
    if (continues && prev) prev.text = join2(prev.text, t);
    else merged.push({ line: b.line, text: t });
  }
  const out: FrameworkSourceParagraph[] = [];
  let scope = 'body';
  let stack: { level: number; text: string }[] = [];
  let annexMarker: string | null = null;
  let parent: FrameworkSourceParagraph | null = null;
  let itemCount = 0;
  let plain = 0;
  let sawText = false;
  const used = new Set<string>();
  const uniq = (id: string): string => {
    let u = id;
    for (let k = 2; used.has(u); k++) u = `${id}_${k}`;
    used.add(u);
    return u;
  };
  const path = (): string[] => [...(annexMarker ? [annexMarker] : []), ...stack.map((s) => s.text)];
  for (const m of merged) {
    // Inside an annex, once text has started, only labelled headings are headings
    // (a signature such as "BAN Ki-moon 21 November 2013" is text).
    const heading =
      isHeading(m.text) &&
      !(
        annexMarker !== null &&
        sawText &&
        !ANNEX.test(m.text) &&
        !ROMAN.test(m.text) &&
        !LETTER_HEADING.test(m.text) &&
        !/^Introduction$/.test(m.text)
      );
    if (heading) {
      if (ANNEX.test(m.text)) {
        annexMarker = m.text;
        const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };
        scope = `annex_${roman[m.text.split(/\s+/)[1] ?? ''] ?? 0}`;
        stack = [];
        sawText = false;
      } else {
        // Plain headings right after the annex marker are the annex title: they stay in the path.
        const isTitle =
          annexMarker !== null &&
          !ROMAN.test(m.text) &&
          !LETTER_HEADING.test(m.text) &&
          !/^Introduction$/.test(m.text) &&
          stack.every((s) => s.level === 0) &&
          !sawText;
        const level = isTitle ? 0 : LETTER_HEADING.test(m.text) ? 2 : 1;
        stack = stack.filter((s) => s.level < level || (level === 0 && s.level === 0));
        stack.push({ level, text: m.text });
      }
      parent = null;
      if (mode !== 'path') {
        out.push({
          id: uniq(`${docId}/${scope}/h_${m.line}`),
          number: null,
          sectionPath: mode === 'both' ? path() : [],
          text: m.text,
          line: m.line,
        });
      }
      continue;
    }
    sawText = true;
    const sectionPath = mode === 'paragraphs' ? [] : path();
    const num = NUMBERED.exec(m.text);
    if (num) {
      const p: FrameworkSourceParagraph = {
        id: uniq(`${docId}/${scope}/para_${num[1]}`),
        number: Number(num[1]),
        sectionPath,
        text: num[2] ?? '',
        line: m.line,
      };
      out.push(p);
      parent = p;
      itemCount = 0;
      continue;
    }
    const item = LETTER_ITEM.exec(m.text);
    const bullet = BULLET.test(m.text);
    if ((item || bullet) && options.embedItems && parent) {
      const shown = bullet ? m.text.replace(/^[•\-–]\s+/, '• ') : m.text;
      parent.text = `${parent.text} ${shown}`;
      continue;
    }
    if (item || bullet) {
      itemCount++;
      const base = parent?.id ?? `${docId}/${scope}`;
      const text = bullet ? m.text.replace(/^[•\-–]\s+/, '• ') : m.text;
      out.push({ id: uniq(`${base}/${item ? `item_${item[1]}` : `bullet_${itemCount}`}`), number: null, sectionPath, text, line: m.line });
      continue;
    }
    plain++;
    const p: FrameworkSourceParagraph = { id: uniq(`${docId}/${scope}/p_${plain}`), number: null, sectionPath, text: m.text, line: m.line };
    out.push(p);
    parent = p;
    itemCount = 0;
  }
  return out.map((p, position) => ({ ...p, position }));
}

export function docFromText(
  text: string,
  id: string,
  date: string | null,
  fileName: string,
  options: HelperOptions = {},
): FrameworkSourceDocument {
  return { id, date, fileName, paragraphs: paragraphsFromText(text, id, options) };
}

const ORGS: [RegExp, string][] = [
  [/\bITU\b|International Telecommunication Union/g, 'itu'],
  [/\bUNODC\b|United Nations Office on Drugs and Crime/g, 'unodc'],
  [/\bUNICRI\b/g, 'unicri'],
  [/\bOHCHR\b|Office of the United Nations High Commissioner for Human Rights/g, 'ohchr'],
  [/\bCEB\b|Chief Executives Board/g, 'ceb'],
  [/\bHLCP\b|High-level Committee on Programmes/g, 'hlcp'],
  [/\bUNESCO\b|United Nations Educational, Scientific and Cultural Organization/g, 'unesco'],
  [/\bUNDP\b|United Nations Development Programme/g, 'undp'],
  [/\bUNCTAD\b/g, 'unctad'],
  [/\bUNICEF\b/g, 'unicef'],
  [/\bUNHCR\b/g, 'unhcr'],
  [/\bESCWA\b/g, 'escwa'],
  [/\bIAEA\b/g, 'iaea'],
  [/\bWFP\b|World Food Programme/g, 'wfp'],
  [/\bICSC\b|International Civil Service Commission/g, 'icsc'],
];

/** Stub of the entities engineer's organization finder: a few acronyms and names, in order of appearance. */
export function findOrganizations(text: string): string[] {
  const hits: { at: number; id: string }[] = [];
  for (const [re, id] of ORGS) for (const m of text.matchAll(re)) hits.push({ at: m.index ?? 0, id });
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.id))];
}

export function countByKind(f: { provisions: { kind: string }[] }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of f.provisions) out[p.kind] = (out[p.kind] ?? 0) + 1;
  return out;
}
