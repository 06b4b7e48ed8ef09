import { describe, expect, it } from 'vitest';
import { extractFrameworks, matchFramework, mergeFrameworks } from '../src/frameworks/index.js';
import { docFromText, findOrganizations, readSeed } from './frameworks-helpers.js';

const s000 = readSeed('000');
const s003 = readSeed('003');
const all = mergeFrameworks([
  ...extractFrameworks(docFromText(s000.text, 'ceb-2013-6', '2013-11-11', s000.fileName), { findOrganizations, bodyId: 'hlcp' }).frameworks,
  ...extractFrameworks(docFromText(s003.text, 'ceb-2013-2', null, s003.fileName), { findOrganizations, bodyId: 'ceb' }).frameworks,
]);

const CYBER = 'un-wide-framework-on-cybersecurity-and-cybercrime';
const SG = 'renewing-our-commitment-to-the-peoples-and-purposes-of-the-un';
const ICSC = 'statement-on-the-review-of-the-common-system-compensation-package-by-the-international-civil-service-commission';

describe('matchFramework', () => {
  it.each([
    ['The Board endorsed the United Nations-wide framework on cybersecurity and cybercrime (see annex III)', CYBER],
    ['the UN-wide Framework on Cybersecurity and Cybercrime', CYBER],
    ['UNITED NATIONS-WIDE FRAMEWORK ON CYBERSECURITY AND CYBERCRIME', CYBER],
    ['a United Nations-wide framework on cybersecurity and cybercrime', CYBER],
    [
      'CEB endorsed the report of the High-level Committee on Programmes on its twenty-sixth session (CEB/2013/6), as well as the ' +
        'Secretary-General’s statement, entitled “Renewing our commitment to the peoples and purposes of the United Nations” (see ' +
        'annex I).',
      SG,
    ],
    ['adopted the CEB statement on the ICSC review of the common system compensation package (see annex II)', ICSC],
    [CYBER, CYBER],
  ])('links %j', (phrase, id) => {
    expect(matchFramework(phrase, all)).toBe(id);
  });

  it.each([
    'The Board endorsed the report of the High-level Committee on Programmes',
    'The Committee endorsed the draft framework',
    'the framework on cybersecurity and cybercrime',
    'Mr. Kituyi expressed full endorsement of the United Nations cybercrime and cybersecurity programme policy framework currently ' +
      'led by ITU, UNDP and UNODC.',
    'to develop a system-wide comprehensive and coherent strategy for addressing cybersecurity and cybercrime',
    // All the words, but scattered over a long sentence.
    'The United Nations system-wide approach was discussed at length, with a framework proposed for climate, and separately ' +
      'cybersecurity and later cybercrime',
    '',
  ])('does not link %j', (phrase) => {
    expect(matchFramework(phrase, all)).toBeNull();
  });

  it('returns null when two frameworks match equally well', () => {
    const twins = [
      { id: 'a', title: 'Framework on data' },
      { id: 'b', title: 'Statement on data framework' },
    ];
    expect(matchFramework('the framework on data', twins)).toBe('a');
    expect(matchFramework('the framework on data', [...twins, { id: 'c', title: 'The framework on data' }])).toBeNull();
  });
});
