import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractOutcomes, extractReferences, extractSessions, parseDocument } from '../src/document/index.js';

/**
 * A document written for these tests by altering a seed excerpt (000): another committee
 * (HLCM), another session (31st), other dates/venue (Vienna, April 2016), printed symbol,
 * page furniture inside a paragraph, a line-end hyphen to join and one to keep, a wrapped
 * heading, a skipped paragraph number and a heading that matches no agenda item.
 */
const here = dirname(fileURLToPath(import.meta.url));
const FILE = 'document-hlcm-31.txt';
const doc = parseDocument(readFileSync(join(here, 'fixtures', FILE), 'utf8'), FILE);
const ORGS: Record<string, string> = {
  'High-level Committee on Management': 'hlcm',
  'United Nations System Chief Executives Board for Coordination': 'ceb',
};
const sessions = extractSessions(doc, (n) => ORGS[n] ?? null);
const p = (local: string) => doc.paragraphs.find((x) => x.localId === local)!;

describe('altered fixture: HLCM 31st session report', () => {
  it('metadata', () => {
    expect(doc).toMatchObject({
      id: 'ceb-2016-3',
      symbol: 'CEB/2016/3',
      kind: 'REPORT',
      date: '2016-04-29',
      title: 'Report of the High-level Committee on Management on its thirty-first session',
    });
  });
  it('structure: ids, sections, annexes, skipped number reported', () => {
    expect(doc.paragraphs.map((x) => x.localId)).toEqual([
      'para_1',
      'para_2',
      'para_3',
      'para_4',
      'para_5',
      'para_6',
      'para_7',
      'para_9',
      'para_10',
      'para_11',
      'annex_1/p_1',
      'annex_2/para_1',
      'annex_2/para_2',
    ]);
    expect(p('para_3').sectionPath).toEqual(['II. Agenda item 1: Cybersecurity of United Nations system information infrastructure']);
    expect(p('para_7').sectionPath).toEqual(['III. Agenda item 2: Human resources management', 'B. Mobility']);
    expect(doc.annexes.map((a) => [a.eId, a.title])).toEqual([
      ['annex_1', 'Agenda'],
      ['annex_2', 'Inter-agency mobility accord'],
    ]);
    expect(doc.unplaced).toEqual([
      {
        fileName: FILE,
        line: 49,
        text: '9. Members discussed the duty of care of organizations towards their personnel in high-risk duty stations.',
        reason: 'paragraph number gap: expected 8, found 9',
      },
    ]);
  });
  it('cleaning: furniture removed, cyber-/environment joined, Secretary-/General kept, links and footnote markers removed', () => {
    expect(p('para_3').text).toContain('on the protection of the cyberenvironment of United Nations system organizations');
    expect(p('para_3').text).not.toContain('16-05123');
    expect(p('para_4').text).toContain('by the Secretary-General and the executive heads. The representative of ITU');
    expect(p('para_4').text).toContain('(see CEB/2013/2, annex III)');
    expect(doc.footnotes).toEqual([
      {
        marker: '¹',
        line: 33,
        anchorLine: 31,
        text: 'See the report of the Secretary-General on information and communications technology in the United Nations (A/70/364).',
      },
    ]);
  });
  it('sessions: recorded, mentioned, scheduled with dates and venue', () => {
    expect(sessions.documentSessionId).toBe('hlcm-31');
    const byId = Object.fromEntries(sessions.sessions.map((s) => [s.id, s]));
    expect(Object.keys(byId).sort()).toEqual(['hlcm-29', 'hlcm-31', 'hlcm-32', 'hlcm-33']);
    expect(byId['hlcm-31']).toMatchObject({
      number: 31,
      startDate: '2016-04-03',
      endDate: '2016-04-04',
      venue: 'United Nations Office at Vienna',
      city: 'Vienna',
      country: 'Austria',
      status: 'HELD',
      hasRecord: true,
    });
    expect(byId['hlcm-29']).toMatchObject({ status: 'HELD', hasRecord: false });
    expect(byId['hlcm-32']).toMatchObject({
      status: 'SCHEDULED',
      startDate: '2016-10-13',
      endDate: '2016-10-14',
      venue: 'United Nations Headquarters',
      city: 'New York',
    });
    expect(byId['hlcm-33']!.status).toBe('SCHEDULED');
  });
  it('agenda and paragraph mapping; unmatched heading reported', () => {
    const agenda = sessions.sessions.find((s) => s.id === 'hlcm-31')!.agenda;
    expect(agenda.map((i) => i.id)).toEqual([
      'hlcm-31/item_1',
      'hlcm-31/item_2',
      'hlcm-31/item_2_a',
      'hlcm-31/item_2_b',
      'hlcm-31/item_2_c',
      'hlcm-31/item_3',
    ]);
    const m = sessions.paragraphAgendaItems;
    expect(m[`${doc.id}/para_3`]).toBe('hlcm-31/item_1');
    expect(m[`${doc.id}/para_6`]).toBe('hlcm-31/item_2_a');
    expect(m[`${doc.id}/para_9`]).toBe('hlcm-31/item_2_c');
    expect(m[`${doc.id}/para_10`]).toBe('hlcm-31/item_3');
    expect(m[`${doc.id}/para_11`]).toBeNull();
    expect(sessions.unplaced.map((u) => [u.line, u.reason])).toEqual([[55, 'section heading not matched to an agenda item']]);
  });
  it('outcomes and references', () => {
    const o = extractOutcomes(doc, sessions).outcomes;
    expect(o.map((x) => `${x.paragraphId.split('/').pop()} ${x.kind}`)).toEqual([
      'para_5 ENDORSED',
      'para_5 REQUESTED',
      'para_6 TOOK_NOTE',
      'para_7 ADOPTED',
      'para_7 DECIDED',
    ]);
    expect(o[3]).toMatchObject({ verb: 'approved', frameworkPhrase: 'Inter-agency mobility accord', agendaItemId: 'hlcm-31/item_2_b' });
    const r = extractReferences(doc).references.map((x) => `${x.symbol}@${x.paragraphId.split('/').pop()}`);
    expect(r).toEqual(['CEB/2013/2@para_4', 'A/RES/67/257@para_6', 'A/70/364@para_4']);
  });
});
