import { describe, expect, it } from 'vitest';
import { classifyTitle, normalizePersonName, parseDateText, slugifyTitle } from '../src/frameworks/index.js';
import {
  headingInfo,
  introducerKind,
  isPureIntroducer,
  parseAnnexHeading,
  parseSignature,
  runInTitle,
  sectionKind,
  splitEmbeddedItems,
  wordingKind,
} from '../src/frameworks/structure.js';
import { splitSentences, titleAcronyms } from '../src/frameworks/text.js';

describe('ids and names', () => {
  it('slugifies titles: "United Nations" → un, leading article dropped, apostrophes removed', () => {
    expect(slugifyTitle('United Nations-wide framework on cybersecurity and cybercrime')).toBe(
      'un-wide-framework-on-cybersecurity-and-cybercrime',
    );
    expect(slugifyTitle('The United Nations-wide Framework on Cybersecurity and Cybercrime.')).toBe(
      'un-wide-framework-on-cybersecurity-and-cybercrime',
    );
    expect(slugifyTitle('A statement on the Secretary-General’s plan')).toBe('statement-on-the-secretary-generals-plan');
    expect(slugifyTitle('Théorie   of change')).toBe('theorie-of-change');
  });

  it('parses printed dates and normalizes signature names', () => {
    expect(parseDateText('21 November 2013')).toBe('2013-11-21');
    expect(parseDateText('31 February 2013')).toBeNull();
    expect(parseDateText('November 2013')).toBeNull();
    expect(normalizePersonName('BAN Ki-moon')).toBe('Ban Ki-moon');
    expect(normalizePersonName('Audrey AZOULAY')).toBe('Audrey Azoulay');
  });

  it('finds acronyms of names in titles', () => {
    expect(titleAcronyms('Statement on the review by the International Civil Service Commission')).toEqual([
      { acronym: 'icsc', covers: ['international', 'civil', 'service', 'commission'] },
    ]);
  });
});

describe('headings and annexes', () => {
  it('tells roman section numbers from letters', () => {
    expect(headingInfo('IV. Assistance areas relevant to cybercrime')).toEqual({
      level: 1,
      label: 'IV',
      title: 'Assistance areas relevant to cybercrime',
    });
    expect(headingInfo('C. Technical measures')).toEqual({ level: 2, label: 'C', title: 'Technical measures' });
    expect(headingInfo('I. Establishing a common understanding')).toMatchObject({ level: 1, label: 'I' });
    expect(headingInfo('I. Ninth area', 'H')).toMatchObject({ level: 2, label: 'I' });
    expect(headingInfo('Introduction')).toEqual({ level: 1, label: null, title: 'Introduction' });
  });

  it('reads annex markers but not prose about annexes', () => {
    expect(parseAnnexHeading('Annex III')).toEqual({ key: 'annex_3', rest: '' });
    expect(parseAnnexHeading('annex_2')).toEqual({ key: 'annex_2', rest: '' });
    expect(parseAnnexHeading('Annex A')).toEqual({ key: 'annex_a', rest: '' });
    expect(parseAnnexHeading('Annex IV Statement on principles')).toEqual({ key: 'annex_4', rest: 'Statement on principles' });
    expect(parseAnnexHeading('Annex I to the present report contains the agenda.')).toBeNull();
    expect(parseAnnexHeading('Annexes')).toBeNull();
  });

  it('classifies annex titles', () => {
    expect(classifyTitle('United Nations-wide framework on cybersecurity and cybercrime', null)).toBe('FRAMEWORK');
    expect(classifyTitle('Statement on the review of the compensation package', null)).toBe('STATEMENT');
    expect(classifyTitle('Renewing our commitment', 'Secretary-General')).toBe('STATEMENT');
    expect(classifyTitle('Recommendations of the working group', null)).toBe('RECOMMENDATIONS');
    expect(classifyTitle('Memorandum of understanding between ITU and UNODC', null)).toBe('AGREEMENT');
    expect(classifyTitle('Agenda', null)).toBe('skip');
    expect(classifyTitle('List of participants', null)).toBe('skip');
    expect(
      classifyTitle(
        'Updating the Rules and Infrastructure for Globalization: Summary of Responses to CIC On-line Survey April-May 2015',
        null,
      ),
    ).toBe('skip');
    expect(classifyTitle('Budget tables', null)).toBeNull();
  });

  it('recognizes signatures only when they look like one', () => {
    expect(parseSignature('BAN Ki-moon 21 November 2013')).toEqual({ name: 'BAN Ki-moon', date: '21 November 2013' });
    expect(parseSignature('BAN Ki-moon')).toEqual({ name: 'BAN Ki-moon', date: null });
    expect(parseSignature('21 November 2013')).toEqual({ name: null, date: '21 November 2013' });
    expect(parseSignature('D. Capacity-building')).toBeNull();
    expect(parseSignature('Legal Measures')).toBeNull();
    expect(parseSignature('Introduction')).toBeNull();
  });
});

describe('provision typing', () => {
  it('maps section headings to kinds', () => {
    expect(sectionKind('Basic United Nations-wide principles applicable to cybercrime and cybersecurity')).toBe('PRINCIPLE');
    expect(sectionKind('Establishing a common understanding of cybercrime and cybersecurity')).toBe('DEFINITION');
    expect(sectionKind('Assistance areas relevant to cybercrime and cybersecurity')).toBe('ASSISTANCE_AREA');
    expect(sectionKind('Mechanisms of framework implementation')).toBe('MEASURE');
    expect(sectionKind('Intersections between United Nations entity mandates')).toBeNull();
    expect(sectionKind('Introduction')).toBeNull();
  });

  it('reads list lead-ins', () => {
    expect(isPureIntroducer('The purpose of the framework is:')).toBe(true);
    expect(isPureIntroducer('Capacity-building needs to be promoted. Within this context, strategies include the following:')).toBe(false);
    expect(introducerKind('CEB member organizations consider the following to be critical success factors:')).toBe('SUCCESS_FACTOR');
    expect(introducerKind('a future compensation system should be informed by the following principles:')).toBe('PRINCIPLE');
    expect(introducerKind('The general security objectives comprise the following:')).toBe('OBJECTIVE');
    expect(introducerKind('Effective cooperation at the international level can be improved by:')).toBeNull();
  });

  it('reads a provision’s own wording', () => {
    expect(wordingKind('We will speak out publicly where violations are ongoing.')).toBe('COMMITMENT');
    expect(wordingKind('Member organizations reiterate their strong commitment and expectation to engage')).toBe('COMMITMENT');
    expect(wordingKind('The ICSC review also presents an opportunity to renew the commitment of organizations.')).toBeNull();
    expect(wordingKind('The purpose of the present document is to provide a framework')).toBe('PURPOSE');
    expect(wordingKind('For the purposes of the present document, an important distinction is made')).toBeNull();
    expect(wordingKind('The recommendations of the Internal Review Panel will help us')).toBeNull();
    expect(wordingKind('Through the ICSC review, organizations aim to develop a simplified package')).toBe('OBJECTIVE');
  });

  it('takes run-in titles only when short and followed by lower case', () => {
    expect(runInTitle('Cost-effectiveness: it should ensure predictability of staff costs')).toBe('Cost-effectiveness');
    expect(runInTitle('Fit for purpose and competitiveness: it must be designed')).toBe('Fit for purpose and competitiveness');
    expect(runInTitle('To highlight the intersections between mandates; see: Annex')).toBeNull();
    expect(runInTitle('CEB reaffirm its commitment to the principles')).toBeNull();
  });
});

describe('text splitting', () => {
  it('splits inline lettered lists only in sequence, after a colon', () => {
    expect(splitEmbeddedItems('The Committee recommends that: (a) CEB do x; (b) CEB do y; and (c) CEB do z.')).toEqual({
      lead: 'The Committee recommends that:',
      items: [
        { item: 'letter', label: '(a)', text: 'CEB do x;' },
        { item: 'letter', label: '(b)', text: 'CEB do y; and' },
        { item: 'letter', label: '(c)', text: 'CEB do z.' },
      ],
    });
    expect(splitEmbeddedItems('See paragraph 4 (a) and (c) of the annex.')).toEqual({
      lead: 'See paragraph 4 (a) and (c) of the annex.',
      items: [],
    });
    expect(splitEmbeddedItems('Objectives comprise: • Availability • Integrity').items.map((i) => i.text)).toEqual([
      'Availability',
      'Integrity',
    ]);
  });

  it('splits sentences but not after abbreviations', () => {
    expect(
      splitSentences('ITU is the agency for ICT. It has been identified (e.g. Governments, the private sector). Mr. Smith agreed.'),
    ).toEqual(['ITU is the agency for ICT.', 'It has been identified (e.g. Governments, the private sector).', 'Mr. Smith agreed.']);
  });
});
