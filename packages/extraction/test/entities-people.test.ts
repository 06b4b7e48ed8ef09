import { beforeAll, describe, expect, test } from 'vitest';
import { seedGazetteer } from './seed-files.js';
import { readFileSync } from 'node:fs';
import {
  extractEntities,
  findParticipantListLines,
  resolvePeople,
  splitPlainParagraphs,
  type EntityExtraction,
  type PersonMention,
} from '../src/entities/index.js';

function mention(name: string, over: Partial<PersonMention> = {}): PersonMention {
  return {
    personId: name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    name,
    honorific: null,
    title: null,
    organizationId: null,
    role: null,
    source: 'prose',
    rule: 'test',
    delegationKey: null,
    provenance: { documentId: 'd', paragraphId: 'd/p1' },
    ...over,
  };
}

describe('resolvePeople', () => {
  test('"Elliot Harris" (list, Vice-Chair) + "Elliott Harris" (prose, twice) → one person, both aliases with the rule', () => {
    const r = resolvePeople([
      mention('Elliot Harris', { role: 'VICE_CHAIR', source: 'list-of-participants', provenance: { documentId: 'A', paragraphId: null } }),
      mention('Elliott Harris', { title: 'Vice-Chair', provenance: { documentId: 'A', paragraphId: 'A/p122' } }),
      mention('Elliott Harris', { provenance: { documentId: 'B', paragraphId: 'B/p14' } }),
    ]);
    expect(r.people).toEqual([
      {
        id: 'elliott-harris',
        name: 'Elliott Harris',
        honorific: null,
        aliases: [
          { alias: 'Elliott Harris', rule: 'canonical: most frequent spelling (tie: list of participants)', paragraphId: 'A/p122' },
          { alias: 'Elliot Harris', rule: 'edit distance 1 with the same role (Vice-Chair)', paragraphId: null },
        ],
      },
    ]);
    expect(r.personIdOf.get('elliot-harris')).toBe('elliott-harris');
  });

  test('a tie goes to the list of participants spelling', () => {
    const r = resolvePeople([
      mention('William Lary Swing', { organizationId: 'iom' }),
      mention('William Lacy Swing', { organizationId: 'iom', source: 'list-of-participants', honorific: 'Ambassador' }),
    ]);
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ id: 'william-lacy-swing', honorific: 'Ambassador' });
    expect(r.people[0]!.aliases[1]).toMatchObject({
      alias: 'William Lary Swing',
      rule: 'edit distance 1 within the same organization (iom)',
    });
  });

  test('edit distance without a shared organization, delegation or role is not enough', () => {
    const r = resolvePeople([
      mention('William Lary Swing', { organizationId: 'iom' }),
      mention('William Lacy Swing', { organizationId: 'wfp' }),
    ]);
    expect(r.people).toHaveLength(2);
  });

  test('initials, spacing, accents, case and surname-first order', () => {
    const r = resolvePeople([
      mention('Amina J. Mohammed', { source: 'list-of-participants' }),
      mention('Amina Mohammed'),
      mention('Susan Mc Dade'),
      mention('Susan McDade'),
      mention('Antoine Gérard'),
      mention('Antoine Gerard'),
      mention('BAN Ki-moon'),
      mention('Ban Ki-moon'),
      mention('Ki-moon Ban'),
    ]);
    expect(r.people.map((p) => [p.id, p.aliases.map((a) => a.rule)])).toEqual([
      ['amina-j-mohammed', ['canonical: most frequent spelling (tie: list of participants)', 'same name ignoring middle initial']],
      ['antoine-gerard', ['canonical: most frequent spelling (tie: list of participants)', 'same name ignoring case and accents']],
      [
        'ban-ki-moon',
        [
          'canonical: most frequent spelling (tie: list of participants)',
          'same name ignoring case and accents',
          'same name with surname first',
        ],
      ],
      ['susan-mc-dade', ['canonical: most frequent spelling (tie: list of participants)', 'same name ignoring spacing and hyphenation']],
    ]);
  });

  test('two different people sharing a surname are never merged (even in the same organization)', () => {
    const r = resolvePeople([
      mention('Jan Beagle', { organizationId: 'unaids' }),
      mention('Jan Mattsson', { organizationId: 'unops' }),
      mention('Anthony Lake', { organizationId: 'unicef' }),
      mention('Anna Lake', { organizationId: 'unicef' }),
      mention('Kim Won-soo', { organizationId: 'eosg' }),
      mention('Kim Yong-jin', { organizationId: 'eosg' }),
    ]);
    expect(r.people.map((p) => p.id)).toEqual(['anna-lake', 'anthony-lake', 'jan-beagle', 'jan-mattsson', 'kim-won-soo', 'kim-yong-jin']);
    expect(r.merges).toEqual([]);
  });
});

describe('whole seed corpus', () => {
  let r: EntityExtraction;
  let again: EntityExtraction;
  beforeAll(() => {
    const files = ['000_dcaf472a3bcc0594.txt', '001_8d7b134e30c2369d.txt', '002_0e4775ef41d0f159.txt', '003_e02e6b476dbf9342.txt'];
    const docs = files.map((f) => {
      const t = readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), 'utf8');
      const list = findParticipantListLines(t);
      const skip = list ? { from: list.firstLine - 1, to: list.firstLine + list.lines.length - 1 } : undefined;
      return {
        documentId: f.slice(0, 3),
        fileName: f,
        paragraphs: splitPlainParagraphs(t, f.slice(0, 3), skip),
        participantLists: list ? [{ sessionId: 'hlcp-26', lines: list.lines, firstLine: list.firstLine, paragraphId: null }] : [],
      };
    });
    r = extractEntities(docs, seedGazetteer());
    // Same corpus, paragraphs of the list annex left in: they are skipped, the result is identical.
    const withList = docs.map((d) => ({
      ...d,
      paragraphs: [
        ...d.paragraphs,
        ...(d.participantLists ?? []).flatMap((l) => l.lines.map((text, k) => ({ id: `list/${k}`, text, line: l.firstLine + k }))),
      ],
    }));
    again = extractEntities(withList, seedGazetteer());
  });

  test('deterministic, and list paragraphs given as prose are skipped: same ids and facts', () => {
    expect(again.people).toEqual(r.people);
    expect(again.participations).toEqual(r.participations);
    expect(again.affiliations).toEqual(r.affiliations);
    expect(again.organizations).toEqual(r.organizations);
  });

  test('everything is placed', () => {
    expect(r.unplaced).toEqual([]);
  });

  test('cross-document merges: exactly the four spelling variants of the seeds', () => {
    expect(r.merges.map((m) => [m.from, m.to, m.rule]).sort()).toEqual([
      ['amina-mohammed', 'amina-j-mohammed', 'same name ignoring middle initial'],
      ['elliot-harris', 'elliott-harris', 'edit distance 1 with the same role (Vice-Chair)'],
      ['susan-mcdade', 'susan-mc-dade', 'same name ignoring spacing and hyphenation'],
      ['william-lary-swing', 'william-lacy-swing', 'edit distance 1 within the same organization (iom)'],
    ]);
    // Elliott Harris is printed in 000 (prose, twice counting the list's "Elliot") and in 003.
    const harris = r.mentions.filter((m) => m.personId === 'elliott-harris');
    expect(new Set(harris.map((m) => m.provenance.documentId))).toEqual(new Set(['000', '003']));
    expect(r.participations.find((p) => p.role === 'VICE_CHAIR')).toMatchObject({
      id: 'hlcp-26/elliott-harris/vice-chair',
      personId: 'elliott-harris',
    });
  });

  test('people found only in 003 prose, with affiliations', () => {
    const aff = (id: string) => r.affiliations.filter((a) => a.personId === id).map((a) => [a.organizationId, a.title]);
    expect(aff('li-yong')).toEqual([['unido', 'Director-General']]);
    expect(aff('francis-gurry')).toEqual([['hlcm', 'Chair']]);
    expect(aff('helen-clark')).toEqual([
      ['undg', 'Chair'],
      ['undp', 'Administrator'],
    ]);
    expect(aff('achim-steiner')).toEqual([['hlcp', 'Chair']]);
    // Same people in 000 (list) and 003 (prose) share one id.
    expect(
      r.mentions
        .filter((m) => m.personId === 'kim-won-soo')
        .map((m) => m.provenance.documentId)
        .sort(),
    ).toEqual(['000', '003']);
    expect(r.people).toHaveLength(91);
    expect(r.people.find((p) => p.id === 'ban-ki-moon')).toMatchObject({ name: 'Ban Ki-moon' });
  });

  test('organizations used include acronyms learned from the text, with evidence', () => {
    const ids = r.organizations.map((o) => o.id);
    for (const id of ['hlcp', 'ceb', 'ohchr', 'general-assembly', 'security-council', 'au', 'cic', 'unwto']) expect(ids).toContain(id);
    expect(r.organizations.find((o) => o.id === 'unwto')!.aliases).toContainEqual({
      alias: 'World Tourism Agency',
      rule: 'acronym defined in text',
      paragraphId: expect.stringMatching(/^003\//),
    });
    expect(r.paragraphOrganizations.size).toBeGreaterThan(100);
  });
});
