import { describe, expect, it } from 'vitest';
import { extractFrameworks, type FrameworkExtraction } from '../src/frameworks/index.js';
import { countByKind, docFromText, findOrganizations, readFixture } from './frameworks-helpers.js';

// seeds/test/fixtures/frameworks-altered-report.txt: the 000 layout with a different framework (other
// sections, counts, titles, areas), a statement by an office that names an organization, and a
// three-item recommendation set. Expected values counted by hand from the fixture.
const FILE = 'frameworks-altered-report.txt';
const r = extractFrameworks(docFromText(readFixture(FILE), 'hlcp-2019-1', '2019-05-03', FILE), { findOrganizations, bodyId: 'hlcp' });

function byKind(kind: string): FrameworkExtraction {
  const f = r.frameworks.find((x) => x.kind === kind);
  if (!f) throw new Error(`no ${kind}`);
  return f;
}

describe('an altered report: no code changes needed', () => {
  it('finds the framework, the statement and the recommendations, skipping the agenda annex', () => {
    expect(r.frameworks.map((f) => f.id)).toEqual([
      'system-wide-framework-on-artificial-intelligence-governance',
      'our-shared-commitment-to-ethical-artificial-intelligence',
      'recommendations-on-artificial-intelligence--hlcp-2019-1',
    ]);
    expect(r.unplaced).toEqual([]);
  });

  it('types the framework provisions from its own headings', () => {
    const f = byKind('FRAMEWORK');
    expect(f.title).toBe('System-wide framework on artificial intelligence governance');
    // 2(a)-(c) PURPOSE (1 and 2 are the introduction, 12's lead-in introduces: no provisions); 5, 6 (mandates)
    // OTHER; 3, 4 DEFINITION; 7-9 PRINCIPLE; areas A, B; 10, 11, two bullets of 12, 13 MEASURE.
    expect(countByKind(f)).toEqual({ PURPOSE: 3, OTHER: 2, DEFINITION: 2, PRINCIPLE: 3, ASSISTANCE_AREA: 2, MEASURE: 5 });
    expect(f.provisions.filter((p) => p.kind === 'ASSISTANCE_AREA').map((p) => [p.label, p.title])).toEqual([
      ['A', 'Data protection measures'],
      ['B', 'Capacity-building'],
    ]);
    expect(f.provisions.filter((p) => p.kind === 'PRINCIPLE').map((p) => p.label)).toEqual(['7', '8', '9']);
    expect(f.provisions.filter((p) => p.kind === 'MEASURE').map((p) => p.text)).toEqual([
      'United Nations entities should help Member States adopt data protection legislation.',
      'Training should be offered to regulators, judges and law enforcement officers.',
      'Courses on algorithmic accountability',
      'Courses on data governance',
      'The working group should report annually to the Committee.',
    ]);
    expect(f.provisions[f.provisions.length - 1]!.position).toBe(16);
  });

  it('takes the issuer from "adopted ... (see annex II)" and leads and mandate holders from the text', () => {
    const f = byKind('FRAMEWORK');
    expect(f.issuedById).toBe('hlcp');
    expect(f.date).toBe('2019-05-03');
    expect(f.roles.map((x) => [x.organizationId, x.role])).toEqual([
      ['hlcp', 'ISSUER'],
      ['unicri', 'MANDATE_HOLDER'],
      ['itu', 'MANDATE_HOLDER'],
      ['itu', 'LEAD'],
      ['unesco', 'LEAD'],
    ]);
    expect(f.roles[0]!.description).toBe(
      'The Committee adopted the system-wide framework on artificial intelligence governance (see annex II).',
    );
    expect(f.roles[1]!.description).toBe(
      'UNICRI is the United Nations entity mandated to address the risks of artificial intelligence for crime prevention and ' +
        'criminal justice.',
    );
  });

  it('reads the statement: office issuer, signature name and date', () => {
    const s = byKind('STATEMENT');
    expect(s.title).toBe('Our shared commitment to ethical artificial intelligence');
    expect(s.authorOffice).toBe('Director-General of the United Nations Educational, Scientific and Cultural Organization');
    expect(s.issuedById).toBe('unesco');
    expect(s.authorName).toBe('Audrey Azoulay');
    expect(s.date).toBe('2019-05-02');
    expect(countByKind(s)).toEqual({ OTHER: 1, COMMITMENT: 2 });
  });

  it('reads the three recommendations', () => {
    const rec = byKind('RECOMMENDATIONS');
    expect(rec.title).toBe('Recommendations on artificial intelligence');
    expect(rec.provisions.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)']);
    expect(rec.provisions[1]!.organizationIds).toEqual(['ceb', 'itu', 'unicri']);
  });
});
