import { describe, expect, test } from 'vitest';
import { seedGazetteer } from './seed-files.js';
import { readFileSync } from 'node:fs';
import { createDocumentPeople, createOrganizationResolver, extractPeopleFromProse, type ProseContext } from '../src/entities/index.js';

const seed = (f: string) => readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), 'utf8');
/** The paragraph (block between blank lines) of a seed that contains `needle`, as printed. */
function para(file: string, needle: string): string {
  const blocks = seed(file).split(/\n[ \t]*\n/);
  const b = blocks.find((x) => x.replace(/\s+/g, ' ').includes(needle));
  if (!b) throw new Error(`not in ${file}: ${needle}`);
  return b;
}
const F000 = '000_dcaf472a3bcc0594.txt';
const F003 = '003_e02e6b476dbf9342.txt';

function ctx(over: Partial<ProseContext> = {}): ProseContext {
  return {
    documentId: 'doc',
    paragraphId: 'doc/para',
    fileName: 'doc.txt',
    resolver: createOrganizationResolver(seedGazetteer()),
    seen: createDocumentPeople(),
    ...over,
  };
}
const brief = (r: ReturnType<typeof extractPeopleFromProse>) => r.mentions.map((m) => [m.name, m.title, m.organizationId]);

describe('people in prose (real sentences from the seeds)', () => {
  test('"the Administrator of UNDP, Helen Clark" (003, para 72)', () => {
    const r = extractPeopleFromProse(para(F003, 'In her remarks, the Administrator of UNDP, Helen Clark'), ctx());
    expect(brief(r)).toEqual([['Helen Clark', 'Administrator', 'undp']]);
    expect(r.mentions[0]!.rule).toBe('<Title> of <Org>, <Name>');
    expect(r.affiliations).toEqual([
      {
        personId: 'helen-clark',
        organizationId: 'undp',
        title: 'Administrator',
        provenance: { documentId: 'doc', paragraphId: 'doc/para' },
      },
    ]);
  });

  test('"Craig Mokhiber, Chief, Development and Economic and Social Issues Branch, OHCHR" (000, para 7)', () => {
    const r = extractPeopleFromProse(para(F000, 'In his presentation, Craig Mokhiber, Chief'), ctx());
    expect(brief(r)).toEqual([['Craig Mokhiber', 'Chief, Development and Economic and Social Issues Branch', 'ohchr']]);
    expect(r.mentions[0]!.rule).toBe('<Name>, <Title>, <Org>');
  });

  test('"Li Yong, Director-General of the United Nations Industrial Development Organization (UNIDO); ..." (003, para 4)', () => {
    const r = extractPeopleFromProse(para(F003, 'the Secretary-General welcomed new members: Li Yong'), ctx());
    expect(brief(r)).toEqual([
      ['Li Yong', 'Director-General', 'unido'],
      ['Mukhisa Kituyi', 'Secretary-General', 'unctad'],
      ['Phumzile Mlambo-Nguka', 'Executive Director', 'un-women'],
      ['Kim Won-soo', 'Secretary', 'ceb'],
    ]);
  });

  test('long comma-separated titles end at the organization or at the verb (000)', () => {
    const c = ctx();
    expect(brief(extractPeopleFromProse(para(F000, 'On that matter, Paul Akiwumi'), c))).toEqual([
      ['Paul Akiwumi', 'Chief of Staff, Office of the Deputy Secretary-General', 'eosg'],
      ['Paul Akiwumi', null, null], // "Mr. Akiwumi" twice later in the paragraph
      ['Paul Akiwumi', null, null],
    ]);
    expect(brief(extractPeopleFromProse(para(F000, 'Jesper Loldrup, Head, Policy and Planning Unit, IMO provided'), c))).toEqual([
      ['Jesper Loldrup', 'Head, Policy and Planning Unit', 'imo'],
    ]);
    expect(brief(extractPeopleFromProse(para(F000, 'Dominique Bichara, Special Representative'), c))[0]).toEqual([
      'Dominique Bichara',
      'Special Representative',
      'world-bank',
    ]);
    expect(brief(extractPeopleFromProse(para(F000, 'Ingo Piegeler, Humanitarian Coordination Adviser'), c))[0]).toEqual([
      'Ingo Piegeler',
      'Humanitarian Coordination Adviser, Humanitarian and Fragile Contexts Branch, Programme Division',
      'unfpa',
    ]);
  });

  test('"<Name> of the <Org> (<ACR>)" after a title (003, para 35)', () => {
    const r = extractPeopleFromProse(para(F003, 'The Vice-Chair of the Committee, Jan Beagle'), ctx());
    expect(brief(r)).toEqual([['Jan Beagle', 'Vice-Chair of the Committee', 'unaids']]);
  });

  test('"respectively" pairs names with organizations (003, para 53)', () => {
    const r = extractPeopleFromProse(para(F003, 'Taleb Rifai and Michel Jarraud'), ctx());
    expect(brief(r)).toEqual([
      ['Taleb Rifai', 'Secretary-General', 'unwto'],
      ['Michel Jarraud', 'Secretary-General', 'wmo'],
    ]);
  });

  test('two titles, two organizations (003, para 77)', () => {
    const r = extractPeopleFromProse(para(F003, 'The representative of the regional commissions, Alicia'), ctx());
    expect(brief(r)).toEqual([
      ['Alicia Bárcena', 'representative', 'regional-commissions'],
      ['Alicia Bárcena', 'Executive Secretary', 'eclac'],
    ]);
  });

  test('"Mr./Ms. <Surname>" refers back to a full name seen earlier in the same document', () => {
    const c = ctx();
    extractPeopleFromProse(para(F003, 'Anthony Lake, Executive Director of UNICEF'), c);
    // para 52 itself: "supported Ms. Clark’s efforts" — no Clark seen yet in this document.
    const first = ctx();
    const r0 = extractPeopleFromProse(para(F003, 'Anthony Lake, Executive Director of UNICEF'), first);
    expect(r0.unplaced.map((u) => [u.text, u.reason])).toEqual([
      ['Ms. Clark', 'no earlier full name with this surname in the document'],
      ['Ms. Clark', 'no earlier full name with this surname in the document'],
    ]);
    // After para 48 ("The Chair of the United Nations Development Group, Helen Clark, introduced ...").
    const c2 = ctx();
    extractPeopleFromProse(para(F003, 'The Chair of the United Nations Development Group, Helen Clark'), c2);
    const r = extractPeopleFromProse(para(F003, 'Anthony Lake, Executive Director of UNICEF'), c2);
    expect(brief(r)).toEqual([
      ['Anthony Lake', 'Executive Director', 'unicef'],
      ['Helen Clark', null, null],
      ['Babatunde Ostimehin', 'Executive Director', 'unfpa'],
      ['Helen Clark', null, null],
    ]);
    expect(r.mentions[1]).toMatchObject({ honorific: 'Ms.', rule: 'Mr./Ms. <Surname> referring back to a full name in the same document' });
    // "Messrs. Jarraud and Yumkella" (003, para 27).
    const c3 = ctx({ seen: createDocumentPeople(['Michel Jarraud', 'Kandeh Yumkella']) });
    expect(brief(extractPeopleFromProse(para(F003, 'The Board thanked Messrs. Jarraud and Yumkella'), c3))).toEqual([
      ['Michel Jarraud', null, null],
      ['Kandeh Yumkella', null, null],
    ]);
  });

  test('a surname shared by two earlier people is not resolved', () => {
    const c = ctx({ seen: createDocumentPeople(['Anthony Lake', 'Anna Lake']) });
    const r = extractPeopleFromProse('Mr. Lake thanked the Board.', c);
    expect(r.mentions).toEqual([]);
    expect(r.unplaced[0]!.reason).toBe('several earlier people share this surname');
  });

  test('a signature with the surname in capitals (003, end of annex I)', () => {
    const r = extractPeopleFromProse(para(F003, 'BAN Ki-moon'), ctx());
    expect(r.mentions.map((m) => [m.name, m.rule])).toEqual([['Ban Ki-moon', 'signature: surname in capitals, then given name']]);
    expect(extractPeopleFromProse('ICT Network members met on Monday to discuss the issue.', ctx()).mentions).toEqual([]);
  });

  test('capitalized phrases that are not people are ignored', () => {
    const r = extractPeopleFromProse(para(F000, 'Khalil Rahman, Chief, Policy Development'), ctx());
    expect(r.mentions.map((m) => m.name)).toEqual(['Khalil Rahman']);
    expect(r.mentions[0]!.organizationId).toBe('un-ohrlls');
    const r2 = extractPeopleFromProse(para(F003, 'In the ensuing discussion, Jose Graziano da Silva'), ctx());
    expect(r2.mentions.map((m) => m.name)).toEqual(['Jose Graziano da Silva']);
    expect(
      extractPeopleFromProse('The Millennium Development Goals, Member States and the United Nations Development Group met.', ctx())
        .mentions,
    ).toEqual([]);
  });
});
