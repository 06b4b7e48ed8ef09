import { describe, expect, it } from 'vitest';
import { extractFrameworks } from '../src/frameworks/index.js';
import { docFromText, excerpt, findOrganizations, readSeed } from './frameworks-helpers.js';

const s000 = readSeed('000');
const REC_ID = 'recommendations-on-centrality-of-human-rights-in-the-work-of-the-un-system--ceb-2013-6';

describe('the Committee recommendations in CEB/2013/6 paragraph 18', () => {
  const r = extractFrameworks(docFromText(s000.text, 'ceb-2013-6', '2013-11-11', s000.fileName), { findOrganizations, bodyId: 'hlcp' });
  const f = r.frameworks.find((x) => x.id === REC_ID)!;

  it('is a RECOMMENDATIONS set titled after its agenda item, issued by the Committee', () => {
    expect(f).toBeDefined();
    expect(r.frameworks.filter((x) => x.kind === 'RECOMMENDATIONS')).toHaveLength(1);
    expect(f.title).toBe('Recommendations on centrality of human rights in the work of the United Nations system');
    expect(f.date).toBe('2013-11-11');
    expect(f.issuedById).toBe('hlcp');
    expect(f.roles).toEqual([
      {
        organizationId: 'hlcp',
        role: 'ISSUER',
        description: 'Following its consideration of human rights as a dedicated agenda item, the Committee recommends that:',
        provenance: { documentId: 'ceb-2013-6', paragraphId: 'ceb-2013-6/body/para_18', line: 60 },
      },
    ]);
    expect(f.sources).toEqual([
      {
        documentId: 'ceb-2013-6',
        documentDate: '2013-11-11',
        annex: null,
        paragraphId: 'ceb-2013-6/body/para_18',
        line: 60,
        provisionCount: 7,
      },
    ]);
  });

  it('has the seven lettered recommendations (a)-(g)', () => {
    expect(f.provisions.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']);
    expect(f.provisions.every((p) => p.kind === 'RECOMMENDATION')).toBe(true);
    expect(f.provisions.map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // (a) runs over a page break.
    expect(f.provisions[0]!.text).toBe(
      'CEB reaffirm its commitment to the human rights principles of the United Nations, as established in the Charter and codified ' +
        'in the human rights conventions and declarations adopted under United Nations auspices and as contained in the ' +
        'Secretary-General\'s "renewed commitment to the United Nations founding purposes";',
    );
    expect(f.provisions[0]!.provenance).toEqual({ documentId: 'ceb-2013-6', paragraphId: 'ceb-2013-6/body/para_18/item_a', line: 62 });
    expect(f.provisions[4]!.organizationIds).toEqual(['ceb', 'hlcp']);
    expect(f.provisions[6]!.text).toBe(
      'CEB take up the issue of human rights in order to address these and related human rights questions.',
    );
    expect(f.provisions[0]!.id).toBe(`${REC_ID}/18-a`);
  });

  it('reports the endorsed list of paragraph 74 as unplaced instead of guessing its kind', () => {
    expect(r.unplaced).toEqual([
      {
        fileName: s000.fileName,
        line: 228,
        text: 'The Committee endorsed the following:',
        reason: 'lettered list endorsed or adopted in the body, not recognized as a framework or set of recommendations',
      },
    ]);
  });

  it('reports "the Committee" as unresolvable when the body id is not given, and sets no issuer', () => {
    const bare = extractFrameworks(docFromText(excerpt(s000.text, 40, 80), 'ceb-2013-6', '2013-11-11', s000.fileName), {
      findOrganizations,
    });
    const rec = bare.frameworks.find((x) => x.kind === 'RECOMMENDATIONS')!;
    expect(rec.issuedById).toBeNull();
    expect(rec.roles).toEqual([]);
    expect(rec.provisions).toHaveLength(7);
    expect(bare.unplaced).toEqual([
      { fileName: s000.fileName, line: 60, text: 'the Committee', reason: 'acting body not resolvable without the document body id' },
    ]);
  });

  it('finds the same set when the items are kept inline in paragraph 18', () => {
    const inline = extractFrameworks(docFromText(excerpt(s000.text, 40, 80), 'ceb-2013-6', null, s000.fileName, { embedItems: true }), {
      findOrganizations,
      bodyId: 'hlcp',
    });
    const rec = inline.frameworks.find((x) => x.kind === 'RECOMMENDATIONS')!;
    expect(rec.provisions.map((p) => p.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']);
    expect(rec.provisions[3]!.text).toBe(
      'CEB consider and support the "Rights up front" action plan of the Secretary-General, to strengthen the Organization\'s role ' +
        'in protecting people in crises;',
    );
    expect(rec.provisions.every((p) => p.provenance.paragraphId === 'ceb-2013-6/body/para_18')).toBe(true);
  });
});
