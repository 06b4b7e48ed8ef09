import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSessions, parseDocument } from '../src/document/index.js';
import { ceb, cic, hlcp, pid, resolve, sCeb, sCic, seeds, session, sg, sHlcp, sSg } from './document-seeds.js';

describe('sessions recorded by each document', () => {
  it('000 records HLCP 26 in Geneva, 17-18 October 2013', () => {
    expect(sHlcp.documentSessionId).toBe('hlcp-26');
    const s = session(sHlcp, 'hlcp-26');
    expect(s).toMatchObject({
      bodyId: 'hlcp',
      number: 26,
      year: 2013,
      startDate: '2013-10-17',
      endDate: '2013-10-18',
      city: 'Geneva',
      country: 'Switzerland',
      status: 'HELD',
      hasRecord: true,
      relation: 'RECORDS',
    });
    expect(s.venue).toBe('Headquarters of the Office of the United Nations High Commissioner for Human Rights');
  });
  it('003 records CEB second regular session of 2013 in New York on 25 November 2013', () => {
    expect(sCeb.documentSessionId).toBe('ceb-2013-2');
    expect(session(sCeb, 'ceb-2013-2')).toMatchObject({
      bodyId: 'ceb',
      number: 2,
      year: 2013,
      startDate: '2013-11-25',
      endDate: '2013-11-25',
      venue: 'United Nations Headquarters',
      city: 'New York',
      status: 'HELD',
      hasRecord: true,
    });
  });
  it('002 is submitted to the seventy-fifth session of the General Assembly (provisional agenda: scheduled)', () => {
    expect(sSg.documentSessionId).toBe('ga-75');
    expect(session(sSg, 'ga-75')).toMatchObject({ number: 75, status: 'SCHEDULED', hasRecord: false, relation: 'SUBMITTED_TO' });
    expect(session(sSg, 'ga-73')).toMatchObject({ status: 'HELD', relation: 'MENTIONS' });
  });
  it('001 records the informal consultation of 7 May 2015 hosted by CIC', () => {
    expect(sCic.documentSessionId).toBe('cic-2015-05-07');
    expect(session(sCic, 'cic-2015-05-07')).toMatchObject({ number: null, year: 2015, startDate: '2015-05-07', hasRecord: true });
    expect(sCic.sessions).toHaveLength(1);
  });
});

describe('resolver fallbacks', () => {
  it('tries the acronym when the resolver knows only acronyms', () => {
    const acronyms: Record<string, string> = { CEB: 'ceb', HLCP: 'hlcp', HLCM: 'hlcm', CIC: 'cic' };
    const byAcronym = (n: string) => acronyms[n] ?? null;
    expect(extractSessions(ceb, byAcronym).documentSessionId).toBe('ceb-2013-2');
    expect(extractSessions(hlcp, byAcronym).sessions.map((s) => s.id)).toContain('hlcp-28');
    // "New York University's Center on International Cooperation (CIC) hosted ..."
    expect(extractSessions(cic, byAcronym).documentSessionId).toBe('cic-2015-05-07');
    expect(extractSessions(cic, () => null).documentSessionId).toBeNull();
  });
});

describe('sessions mentioned or scheduled', () => {
  it('000 mentions earlier HLCP sessions and schedules the 27th and 28th', () => {
    const ids = sHlcp.sessions.map((s) => s.id).sort();
    expect(ids).toEqual([
      'ceb-2011-1',
      'ceb-2011-2',
      'ceb-2012-2',
      'ceb-2013-1',
      'ceb-2013-2',
      'ceb-2014-1',
      'ceb-2014-2',
      'csw-59',
      'ga-69',
      'hlcp-14',
      'hlcp-20',
      'hlcp-21',
      'hlcp-22',
      'hlcp-23',
      'hlcp-24',
      'hlcp-25',
      'hlcp-26',
      'hlcp-27',
      'hlcp-28',
    ]);
    expect(session(sHlcp, 'hlcp-23')).toMatchObject({ status: 'HELD', relation: 'MENTIONS' });
    expect(session(sHlcp, 'hlcp-27')).toMatchObject({ status: 'SCHEDULED', relation: 'SCHEDULES', hasRecord: false });
    expect(session(sHlcp, 'hlcp-28').provenance.map((p) => p.paragraphId)).toEqual([pid(hlcp, 'para_49')]);
    // "CEB would discuss it at its upcoming meeting, the second regular session of 2013" (para 9)
    expect(session(sHlcp, 'ceb-2013-2').status).toBe('SCHEDULED');
    // "The inaugural review was held at its first regular session of 2013" — 'its' carried from CEB in the previous sentence
    expect(session(sHlcp, 'ceb-2013-1').provenance.map((p) => p.paragraphId)).toContain(pid(hlcp, 'para_58'));
    expect(session(sHlcp, 'csw-59')).toMatchObject({ year: 2015, status: 'SCHEDULED' });
    // the COP body is not known to the stub resolver: reported, not guessed
    // "At its spring 2011 session, CEB endorsed" (para 67) / "by CEB at its fall 2013 session" (para 111)
    expect(session(sHlcp, 'ceb-2011-1').provenance.map((p) => p.paragraphId)).toEqual([pid(hlcp, 'para_67')]);
    expect(session(sHlcp, 'ceb-2013-2').provenance.map((p) => p.paragraphId)).toContain(pid(hlcp, 'para_111'));
    expect(sHlcp.unplaced.map((u) => [u.line, u.reason])).toEqual([
      [330, 'session named by season only (United Nations System Chief Executives Board for Coordination); no session number can be given'],
      [364, 'session named by year only (Economic and Social Council); no session number can be given'],
      [174, 'session body not resolved to an organization'],
    ]);
  });
  it('003: HLCP 26 and HLCM 26 with their dates, future CEB sessions with dates, venues, host', () => {
    expect(session(sCeb, 'hlcp-26')).toMatchObject({
      startDate: '2013-10-17',
      endDate: '2013-10-18',
      city: 'Geneva',
      hasRecord: false,
      relation: 'MENTIONS',
    });
    expect(session(sCeb, 'hlcm-26')).toMatchObject({
      startDate: '2013-10-10',
      endDate: '2013-10-11',
      venue: 'United Nations Office at Geneva',
      city: 'Geneva',
    });
    expect(session(sCeb, 'ceb-2014-1')).toMatchObject({
      startDate: '2014-05-08',
      endDate: '2014-05-09',
      city: 'Rome',
      country: 'Italy',
      hostId: 'ifad',
      status: 'SCHEDULED',
    });
    expect(session(sCeb, 'ceb-2014-2')).toMatchObject({ venue: 'United Nations Headquarters', city: 'New York', status: 'SCHEDULED' });
    expect(session(sCeb, 'ceb-2015-1')).toMatchObject({
      venue: 'UNESCO headquarters',
      city: 'Paris',
      country: 'France',
      status: 'SCHEDULED',
    });
    expect(session(sCeb, 'ga-69').status).toBe('SCHEDULED');
    expect(session(sCeb, 'ga-68').status).toBe('HELD');
    // "for discussion at the second regular session of 2014" → the Board's own session, not UNDG's
    expect(sCeb.sessions.some((s) => s.id.startsWith('undg'))).toBe(false);
    expect(session(sCeb, 'ceb-2014-2').provenance.map((p) => p.paragraphId)).toContain(pid(ceb, 'para_85'));
  });
});

describe('agendas', () => {
  it('HLCP 26 agenda from Annex I: 6 items, item 3 with (a)-(e), item 6 with (a)-(f)', () => {
    const agenda = session(sHlcp, 'hlcp-26').agenda;
    const top = agenda.filter((i) => i.letter === null);
    expect(top.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(agenda.filter((i) => i.parentId === 'hlcp-26/item_3').map((i) => i.letter)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(agenda.filter((i) => i.parentId === 'hlcp-26/item_6').map((i) => i.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(agenda.find((i) => i.id === 'hlcp-26/item_3_b')!.title).toBe('Cybersecurity and cybercrime');
    expect(agenda.find((i) => i.id === 'hlcp-26/item_1')!.title).toBe(
      'Centrality of human rights in the work of the United Nations system',
    );
    expect(agenda.find((i) => i.id === 'hlcp-26/item_3_b')!.provenance.line).toBe(404);
  });
  it('CEB 2013-2 agenda adopted in para 5: 4 items, item 2 with 3 sub-items', () => {
    const agenda = session(sCeb, 'ceb-2013-2').agenda;
    expect(agenda.filter((i) => i.letter === null).map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Adoption of the agenda',
      '2 Reports of CEB high-level committees',
      '3 Issues of system-wide concern: cybersecurity/cybercrime and policies on information',
      '4 Other matters',
    ]);
    expect(agenda.filter((i) => i.parentId === 'ceb-2013-2/item_2').map((i) => i.title)).toEqual([
      'High-level Committee on Programmes',
      'High-level Committee on Management',
      'United Nations Development Group',
    ]);
    expect(agenda.every((i) => i.provenance.paragraphId === pid(ceb, 'para_5'))).toBe(true);
  });
  it('GA 75 item 130 with 26 sub-items (a)-(z) about one organization each', () => {
    const agenda = session(sSg, 'ga-75').agenda;
    const item = agenda.find((i) => i.id === 'ga-75/item_130')!;
    expect(item.title).toBe('Cooperation between the United Nations and regional and other organizations');
    const subs = agenda.filter((i) => i.parentId === 'ga-75/item_130');
    expect(subs).toHaveLength(26);
    expect(subs.map((i) => i.letter).join('')).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(subs.map((i) => i.aboutOrganizationNames[0])).toEqual([
      'African Union',
      'Organization of Islamic Cooperation',
      'Asian-African Legal Consultative Organization',
      'League of Arab States',
      'Latin American and Caribbean Economic System',
      'Organization of American States',
      'Organization for Security and Cooperation in Europe',
      'Caribbean Community',
      'Economic Cooperation Organization',
      'International Organization of la Francophonie',
      'Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization',
      'Council of Europe',
      'Economic Community of Central African States',
      'Organization for the Prohibition of Chemical Weapons',
      'Black Sea Economic Cooperation Organization',
      'Pacific Islands Forum',
      'Association of Southeast Asian Nations',
      'Community of Portuguese-speaking Countries',
      'Shanghai Cooperation Organization',
      'Collective Security Treaty Organization',
      'Central European Initiative',
      'Organization for Democracy and Economic Development – GUAM',
      'Commonwealth of Independent States',
      'International Organization for Migration',
      'International Criminal Police Organization',
      'International Fund for Saving the Aral Sea',
    ]);
    expect(subs[0]!.organizationIds).toEqual(['au']);
    expect(subs.find((i) => i.letter === 'd')!.organizationIds).toEqual(['las']);
    expect(subs[1]!.organizationIds).toEqual([]);
    expect(subs[0]!.title).toBe('Cooperation between the United Nations and the African Union');
  });
});

describe('agenda lines that cannot be placed', () => {
  it('an agenda line without a number is reported, not guessed (000 excerpt + one altered line)', () => {
    const lines = readFileSync(join(seeds, '000_dcaf472a3bcc0594.txt'), 'utf8').split('\n');
    const text = [...lines.slice(0, 25), ...lines.slice(395, 416), ' - Closing of the session.', ''].join('\n');
    const d = parseDocument(text, 'excerpt.txt');
    const x = extractSessions(d, resolve);
    const line = text.split('\n').indexOf(' - Closing of the session.') + 1;
    expect(x.unplaced).toEqual([
      { fileName: 'excerpt.txt', line, text: 'Closing of the session.', reason: 'agenda line without an item number' },
    ]);
    expect(session(x, 'hlcp-26').agenda).toHaveLength(17);
  });
});

describe('paragraph → agenda item', () => {
  it('000: from "Agenda item N:" headings and lettered sub-headings', () => {
    const m = sHlcp.paragraphAgendaItems;
    expect(m[pid(hlcp, 'para_3')]).toBeNull();
    expect(m[pid(hlcp, 'para_12')]).toBe('hlcp-26/item_1');
    expect(m[pid(hlcp, 'para_33')]).toBe('hlcp-26/item_2');
    expect(m[pid(hlcp, 'para_49')]).toBe('hlcp-26/item_3_b');
    expect(m[pid(hlcp, 'para_74')]).toBe('hlcp-26/item_3_e');
    expect(m[pid(hlcp, 'para_111')]).toBe('hlcp-26/item_5');
    expect(m[pid(hlcp, 'para_124')]).toBe('hlcp-26/item_6_f');
    expect(m[pid(hlcp, 'annex_3/para_9')]).toBeNull();
    expect(Object.values(m).filter((v) => v === 'hlcp-26/item_5')).toHaveLength(29);
  });
  it('003: from headings equal to agenda titles', () => {
    const m = sCeb.paragraphAgendaItems;
    expect(m[pid(ceb, 'para_5')]).toBeNull();
    expect(m[pid(ceb, 'para_6')]).toBe('ceb-2013-2/item_2_a');
    expect(m[pid(ceb, 'para_26')]).toBe('ceb-2013-2/item_2_a');
    expect(m[pid(ceb, 'para_28')]).toBe('ceb-2013-2/item_2_b');
    expect(m[pid(ceb, 'para_56')]).toBe('ceb-2013-2/item_2_c');
    expect(m[pid(ceb, 'para_85')]).toBe('ceb-2013-2/item_3');
    expect(m[pid(ceb, 'para_91')]).toBe('ceb-2013-2/item_4');
  });
  it('002: organization headings map to sub-items; a heading covering two sub-items is reported', () => {
    const m = sSg.paragraphAgendaItems;
    expect(m[pid(sg, 'para_5')]).toBe('ga-75/item_130_a');
    expect(m[pid(sg, 'para_33')]).toBe('ga-75/item_130_o');
    expect(m[pid(sg, 'para_60')]).toBe('ga-75/item_130_y');
    expect(m[pid(sg, 'para_80')]).toBe('ga-75/item_130_v');
    expect(m[pid(sg, 'para_103')]).toBe('ga-75/item_130');
    expect(m[pid(sg, 'para_1')]).toBe('ga-75/item_130');
    expect(sSg.unplaced).toHaveLength(1);
    expect(sSg.unplaced[0]).toMatchObject({ line: 351, reason: 'heading covers sub-items (k), (n); paragraphs assigned to item 130' });
  });
});
