import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSessions, parseDocument } from '../src/document/index.js';
import { resolve, seeds } from './document-seeds.js';

/**
 * Metamorphic tests of the agenda: each variant changes one thing a real report could get
 * wrong (an unnumbered agenda line, a heading that names another title or an item not on the
 * agenda, a cover page that lists fewer titles than letters). What cannot be placed is reported
 * with its line; the rest of the agenda and the paragraphs' items are what the original gives.
 */
const HLCP = '000_dcaf472a3bcc0594.txt';
const SG = '002_0e4775ef41d0f159.txt';
const text = (file: string) => readFileSync(join(seeds, file), 'utf8');
const extract = (file: string, body: string) => extractSessions(parseDocument(body, file), resolve);
const replaceOnce = (body: string, from: string, to: string) => {
  expect(body.split(from)).toHaveLength(2);
  return body.replace(from, to);
};
const reasons = (x: ReturnType<typeof extract>) => x.unplaced.map((u) => u.reason);
const agendaIds = (x: ReturnType<typeof extract>) => x.sessions.find((s) => s.id === x.documentSessionId)!.agenda.map((i) => i.id);
const titles = (x: ReturnType<typeof extract>) => x.sessions.find((s) => s.id === x.documentSessionId)!.agenda.map((i) => i.title);
const lineOf = (body: string, needle: string) => body.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('agenda rejections (HLCP report, annex agenda)', () => {
  const original = extract(HLCP, text(HLCP));

  it('the original places every agenda line and section heading', () => {
    expect(agendaIds(original)).toHaveLength(17);
    expect(reasons(original).filter((r) => /agenda/.test(r))).toEqual([]);
  });

  it.each([
    ['after a blank line', '\n\nProgramme of work.\n\n'],
    ['on the next line', '\nProgramme of work.\n'],
  ])('reports an unnumbered line of the agenda annex (%s), never part of the item above', (_, inserted) => {
    const body = replaceOnce(text(HLCP), '4. Briefings by UN-Water and UN-Energy.\n', `4. Briefings by UN-Water and UN-Energy.${inserted}`);
    const variant = extract(HLCP, body);
    expect(agendaIds(variant)).toEqual(agendaIds(original));
    expect(titles(variant)).toEqual(titles(original));
    expect(variant.unplaced.filter((u) => u.text.includes('Programme of work'))).toEqual([
      expect.objectContaining({ line: lineOf(body, 'Programme of work.'), reason: 'text in agenda annex that is not a numbered item' }),
    ]);
  });

  it('still joins a title that wraps onto the next line', () => {
    const body = replaceOnce(text(HLCP), '4. Briefings by UN-Water and UN-Energy.\n', '4. Briefings by UN-Water\nand UN-Energy.\n');
    const variant = extract(HLCP, body);
    expect(titles(variant)).toEqual(titles(original));
    expect(variant.unplaced.filter((u) => u.text.includes('UN-Energy'))).toEqual([]);
  });

  it('reports a heading whose title differs from its agenda item, and still places its paragraphs under that item', () => {
    const heading = 'II. Agenda item 1: Centrality of human rights in the work of the United Nations system';
    const body = replaceOnce(text(HLCP), heading, 'II. Agenda item 1: Human rights up front');
    const variant = extract(HLCP, body);
    expect(variant.unplaced).toContainEqual(
      expect.objectContaining({
        line: lineOf(body, 'II. Agenda item 1: Human rights up front'),
        reason: "heading title differs from agenda item 1 title 'Centrality of human rights in the work of the United Nations system'",
      }),
    );
    expect(variant.paragraphAgendaItems).toEqual(original.paragraphAgendaItems);
  });

  it('reports a heading naming an item that is not on the agenda and leaves its paragraphs without an item', () => {
    const body = replaceOnce(text(HLCP), 'VII. Agenda item 6: Other matters', 'VII. Agenda item 9: Other matters');
    const variant = extract(HLCP, body);
    expect(variant.unplaced).toContainEqual(
      expect.objectContaining({ line: lineOf(body, 'VII. Agenda item 9'), reason: 'agenda item 9 not in the agenda' }),
    );
    const moved = Object.keys(original.paragraphAgendaItems).filter(
      (id) => original.paragraphAgendaItems[id] !== variant.paragraphAgendaItems[id],
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const id of moved) {
      expect(original.paragraphAgendaItems[id]).toMatch(/\/item_6(_[a-z])?$/);
      expect(variant.paragraphAgendaItems[id]).toBeNull();
    }
  });
});

describe('agenda rejections (Secretary-General report, cover-page agenda item)', () => {
  const original = extract(SG, text(SG));

  it('the original reads item 130 with one sub-item per letter', () => {
    const ids = agendaIds(original);
    expect(ids.filter((id) => /item_130_[a-z]+$/.test(id))).toHaveLength(26);
    expect(reasons(original).filter((r) => /sub-item (letters|titles?)/.test(r))).toEqual([]);
  });

  it('reports a cover page with fewer sub-item titles than letters, and keeps the titles it has', () => {
    const body = replaceOnce(text(SG), 'Cooperation between the United Nations and the African Union\n\n', '');
    const variant = extract(SG, body);
    expect(reasons(variant)).toContain('agenda item 130: 26 sub-item letters but 25 sub-item titles');
    expect(agendaIds(variant).filter((id) => /item_130_[a-z]+$/.test(id))).toHaveLength(25);
    expect(agendaIds(variant)).toContain(agendaIds(original).find((id) => id.endsWith('item_130')));
  });
});
