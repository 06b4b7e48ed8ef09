/**
 * Turns the parser's paragraphs into a stream of headings and text blocks, and
 * classifies headings, list items and section kinds.
 */
import type { ProvisionKind } from '../model.js';
import type { FrameworkSourceAnnex, FrameworkSourceHeading, FrameworkSourceParagraph } from './types.js';
import { cleanText, cleanTitle, DATE_TEXT, splitSentences, squash } from './text.js';

export interface HeadingBlock {
  type: 'heading';
  text: string;
  /** Source line of the heading (of the first paragraph under it when read from a section path). */
  line: number;
  /** The paragraph the heading is, or the first paragraph under it; null when none follows. */
  paragraphId: string | null;
  fromPath: boolean;
}

export interface TextBlock {
  type: 'text';
  src: FrameworkSourceParagraph;
  /** Source line of the block (of the point, for points the parser located). */
  line: number;
  number: number | null;
  /** '(a)' for lettered items, '•' for bullets, null for paragraphs. */
  label: string | null;
  item: 'letter' | 'bullet' | null;
  text: string;
}

export type Block = HeadingBlock | TextBlock;

const ANNEX_HEADING = /^annex(?:es)?\s+([IVXLC]+|\d+|[A-Z])\b[.:\s–—-]*(.*)$/i;
const ANNEX_SLUG = /^annex[_\s-]*([ivxlc]+|\d+|[a-z])$/i;
const ROMAN_HEADING = /^([IVXLC]+)\.\s+(\S.*)$/;
const LETTER_HEADING = /^([A-Z])\.\s+(\S.*)$/;
const LETTER_ITEM = /^\(([a-z])\)\s+(\S[\s\S]*)$/;
const BULLET_ITEM = /^[•▪●◦\-–]\s+(\S[\s\S]*)$/;

export function romanValue(s: string): number | null {
  const vals: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  const up = s.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const v = vals[up[i] ?? ''];
    const next = vals[up[i + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** 'annex_3' for "Annex III", "annex 3", "annex_3"; 'annex_a' for "Annex A". */
export function annexKey(token: string): string {
  if (/^\d+$/.test(token)) return `annex_${Number(token)}`;
  const up = token.toUpperCase();
  const romanOk = up.length === 1 ? ['I', 'V', 'X'].includes(up) : /^[IVXLC]+$/.test(up);
  const v = romanOk ? romanValue(up) : null;
  return v !== null ? `annex_${v}` : `annex_${token.toLowerCase()}`;
}

/** Annex marker in a heading: `{ key: 'annex_3', rest: '' }`, or null. */
export function parseAnnexHeading(text: string): { key: string; rest: string } | null {
  const t = squash(text);
  const slug = ANNEX_SLUG.exec(t);
  if (slug) return { key: annexKey(slug[1] ?? ''), rest: '' };
  const m = ANNEX_HEADING.exec(t);
  if (!m) return null;
  const rest = m[2] ?? '';
  // "Annex I to the present report ..." is prose, not a heading.
  if (rest !== '' && /[.;]$/.test(rest)) return null;
  return { key: annexKey(m[1] ?? ''), rest: cleanTitle(rest) };
}

export interface HeadingInfo {
  level: number;
  /** 'IV', 'A' or null. */
  label: string | null;
  /** The heading without its label: 'Legal measures'. */
  title: string;
}

/**
 * Level and label of a heading. Roman numerals are I, V, X alone or two or more
 * numeral letters; "C." or "D." alone are letters. `previousLetter` (the label of the
 * preceding letter heading) disambiguates "I." after "H.".
 */
export function headingInfo(text: string, previousLetter: string | null = null): HeadingInfo {
  const t = cleanTitle(text);
  const r = ROMAN_HEADING.exec(t);
  const numeral = r?.[1] ?? '';
  const romanOk = numeral.length === 1 ? ['I', 'V', 'X'].includes(numeral) : numeral.length > 1;
  const letterSequel = numeral.length === 1 && previousLetter !== null && previousLetter.charCodeAt(0) + 1 === numeral.charCodeAt(0);
  if (r && romanOk && !letterSequel && romanValue(numeral) !== null) return { level: 1, label: numeral, title: cleanTitle(r[2] ?? '') };
  const l = LETTER_HEADING.exec(t);
  if (l) return { level: 2, label: l[1] ?? null, title: cleanTitle(l[2] ?? '') };
  return { level: 1, label: null, title: t };
}

/** True when a heading carries a section label (I., A.) or is a conventional section name. */
export function isStructuralHeading(text: string): boolean {
  const info = headingInfo(text);
  return info.label !== null || /^(introduction|preamble|background|conclusions?)$/i.test(info.title);
}

/** Does an unnumbered paragraph look like a heading (short, no final punctuation)? */
export function looksLikeHeading(p: FrameworkSourceParagraph): boolean {
  if (p.number !== null) return false;
  const t = cleanText(p.text);
  if (t === '' || t.length > 200) return false;
  if (LETTER_ITEM.test(t) || BULLET_ITEM.test(t)) return false;
  if (parseAnnexHeading(t)) return true;
  if (/[.;:,!?]$/.test(t)) return false;
  if (!/^[\p{Lu}“"‘']/u.test(t)) return false;
  return t.split(' ').length <= 25;
}

/** A signature block: a personal name, a date, or both ("BAN Ki-moon 21 November 2013"). */
export function parseSignature(text: string): { name: string | null; date: string | null } | null {
  const t = cleanTitle(text);
  const dm = DATE_TEXT.exec(t);
  const namePart = squash(dm ? `${t.slice(0, dm.index)} ${t.slice(dm.index + dm[0].length)}` : t).replace(/[,]+$/, '');
  const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
  const name = namePart === '' ? null : NAME.test(namePart) ? namePart : undefined;
  if (name === undefined) return null;
  if (name !== null) {
    if (headingInfo(name).label !== null) return null;
    if (/\b(Annex|Statement|Framework|Introduction|United|Nations|Committee|Board|Agenda)\b/i.test(name)) return null;
    // A signature prints the family name in capitals ("BAN Ki-moon") or carries the date of signature.
    if (!dm && !/(?:^|\s)\p{Lu}{2,}(?:\s|$|-)/u.test(name)) return null;
  }
  if (name === null && !dm) return null;
  return { name, date: dm ? dm[0] : null };
}

/** Splits "(a) text" / "• text" labels off an item paragraph. */
export function itemOf(text: string): { item: 'letter' | 'bullet'; label: string; text: string } | null {
  const t = cleanText(text);
  const l = LETTER_ITEM.exec(t);
  if (l) return { item: 'letter', label: `(${l[1] ?? ''})`, text: l[2] ?? '' };
  const b = BULLET_ITEM.exec(t);
  if (b) return { item: 'bullet', label: '•', text: b[1] ?? '' };
  return null;
}

/**
 * Splits a paragraph whose lettered or bulleted list was kept inline:
 * "The purpose is: (a) To x; (b) To y." → lead + items. Letters must run a, b, c...
 */
export function splitEmbeddedItems(text: string): { lead: string; items: { item: 'letter' | 'bullet'; label: string; text: string }[] } {
  const t = cleanText(text);
  const first = /(^|:\s*)\(a\)\s+/.exec(t);
  if (first) {
    const cuts: { at: number; bodyAt: number; letter: string }[] = [
      { at: first.index + first[1]!.length, bodyAt: first.index + first[0].length, letter: 'a' },
    ];
    let from = cuts[0]!.bodyAt;
    for (let code = 'b'.charCodeAt(0); code <= 'z'.charCodeAt(0); code++) {
      const letter = String.fromCharCode(code);
      const re = new RegExp(`([;:.]\\s+(?:and\\s+|or\\s+)?)\\(${letter}\\)\\s+`, 'g');
      re.lastIndex = from;
      const m = re.exec(t);
      if (!m) break;
      cuts.push({ at: m.index + (m[1] ?? '').length, bodyAt: m.index + m[0].length, letter });
      from = m.index + m[0].length;
    }
    const lead = t.slice(0, cuts[0]!.at).trim();
    const items = cuts.map((c, i) => ({
      item: 'letter' as const,
      label: `(${c.letter})`,
      text: t.slice(c.bodyAt, i + 1 < cuts.length ? cuts[i + 1]!.at : t.length).trim(),
    }));
    return { lead, items };
  }
  if (/(^|:)\s*[•▪●]\s+/.test(t)) {
    const parts = t.split(/\s*[•▪●]\s+/);
    const lead = (parts.shift() ?? '').trim();
    if (lead === '' || lead.endsWith(':')) {
      return { lead, items: parts.filter((p) => p.trim() !== '').map((p) => ({ item: 'bullet' as const, label: '•', text: p.trim() })) };
    }
  }
  return { lead: t, items: [] };
}

function pathElementIsText(el: string): boolean {
  if (ANNEX_SLUG.test(el)) return true;
  // Machine slugs ("sec_2", "para_3") are not headings.
  return /\s/.test(el.trim()) || /^\p{Lu}/u.test(el.trim());
}

function pointLabel(pt: { kind: string; label: string }): { item: 'letter' | 'bullet'; label: string } {
  if (pt.kind === 'bullet') return { item: 'bullet', label: '•' };
  if (pt.kind === 'number') return { item: 'letter', label: `${pt.label}.` };
  return { item: 'letter', label: `(${pt.label})` };
}

function textBlocks(p: FrameworkSourceParagraph): TextBlock[] {
  const out: TextBlock[] = [];
  if (p.points && p.points.length > 0) {
    const lead = cleanText(p.intro ?? '');
    if (lead !== '') out.push({ type: 'text', src: p, line: p.line, number: p.number, label: null, item: null, text: lead });
    for (const pt of p.points) {
      const { item, label } = pointLabel(pt);
      out.push({ type: 'text', src: p, line: pt.line, number: null, label, item, text: cleanText(pt.text) });
    }
    return out;
  }
  const item = itemOf(p.text);
  if (item && p.number === null) {
    return [{ type: 'text', src: p, line: p.line, number: null, label: item.label, item: item.item, text: item.text }];
  }
  const { lead, items } = splitEmbeddedItems(p.text);
  if (lead !== '' || items.length === 0)
    out.push({ type: 'text', src: p, line: p.line, number: p.number, label: null, item: null, text: lead });
  for (const it of items) out.push({ type: 'text', src: p, line: p.line, number: null, label: it.label, item: it.item, text: it.text });
  return out;
}

function headingText(h: FrameworkSourceHeading): string {
  if ((h.kind === 'roman' || h.kind === 'letter') && h.label) return `${h.label}. ${h.text}`;
  if (h.kind === 'annex' && h.label && !/^annex\b/i.test(h.text)) return `Annex ${h.label}`;
  return h.text;
}

/**
 * The reading-order stream of headings and text blocks. Headings are taken from the
 * parser's `headings` and `annexes` when given (interleaved by line); otherwise from
 * heading-like paragraphs and new `sectionPath` entries. A heading seen twice in a row
 * is emitted once.
 */
export function toBlocks(
  paragraphs: readonly FrameworkSourceParagraph[],
  headings?: readonly FrameworkSourceHeading[],
  annexes?: readonly FrameworkSourceAnnex[],
): Block[] {
  const out: Block[] = [];
  let recent = new Set<string>();
  const pending: HeadingBlock[] = [];
  const emitHeading = (text: string, line: number, paragraphId: string | null, fromPath: boolean): void => {
    const key = squash(cleanTitle(text)).toLowerCase();
    if (key === '' || recent.has(key)) return;
    recent.add(key);
    const block: HeadingBlock = { type: 'heading', text: cleanTitle(text), line, paragraphId, fromPath };
    if (paragraphId === null) pending.push(block);
    out.push(block);
  };
  const emitText = (p: FrameworkSourceParagraph): void => {
    for (const h of pending.splice(0)) h.paragraphId = p.id;
    recent = new Set();
    out.push(...textBlocks(p));
  };

  if (headings !== undefined) {
    type Ev = { line: number; order: number; run: () => void };
    const events: Ev[] = [];
    for (const h of headings) events.push({ line: h.line, order: 0, run: () => emitHeading(headingText(h), h.line, null, false) });
    for (const a of annexes ?? []) {
      // The marker too, in case the headings list lacks it (a repeat is dropped).
      events.push({ line: a.line, order: 0.5, run: () => emitHeading(a.label, a.line, null, false) });
      const title = a.title;
      if (title) events.push({ line: a.line, order: 1, run: () => emitHeading(title, a.line, null, false) });
    }
    for (const p of paragraphs) {
      events.push({ line: p.line, order: 2, run: () => (looksLikeHeading(p) ? emitHeading(p.text, p.line, p.id, false) : emitText(p)) });
    }
    const indexed = events.map((e, i) => ({ ...e, i }));
    indexed.sort((a, b) => a.line - b.line || a.order - b.order || a.i - b.i);
    for (const e of indexed) e.run();
    return out;
  }

  let prevPath: string[] = [];
  for (const p of paragraphs) {
    if (looksLikeHeading(p)) {
      emitHeading(p.text, p.line, p.id, false);
      continue;
    }
    // Section paths are compared between text paragraphs only: heading paragraphs may carry
    // an empty or partial path of their own.
    const path = p.sectionPath ?? [];
    let common = 0;
    while (common < path.length && common < prevPath.length && path[common] === prevPath[common]) common++;
    for (let i = common; i < path.length; i++) {
      const el = path[i] ?? '';
      if (pathElementIsText(el)) emitHeading(ANNEX_SLUG.test(el) ? `Annex ${el.replace(/^annex[_\s-]*/i, '')}` : el, p.line, p.id, true);
    }
    prevPath = path;
    emitText(p);
  }
  return out;
}

/** Provision kind implied by a section heading, or null. */
export function sectionKind(title: string): ProvisionKind | null {
  const t = title.toLowerCase();
  if (/\bassistance areas?\b|\bareas? (?:of|for) assistance\b/.test(t)) return 'ASSISTANCE_AREA';
  if (/\bsuccess factors?\b/.test(t)) return 'SUCCESS_FACTOR';
  if (/\bprinciples?\b/.test(t)) return 'PRINCIPLE';
  if (/\bdefinitions?\b|\bcommon understanding\b|\bterminology\b/.test(t)) return 'DEFINITION';
  if (/\bpurposes?\b/.test(t)) return 'PURPOSE';
  if (/\bobjectives?\b|\bgoals?\b/.test(t)) return 'OBJECTIVE';
  if (/\bcommitments?\b/.test(t)) return 'COMMITMENT';
  if (/\brecommendations?\b/.test(t)) return 'RECOMMENDATION';
  if (/\bmeasures?\b|\bmechanisms?\b|\bimplementation\b/.test(t)) return 'MEASURE';
  return null;
}

/** True for a section that describes the organizations' mandates. */
export function isMandateSection(title: string): boolean {
  return /\bmandates?\b/i.test(title);
}

/** The last sentence of a lead-in when it introduces a list (ends with a colon), else null. */
export function introducerSentence(text: string): string | null {
  const t = text.trim();
  if (!t.endsWith(':')) return null;
  const sentences = splitSentences(t);
  return sentences[sentences.length - 1] ?? null;
}

/** A one-sentence lead-in of at most 25 words ending with a colon: "The purpose of the framework is:". */
export function isPureIntroducer(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') && splitSentences(t).length === 1 && t.split(/\s+/).length <= 25;
}

/** Kind of the items a list introducer announces ("... the following principles:"). */
export function introducerKind(sentence: string): ProvisionKind | null {
  const t = sentence.toLowerCase();
  if (/\bsuccess factors?\b/.test(t)) return 'SUCCESS_FACTOR';
  if (/\bpurposes?\b/.test(t)) return 'PURPOSE';
  if (/\bprinciples?\b/.test(t)) return 'PRINCIPLE';
  if (/\bobjectives?\b|\bgoals?\b/.test(t)) return 'OBJECTIVE';
  if (/\bcommit(?:s|ments?)?\b/.test(t)) return 'COMMITMENT';
  if (/\brecommend/.test(t)) return 'RECOMMENDATION';
  if (/\bdefinitions?\b/.test(t)) return 'DEFINITION';
  return null;
}

/** "(we) reaffirm our strong commitment", but not "to reaffirm": a commitment renewed in the text's own voice. */
const RENEWED_COMMITMENT = new RegExp(
  [
    String.raw`(?<!\bto\s)\b(?:renew|reaffirm|reiterate|reconfirm)s?\s+`,
    String.raw`(?:(?:our|their|its|my|the)\s+)?(?:(?:strong|full|solemn|firm)\s+)?(?:commitment|support)\b`,
  ].join(''),
  'i',
);

/** Kind a provision's own wording states, or null. */
export function wordingKind(text: string): ProvisionKind | null {
  const t = text.trim();
  if (/^(?:we|I)\s+(?:will|shall|commit|pledge)\b/i.test(t)) return 'COMMITMENT';
  if (RENEWED_COMMITMENT.test(t)) {
    return 'COMMITMENT';
  }
  if (
    /^the\s+(?:main\s+|overall\s+)?purposes?\s+of\s+(?:the|this)\s+(?:present\s+)?(?:document|framework|statement|policy|strategy)\b/i.test(
      t,
    )
  ) {
    return 'PURPOSE';
  }
  if (/\bprinciple\s+is\s+that\b/i.test(t)) return 'PRINCIPLE';
  if (/\brecommends?\s+that\b/i.test(t)) return 'RECOMMENDATION';
  if (/\b(?:aims?|seeks?)\s+to\b|\bobjective\s+is\b/i.test(t)) return 'OBJECTIVE';
  if (/\b(?:is|are)\s+defined\s+as\b/i.test(t)) return 'DEFINITION';
  return null;
}

/** "Cost-effectiveness: it should ..." → "Cost-effectiveness"; null when the item has no run-in title. */
export function runInTitle(text: string): string | null {
  const m = /^([\p{Lu}][^:;.]{0,80}?):\s+(?=\p{Ll})/u.exec(text);
  if (!m) return null;
  const title = (m[1] ?? '').trim();
  return title.split(/\s+/).length <= 8 ? title : null;
}
