import { beforeAll, describe, expect, test } from 'vitest';
import { seedGazetteer } from './seed-files.js';
import { readFileSync } from 'node:fs';
import {
  createOrganizationResolver,
  findParticipantListLines,
  parseParticipantList,
  splitPersonNames,
  type ParticipantListResult,
} from '../src/entities/index.js';

const seed = (f: string) => readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), 'utf8');

function parse000(): ParticipantListResult {
  const r = createOrganizationResolver(seedGazetteer());
  const found = findParticipantListLines(seed('000_dcaf472a3bcc0594.txt'))!;
  return parseParticipantList(found.lines, {
    documentId: 'CEB/2013/6',
    sessionId: 'hlcp-26',
    fileName: '000_dcaf472a3bcc0594.txt',
    firstLine: found.firstLine,
    paragraphId: 'CEB/2013/6/annex_2',
    resolver: r,
  });
}

describe('HLCP 26th session, Annex II "List of participants" (000)', () => {
  let p: ParticipantListResult;
  beforeAll(() => {
    p = parse000();
  });

  // Counted by hand from lines 418-536 of 000_dcaf472a3bcc0594.txt: 39 headings with people under
  // them ("United Nations" only groups the six Secretariat headings below it), 67 people in
  // delegations and 3 officers listed only once.
  test('counts: 39 delegations, 67 delegates + 3 officers = 70 participations, nothing unplaced', () => {
    expect(p.delegations).toHaveLength(39);
    expect(p.delegations.reduce((n, d) => n + d.personIds.length, 0)).toBe(67);
    expect(p.participations).toHaveLength(70);
    expect(new Set(p.participations.map((x) => x.personId)).size).toBe(70);
    expect(p.unplaced).toEqual([]);
    expect(p.groupHeadings).toEqual([{ heading: 'United Nations', organizationId: 'united-nations', line: 428 }]);
  });

  test('officers: Chair, Vice-Chair, Secretary, no organization stated', () => {
    expect(p.officers).toEqual([
      { role: 'CHAIR', personId: 'achim-steiner', organizationId: null, line: 422 },
      { role: 'VICE_CHAIR', personId: 'elliot-harris', organizationId: null, line: 424 },
      { role: 'SECRETARY', personId: 'phyllis-lee', organizationId: null, line: 426 },
    ]);
    const chair = p.participations.find((x) => x.role === 'CHAIR')!;
    expect(chair).toEqual({
      id: 'hlcp-26/achim-steiner/chair',
      sessionId: 'hlcp-26',
      personId: 'achim-steiner',
      organizationId: null,
      role: 'CHAIR',
      provenance: { documentId: 'CEB/2013/6', paragraphId: 'CEB/2013/6/annex_2', line: 422 },
    });
  });

  const people = (orgId: string) => p.delegations.find((d) => d.organizationId === orgId)?.personIds;

  test('Executive Office of the Secretary-General, with a title after a comma', () => {
    expect(people('eosg')).toEqual(['amina-j-mohammed', 'kim-won-soo', 'paul-akiwumi', 'joe-colombano']);
    const kim = p.mentions.find((m) => m.personId === 'kim-won-soo')!;
    expect(kim).toMatchObject({ name: 'Kim Won-soo', title: 'Secretary of CEB', organizationId: 'eosg', role: 'PARTICIPANT' });
    expect(p.affiliations.filter((a) => a.personId === 'kim-won-soo').map((a) => [a.organizationId, a.title])).toEqual([
      ['ceb', 'Secretary of CEB'],
      ['eosg', null],
    ]);
  });

  test('headings wrapped over two and four lines', () => {
    const ohchr = p.delegations.find((d) => d.organizationId === 'ohchr')!;
    expect(ohchr.heading).toBe('Office of the United Nations High Commissioner for Human Rights');
    expect(ohchr.line).toBe(446);
    expect(ohchr.personIds).toEqual(['navi-pillay', 'craig-mokhiber']);
    expect(people('ocha')).toEqual(['antoine-gerard']);
    expect(people('fao')).toEqual(['nina-sreenevasan', 'silvano-sofia']);
    expect(people('un-ohrlls')).toEqual(['khalil-rahman']);
    expect(p.mentions.find((m) => m.personId === 'antoine-gerard')!.name).toBe('Antoine Gérard');
  });

  test('tab-separated lines holding several names', () => {
    expect(people('itu')).toEqual(['doreen-bogdan-martin', 'mario-castro-grande', 'anders-norsker']);
    expect(people('wmo')).toEqual(['elena-manaenkova', 'christian-blondin', 'paul-egerton']);
    expect(people('unwto')).toEqual(['marcio-favilla-lucca-de-paula', 'zoritsa-urosevic']);
    expect(people('wto')).toEqual(['said-el-hachimi', 'tatiana-prazeres']);
    expect(people('unhcr')).toEqual(['henrik-nordentoft', 'amare-gebre-egziabher']);
    expect(people('unctad')).toEqual(['dong-wu', 'alexey-vikhlyayev', 'mina-mashayekhi']);
    expect(people('ifad')).toEqual(['luis-jimenez-mcinnis']);
    expect(people('un-energy')).toEqual(['susan-mc-dade']);
  });

  test('continuation lines starting with a tab stay in the delegation above', () => {
    expect(people('unfpa')).toEqual(['ingo-piegeler', 'kanako-mabuchi']);
    expect(people('ceb-secretariat')).toEqual(['simona-petrova', 'remo-lalli', 'cheryl-stafford', 'catherine-zanev']);
    expect(people('iom')).toEqual(['william-lacy-swing', 'jill-helke', 'michele-klein-solomon']);
  });

  test('honorific stripped into its own field', () => {
    const swing = p.mentions.find((m) => m.personId === 'william-lacy-swing')!;
    expect(swing).toMatchObject({ name: 'William Lacy Swing', honorific: 'Ambassador', organizationId: 'iom' });
    expect(p.mentions.filter((m) => m.honorific !== null)).toHaveLength(1);
  });

  test('every delegate has an affiliation to the delegation organization', () => {
    const delegates = p.participations.filter((x) => x.role === 'PARTICIPANT');
    for (const d of delegates) {
      expect(
        p.affiliations.some((a) => a.personId === d.personId && a.organizationId === d.organizationId),
        d.personId,
      ).toBe(true);
    }
  });
});

describe('list layouts', () => {
  test('documents without a list of participants (001, 002, 003) give none', () => {
    for (const f of ['001_8d7b134e30c2369d.txt', '002_0e4775ef41d0f159.txt', '003_e02e6b476dbf9342.txt']) {
      expect(findParticipantListLines(seed(f)), f).toBeNull();
    }
    expect(findParticipantListLines(seed('000_dcaf472a3bcc0594.txt'))).toMatchObject({ firstLine: 421 });
  });

  test('names separated by semicolons or commas are several people; a title after a comma is not', () => {
    const r = parseParticipantList(
      ['World Food Programme', '', 'Joyce Luma; Ms. Maria Hutchinson', 'David Shimkus, Jill Helke', 'Robert Hurt, Senior Adviser'],
      { documentId: 'x', sessionId: 's', fileName: 'x.txt', firstLine: 10, resolver: createOrganizationResolver(seedGazetteer()) },
    );
    expect(r.delegations).toEqual([
      {
        organizationId: 'wfp',
        heading: 'World Food Programme',
        line: 10,
        personIds: ['joyce-luma', 'maria-hutchinson', 'david-shimkus', 'jill-helke', 'robert-hurt'],
      },
    ]);
    expect(r.mentions.map((m) => [m.name, m.honorific, m.title, m.provenance.line])).toEqual([
      ['Joyce Luma', null, null, 12],
      ['Maria Hutchinson', 'Ms.', null, 12],
      ['David Shimkus', null, null, 13],
      ['Jill Helke', null, null, 13],
      ['Robert Hurt', null, 'Senior Adviser', 14],
    ]);
    expect(r.unplaced).toEqual([]);
  });
});

describe('splitPersonNames', () => {
  test('splits at known given names only, keeps particles inside names', () => {
    const ok = (s: string) => {
      const r = splitPersonNames(s);
      if (!r.ok) throw new Error(r.reason);
      return r.names.map((n) => n.name);
    };
    expect(ok('Paolo Galli Petra Lantz')).toEqual(['Paolo Galli', 'Petra Lantz']);
    expect(ok('Ana Teresa Romero')).toEqual(['Ana Teresa Romero']);
    expect(ok('Jean-Yves Le Saux')).toEqual(['Jean-Yves Le Saux']);
    expect(ok('Susan Mc Dade')).toEqual(['Susan Mc Dade']);
  });
  test('a tie or an unsplittable run is reported, never guessed', () => {
    expect(splitPersonNames('Qwer Tyui Opas Dfgh Jklz Xcvb')).toEqual({ ok: false, reason: 'cannot split into personal names' });
    expect(splitPersonNames('Nordentoft')).toEqual({ ok: false, reason: 'a single word is not a full name' });
    // A given name ends a person less often than it follows a first name.
    expect(splitPersonNames('Telma Viale Ana Teresa Romero')).toMatchObject({
      ok: true,
      names: [{ name: 'Telma Viale' }, { name: 'Ana Teresa Romero' }],
    });
    expect(splitPersonNames('Anna Berg Maria Paula Jones')).toMatchObject({
      ok: true,
      names: [{ name: 'Anna Berg' }, { name: 'Maria Paula Jones' }],
    });
    expect(splitPersonNames('Regional commissions').ok).toBe(false);
  });
  test('a name known from elsewhere is never split', () => {
    const r = splitPersonNames('Mario Castro Grande Anders Norsker', ['Castro Grande Anders']);
    expect(r).toEqual({ ok: true, names: [{ name: 'Mario Castro Grande Anders Norsker', honorific: null }] });
  });
});
