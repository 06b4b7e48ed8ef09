import { describe, expect, test } from 'vitest';
import { seedGazetteer } from './seed-files.js';
import { readFileSync } from 'node:fs';
import { createOrganizationResolver, parseParticipantList } from '../src/entities/index.js';

// An altered copy of the 000 Annex II layout: other officers (with organizations and honorifics),
// other delegations and counts, a heading wrapped into a tabbed line, an unknown ministry, noise.
// Expected values counted by hand from the fixture file.
const FILE = 'entities-participants-altered.txt';
const lines = readFileSync(new URL(`./fixtures/${FILE}`, import.meta.url), 'utf8')
  .replace(/\n$/, '')
  .split('\n');

describe('altered list of participants (fixture) — same code, no change', () => {
  const r = parseParticipantList(lines, {
    documentId: 'FIX/1',
    sessionId: 'fix-1',
    fileName: FILE,
    firstLine: 1,
    resolver: createOrganizationResolver(seedGazetteer()),
  });

  test('officers with stated organizations and honorifics', () => {
    expect(r.officers).toEqual([
      { role: 'CHAIR', personId: 'gunilla-olsson', organizationId: 'unicef', line: 5 },
      { role: 'VICE_CHAIR', personId: 'paul-egerton', organizationId: 'wmo', line: 7 },
      { role: 'SECRETARY', personId: 'cheryl-stafford', organizationId: null, line: 9 },
    ]);
    expect(r.mentions.slice(0, 2).map((m) => m.honorific)).toEqual(['Ms.', 'Dr.']);
  });

  test('10 delegations, 14 delegates, 17 participations', () => {
    expect(r.delegations.map((d) => [d.organizationId, d.line, d.personIds])).toEqual([
      ['desa', 13, ['navid-hanif']],
      ['ocha', 17, ['antoine-gerard']],
      ['eclac', 22, ['alicia-barcena']],
      [null, 27, ['john-cleese']],
      ['ilo', 31, ['telma-viale', 'ana-teresa-romero']],
      ['wfp', 32, ['joyce-luma', 'robert-hurt']],
      ['unrwa', 34, ['filippo-grandi']],
      ['oic', 36, ['maria-hutchinson', 'sandra-lopez']],
      ['un-women', 37, ['lakshmi-puri', 'sharon-taylor']],
      ['au', 40, ['fatima-kyari-mohammed']],
    ]);
    expect(r.participations).toHaveLength(17);
    expect(r.participations.find((p) => p.personId === 'john-cleese')!.organizationId).toBeNull();
    expect(r.groupHeadings.map((g) => g.heading)).toEqual(['United Nations']);
  });

  test('what cannot be placed is reported with line and reason', () => {
    expect(r.unplaced.map((u) => [u.line, u.text, u.reason])).toEqual([
      [27, 'Ministry of Silly Walks', 'delegation heading resolves to no organization'],
      [39, '* * *', 'neither a delegation heading nor a person'],
      [40, 'Qwer Tyui Opas Dfgh Jklz Xcvb', 'cannot split into personal names'],
      [41, 'Yamina Djacta Jill Helke, Programme Officer', 'title after several names'],
    ]);
    expect(r.unplaced.every((u) => u.fileName === FILE)).toBe(true);
  });

  test('titles and honorifics of delegates', () => {
    const m = (id: string) => r.mentions.find((x) => x.personId === id)!;
    expect(m('navid-hanif')).toMatchObject({ title: 'Director, Office for ECOSOC Support and Coordination', organizationId: 'desa' });
    // An organization inside a title does not make an affiliation unless it ends the title.
    expect(r.affiliations.filter((a) => a.personId === 'navid-hanif').map((a) => a.organizationId)).toEqual(['desa']);
    expect(m('sharon-taylor')).toMatchObject({ title: 'Chief of Staff', organizationId: 'un-women' });
    expect(m('robert-hurt')).toMatchObject({ honorific: 'Mr.', organizationId: 'wfp' });
    expect(m('fatima-kyari-mohammed')).toMatchObject({ honorific: 'H.E. Ambassador', organizationId: 'au' });
    expect(r.affiliations.find((a) => a.personId === 'gunilla-olsson')).toMatchObject({ organizationId: 'unicef', title: null });
  });
});
