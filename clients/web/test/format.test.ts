import { describe, expect, it } from 'vitest';
import { formatDateRange, groupBy, highlightSegments, humanize, paragraphAnchor, paragraphHref, paragraphLabel } from '../src/format.js';

describe('display helpers of the web app', () => {
  it('formats session dates the way UN documents print them', () => {
    expect(formatDateRange('2013-10-17', '2013-10-18')).toBe('17–18 October 2013');
    expect(formatDateRange('2013-11-25', '2013-11-25')).toBe('25 November 2013');
    expect(formatDateRange('2013-09-30', '2013-10-01')).toBe('30 September – 1 October 2013');
    expect(formatDateRange('2013-12-31', '2014-01-02')).toBe('31 December 2013 – 2 January 2014');
    expect(formatDateRange(null, null)).toBe('');
  });

  it('humanizes enum values', () => {
    expect(humanize('MANDATE_HOLDER')).toBe('Mandate holder');
    expect(humanize('TOOK_NOTE')).toBe('Took note');
  });

  it('turns <mark> tags into marked segments and nothing else into markup', () => {
    expect(highlightSegments('specific <mark>cybersecurity</mark> <mark>frameworks</mark> have')).toEqual([
      { text: 'specific ', marked: false },
      { text: 'cybersecurity', marked: true },
      { text: ' ', marked: false },
      { text: 'frameworks', marked: true },
      { text: ' have', marked: false },
    ]);
    // Markup in a source document stays text (React escapes it when rendering).
    expect(highlightSegments('<img src=x onerror=alert(1)> <mark><b>x</b></mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: '<b>x</b>', marked: true },
    ]);
  });

  it('links a paragraph to its anchor in its document page', () => {
    const paragraph = { id: 'ceb-2013-6/annex_3/para_9', number: 9, document: { id: 'ceb-2013-6', symbol: 'CEB/2013/6', title: 'Report' } };
    expect(paragraphAnchor(paragraph.id, 'ceb-2013-6')).toBe('annex_3/para_9');
    expect(paragraphHref(paragraph)).toBe('/documents/ceb-2013-6#annex_3/para_9');
    expect(paragraphLabel(paragraph)).toBe('CEB/2013/6, para. 9');
    expect(paragraphLabel({ ...paragraph, number: null, document: { ...paragraph.document, symbol: null } })).toBe('Report');
  });

  it('groups by key in order of first appearance', () => {
    expect(groupBy(['a1', 'b1', 'a2'], (s) => s[0])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });
});
