import { isEnglishWord } from '@igc/extraction/document/dictionary';
import type { Random } from './random.js';

/**
 * Layout mutations: they move where lines and pages break and add page furniture, and change no
 * fact. The relation they test: the document reads to the same paragraphs as before.
 */

/** Page furniture of UN documents: running symbol, job number, page counter, URL line. */
export function furnitureLines(random: Random, symbol: string): string[] {
  const page = random.int(2, 30);
  const options = [
    [symbol],
    [`${random.int(10, 20)}-${random.int(10000, 99999)}`],
    [`${page}/${page + random.int(1, 20)}`],
    [`https://undocs.org/${symbol}`],
    [symbol, `${random.int(10, 20)}-${random.int(10000, 99999)}`, `${page}/${page + random.int(1, 20)}`],
  ];
  return random.pick(options);
}

const isBlank = (line: string) => line.trim() === '';

/** Blocks of the text: runs of non-blank lines, with their position. */
function blocks(lines: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    let j = i;
    while (j + 1 < lines.length && !isBlank(lines[j + 1]!)) j++;
    out.push({ start: i, end: j });
    i = j;
  }
  return out;
}

/** A block of body prose worth re-breaking: a numbered paragraph or a long sentence, no list item, no hyphen at a line end. */
function isProse(block: string[]): boolean {
  const text = block.map((l) => l.trim()).join(' ');
  if (text.length < 160) return false;
  if (block.some((l) => /-\s*$/.test(l))) return false;
  // Lines that open with a number or a list marker are a list (an agenda), not one paragraph; nor are
  // lines that each end a sentence (a statement's commitments, one a line).
  if (block.slice(1).some((l) => /^\s*(?:\d{1,3}\.|[-•]|\(?[a-z]{1,2}\))\s/.test(l))) return false;
  if (block.slice(0, -1).some((l) => /[.;:]["”]?\s*$/.test(l))) return false;
  return /^(?:\d{1,3}\.\s+)?[A-Z“"]/.test(text) && /[.;:]["”]?$/.test(text);
}

/** Inserts furniture between blocks, a blank line around it, at `count` random places after the front matter. */
export function addFurniture(text: string, random: Random, symbol: string, count: number): string {
  const lines = text.split('\n');
  const all = blocks(lines).filter((b) => b.start > 20);
  const at = new Set(Array.from({ length: count }, () => random.pick(all).end));
  return lines.flatMap((line, i) => (at.has(i) ? [line, '', ...furnitureLines(random, symbol), ''] : [line])).join('\n');
}

/**
 * Splits prose paragraphs across a page: the text breaks mid-sentence before a lower-case word,
 * after at least 120 characters (a page holds more than a heading's worth of a paragraph), and
 * page furniture sits between the two halves.
 */
export function splitAcrossPages(text: string, random: Random, symbol: string, count: number): string {
  const lines = text.split('\n');
  const candidates = blocks(lines).filter((b) => b.start > 20 && isProse(lines.slice(b.start, b.end + 1)));
  for (const block of pickSome(candidates, random, count).sort((a, b) => b.start - a.start)) {
    const joined = lines
      .slice(block.start, block.end + 1)
      .map((l) => l.trim())
      .join(' ');
    const breaks = [...joined.matchAll(/[a-z,] (?=[a-z]{3,} )/g)].map((m) => m.index! + 1).filter((i) => i > 120 && i < joined.length - 40);
    if (!breaks.length) continue;
    const cut = random.pick(breaks);
    const page = ['', ...furnitureLines(random, symbol), ''];
    lines.splice(block.start, block.end - block.start + 1, joined.slice(0, cut).trimEnd(), ...page, joined.slice(cut).trimStart());
  }
  return lines.join('\n');
}

export interface Rewrapped {
  text: string;
  /** Words a line break cut in two with a hyphen added ("coordi-" + "nation"): they must read whole. */
  wrappedWords: string[];
  /** Hyphenated words broken after their hyphen ("high-" + "level"): they must keep their hyphen. */
  compoundsBroken: string[];
}

/**
 * Hard-wraps prose paragraphs at a width, as a PDF's text layer does: a break inside a hyphenated
 * word falls after its hyphen (the hyphen stays); a break inside another long word adds a hyphen
 * that is not part of the word.
 */
export function rewrap(text: string, random: Random, width: number, share: number): Rewrapped {
  const lines = text.split('\n');
  const wrappedWords: string[] = [];
  const compoundsBroken: string[] = [];
  // The cover and the opening lines stay as printed: a re-broken first paragraph reads as a title.
  const chosen = blocks(lines).filter((b) => b.start > 12 && isProse(lines.slice(b.start, b.end + 1)) && random.chance(share));
  for (const block of chosen.sort((a, b) => b.start - a.start)) {
    const words = lines
      .slice(block.start, block.end + 1)
      .map((l) => l.trim())
      .join(' ')
      .split(' ');
    const out: string[] = [];
    let current = '';
    for (const word of words) {
      // A line never opens with what reads as a heading or list marker ("III.", "(b)", "4."): a PDF would not break there either.
      const marker = /^(?:[IVXLC]+\.|\d{1,3}\.|[A-Z]\.|\([a-z0-9]{1,3}\)|[-•])$/.test(word);
      if (current.length + 1 + word.length <= width || current === '' || marker) {
        current = current ? `${current} ${word}` : word;
        continue;
      }
      const room = width - current.length - 1;
      const hyphen = word.indexOf('-');
      if (hyphen > 0 && hyphen + 1 <= room && isUnambiguousCompound(word, hyphen)) {
        out.push(`${current} ${word.slice(0, hyphen + 1)}`);
        compoundsBroken.push(word.replace(/[^\p{L}-]+$/u, ''));
        current = word.slice(hyphen + 1);
      } else if (/^[a-z]{9,}[.,;:]?$/.test(word) && room >= 5) {
        const cut = Math.min(room - 1, word.length - 4);
        if (cut >= 4) {
          out.push(`${current} ${word.slice(0, cut)}-`);
          wrappedWords.push(word.replace(/[^a-z]+$/, ''));
          current = word.slice(cut);
        } else {
          out.push(current);
          current = word;
        }
      } else {
        out.push(current);
        current = word;
      }
    }
    if (current) out.push(current);
    lines.splice(block.start, block.end - block.start + 1, ...out);
  }
  return { text: lines.join('\n'), wrappedWords, compoundsBroken };
}

function pickSome<T>(items: T[], random: Random, count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]!);
  return out;
}

/**
 * A compound broken after its hyphen reads back only if its closed form is not a word too:
 * "re-opened"/"reopened", "round-table"/"roundtable" are both English, and no reader of the text
 * alone can tell which the printer meant. Those are not broken after the hyphen.
 */
function isUnambiguousCompound(word: string, hyphen: number): boolean {
  if (!/^[A-Za-z]+-[A-Za-z]/.test(word.slice(0, hyphen + 2)) || word.indexOf('-', hyphen + 1) >= 0) return false;
  const [left, right] = [word.slice(0, hyphen), word.slice(hyphen + 1).replace(/[^A-Za-z]+$/, '')];
  const closedPrefix = /^(?:cyber|micro|macro|multi|inter|intra|counter|sub|super|trans|over|under|socio|bio|eco|geo|tele)$/i.test(left);
  return !closedPrefix && !isEnglishWord(`${left}${right}`);
}
