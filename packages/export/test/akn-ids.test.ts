import { describe, expect, it } from 'vitest';
import { annexOf, expressionIri, headingEIdPart, paragraphEId, workIri } from '../src/akn-ids.js';

const CEB_2013_6 = {
  id: 'ceb-2013-6',
  symbol: 'CEB/2013/6',
  title: 'Report',
  kind: 'REPORT',
  date: '2013-11-11',
  sessionDate: null,
  bodyId: 'hlcp',
};

describe('Akoma Ntoso names', () => {
  it('writes a paragraph id as an eId without the document prefix, / as __', () => {
    expect(paragraphEId('ceb-2013-6', 'ceb-2013-6/annex_3/para_9')).toBe('annex_3__para_9');
    expect(paragraphEId('ceb-2013-6', 'ceb-2013-6/para_12')).toBe('para_12');
  });

  it('finds the annex a paragraph belongs to', () => {
    expect(annexOf('ceb-2013-6', 'ceb-2013-6/annex_3/para_9')).toBe('annex_3');
    expect(annexOf('ceb-2013-6', 'ceb-2013-6/para_9')).toBeNull();
    expect(annexOf('ceb-2013-6', 'ceb-2013-6/hcontainer_1/p_2')).toBeNull();
  });

  it('names the work after the symbol and the expression after the language (AKN4UN)', () => {
    expect(workIri(CEB_2013_6)).toBe('/akn/un/doc/report/hlcp/2013-11-11/CEB-2013-6');
    expect(expressionIri(CEB_2013_6)).toBe('/akn/un/doc/report/hlcp/2013-11-11/CEB-2013-6/eng@');
    const unnumbered = { ...CEB_2013_6, symbol: null, kind: 'SUMMARY_OF_CONCLUSIONS', date: null, sessionDate: '2013-10-17', bodyId: null };
    expect(workIri(unnumbered)).toBe('/akn/un/doc/summaryOfConclusions/un/2013-10-17/ceb-2013-6');
  });

  it('names sections as ingestion does: roman, letter, then unnumbered', () => {
    expect(headingEIdPart('IV. Management issues', 1, false)).toBe('sec_4');
    expect(headingEIdPart('B. Climate change', 1, true)).toBe('subsec_b');
    // Under a roman section, C. is the third letter, not one hundred.
    expect(headingEIdPart('C. Cybersecurity', 1, true)).toBe('subsec_c');
    expect(headingEIdPart('Renewing our commitment', 2, false)).toBe('hcontainer_2');
  });
});
