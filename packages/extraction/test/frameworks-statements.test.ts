import { describe, expect, it } from 'vitest';
import { extractFrameworks, type FrameworkExtraction } from '../src/frameworks/index.js';
import { countByKind, docFromText, findOrganizations, readSeed } from './frameworks-helpers.js';

const s003 = readSeed('003');
const r003 = extractFrameworks(docFromText(s003.text, 'ceb-2013-2', null, s003.fileName), { findOrganizations, bodyId: 'ceb' });

function byId(id: string): FrameworkExtraction {
  const f = r003.frameworks.find((x) => x.id === id);
  if (!f) throw new Error(`no framework ${id}; have ${r003.frameworks.map((x) => x.id).join(', ')}`);
  return f;
}

describe('CEB/2013/2 annexes', () => {
  it('finds the three annexed texts, in order, and nothing else', () => {
    expect(r003.frameworks.map((f) => [f.kind, f.id])).toEqual([
      ['STATEMENT', 'renewing-our-commitment-to-the-peoples-and-purposes-of-the-un'],
      ['STATEMENT', 'statement-on-the-review-of-the-common-system-compensation-package-by-the-international-civil-service-commission'],
      ['FRAMEWORK', 'un-wide-framework-on-cybersecurity-and-cybercrime'],
    ]);
    expect(r003.unplaced).toEqual([]);
  });
});

describe("annex I: the Secretary-General's statement", () => {
  const f = byId('renewing-our-commitment-to-the-peoples-and-purposes-of-the-un');

  it('takes its title from the second heading and its author and date from the signature', () => {
    expect(f.title).toBe('Renewing our commitment to the peoples and purposes of the United Nations');
    expect(f.authorOffice).toBe('Secretary-General of the United Nations');
    expect(f.authorName).toBe('Ban Ki-moon');
    expect(f.date).toBe('2013-11-21');
    // The office names no organization the finder knows: no issuer is guessed.
    expect(f.issuedById).toBeNull();
    expect(f.provisions.some((p) => /BAN Ki-moon|21 November 2013/.test(p.text))).toBe(false);
  });

  it('has 16 paragraphs: 9 commitments (the renewal, seven "We will", "Above all") and 7 others', () => {
    expect(countByKind(f)).toEqual({ OTHER: 7, COMMITMENT: 9 });
    const commitments = f.provisions.filter((p) => p.kind === 'COMMITMENT');
    expect(commitments[0]!.text).toMatch(/^On behalf of the senior leadership and all staff, I solemnly renew the commitment/);
    expect(commitments.slice(1, 8).every((p) => p.text.startsWith('We will '))).toBe(true);
    expect(commitments[5]).toMatchObject({ ordinal: 6, text: 'We will speak out publicly where violations are ongoing.', label: null });
    expect(commitments[8]!.text).toMatch(/^Above all, we renew our commitment to “We the peoples”/);
    // "The recommendations of the Internal Review Panel ... will help us" is not a recommendation.
    expect(f.provisions.find((p) => p.text.startsWith('The recommendations of the Internal Review Panel'))!.kind).toBe('OTHER');
    expect(f.provisions[f.provisions.length - 1]!.text).toMatch(/^As we look at the Syrian Arab Republic/);
  });

  it('has CEB as endorser, from paragraph 26', () => {
    expect(f.roles).toHaveLength(1);
    expect(f.roles[0]).toMatchObject({
      organizationId: 'ceb',
      role: 'ENDORSER',
      provenance: { paragraphId: 'ceb-2013-2/body/para_26', line: 295 },
    });
    expect(f.roles[0]!.description).toContain('Renewing our commitment to the peoples and purposes of the United Nations');
  });
});

describe('annex II: the statement on the ICSC review of the compensation package', () => {
  const f = byId('statement-on-the-review-of-the-common-system-compensation-package-by-the-international-civil-service-commission');

  it('is issued by CEB, which adopted it (paragraph 47)', () => {
    expect(f.title).toBe('Statement on the review of the common system compensation package by the International Civil Service Commission');
    expect(f.issuedById).toBe('ceb');
    expect(f.roles).toHaveLength(1);
    expect(f.roles[0]).toMatchObject({ organizationId: 'ceb', role: 'ISSUER', provenance: { line: 436 } });
    expect(f.roles[0]!.description).toContain(
      'adopted the CEB statement on the ICSC review of the common system compensation package (see annex II)',
    );
    expect(f.authorName).toBeNull();
  });

  it('has 8 principles with run-in titles and 4 critical success factors', () => {
    // By hand: 1 OTHER; 2 "reiterate their strong commitment", 3 "reconfirm their support" COMMITMENT;
    // 4 "aim to develop" OBJECTIVE; 5, 6 OTHER; 7 lead-in OTHER + (a)-(h) PRINCIPLE;
    // 8 lead-in (two sentences) OTHER + (a)-(d) SUCCESS_FACTOR; 9 OTHER.
    expect(countByKind(f)).toEqual({ OTHER: 5, COMMITMENT: 2, OBJECTIVE: 1, PRINCIPLE: 8, SUCCESS_FACTOR: 4 });
    const principles = f.provisions.filter((p) => p.kind === 'PRINCIPLE');
    expect(principles.map((p) => [p.label, p.title])).toEqual([
      ['(a)', 'Fit for purpose and competitiveness'],
      ['(b)', 'Cost-effectiveness'],
      ['(c)', 'Equity'],
      ['(d)', 'Simplification'],
      ['(e)', 'Diversity'],
      ['(f)', 'Motivating staff and rewarding performance'],
      ['(g)', 'Hazardous and hardship duty stations'],
      ['(h)', 'Mobility'],
    ]);
    expect(principles[0]!.provenance.line).toBe(1081);
    const factors = f.provisions.filter((p) => p.kind === 'SUCCESS_FACTOR');
    expect(factors.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)']);
    expect(factors.map((p) => p.title)).toEqual([null, null, null, null]);
    expect(factors[3]!.text).toBe('Organizational flexibility should be provided for in the implementation of the outcome of the review.');
    expect(f.provisions.filter((p) => p.kind === 'COMMITMENT').map((p) => p.label)).toEqual(['2', '3']);
    expect(f.provisions.find((p) => p.label === '2')!.organizationIds).toEqual(['ceb', 'icsc']);
  });

  it('drops the URL lines the converter put inside principle (c)', () => {
    const c = f.provisions.find((p) => p.kind === 'PRINCIPLE' && p.label === '(c)')!;
    expect(c.text).not.toContain('undocs.org');
    expect(c.text.endsWith('the duration of their tenure with the organizations;')).toBe(true);
  });
});
