import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildVocabulary,
  cleanInline,
  cleanLines,
  cleanText,
  findDateRanges,
  furnitureKind,
  joinHyphenated,
  joinLines,
  ordinalToNumber,
  parseDate,
  romanToNumber,
  slugify,
} from '../src/document/index.js';

describe('cleanInline', () => {
  it('strips inserted links and escapes', () => {
    expect(cleanInline('(General Assembly resolution [66/288](#), annex)')).toBe('(General Assembly resolution 66/288, annex)');
    expect(cleanInline('in its resolution [1809 \\(2008\\)](#), requested')).toBe('in its resolution 1809 (2008), requested');
    expect(cleanInline('calling for a \\$100 billion')).toBe('calling for a $100 billion');
  });
  it('strips emphasis and footnote markers', () => {
    expect(cleanInline('**General Assembly')).toBe('General Assembly');
    expect(cleanInline('entitled *World Maritime Day: A Concept*. The')).toBe('entitled World Maritime Day: A Concept. The');
    expect(cleanInline('High-level Committee on Management.^a')).toBe('High-level Committee on Management.');
    expect(cleanInline('an outcome document.¹ Mr. Gass')).toBe('an outcome document. Mr. Gass');
    expect(cleanInline('normative gaps.*')).toBe('normative gaps.');
  });
});

describe('furniture', () => {
  it('recognizes symbol headers, job numbers, page counters, link lines', () => {
    expect(furnitureKind('CEB/2013/2')).toBe('symbol');
    expect(furnitureKind('14-20568 30/36')).toBe('job-number');
    expect(furnitureKind('13-62018 (E)')).toBe('job-number');
    expect(furnitureKind('13-62018')).toBe('job-number');
    expect(furnitureKind('30/36')).toBe('page-counter');
    expect(furnitureKind('http://undocs.org/A/RES/67/220')).toBe('url');
    expect(furnitureKind('4. Other matters.')).toBeNull();
    expect(furnitureKind('2006 and saw a remarkable convergence of views')).toBeNull();
  });
  it('cleanText drops furniture and joins wrapped lines (real 003 excerpt)', () => {
    const excerpt = [
      'as examples of best practices from national solutions. United Nations entities should ',
      '',
      '',
      '',
      'CEB/2013/2  ',
      ' ',
      '',
      '14-20568 30/36 ',
      ' ',
      '',
      'share and benchmark existing comprehensive and holistic legislative frameworks in ',
    ].join('\n');
    // cleanText splits on blank lines; the structure-aware join is in parseDocument.
    const blocks = cleanText(excerpt);
    expect(blocks).toEqual([
      'as examples of best practices from national solutions. United Nations entities should',
      'share and benchmark existing comprehensive and holistic legislative frameworks in',
    ]);
  });
});

describe('cleanLines (line-level view of 003)', () => {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'seeds', '003_e02e6b476dbf9342.txt');
  const lines = cleanLines(readFileSync(file, 'utf8'));
  const at = (n: number) => lines[n - 1]!;
  it('keeps one entry per source line with its role', () => {
    expect(lines).toHaveLength(1921);
    expect(at(1520)).toMatchObject({ role: 'furniture', text: 'CEB/2013/2' });
    expect(at(1523)).toMatchObject({ role: 'furniture', text: '14-20568 30/36' });
    expect(at(153)).toMatchObject({ role: 'furniture', text: 'http://undocs.org/A/RES/67/220' });
    expect(at(1181).role).toBe('furniture');
    expect(at(1183)).toMatchObject({ role: 'footnote' });
    expect(at(1195)).toMatchObject({ role: 'footnote' });
    expect(at(1196)).toMatchObject({ role: 'content', text: '(c) To incorporate into the United Nations system technical assistance the' });
    expect(at(1163)).toMatchObject({ role: 'content', text: 'Committee on Management.' });
    expect(at(1886)).toMatchObject({ role: 'content', text: 'and cybersecurity matters' });
    expect(at(2).role).toBe('blank');
  });
});

describe('hyphenation', () => {
  it('joins a word broken at a line end', () => {
    expect(joinLines(['protect the cyber-', 'environment and organization'])).toBe('protect the cyberenvironment and organization');
  });
  it('keeps real hyphens by prefix list', () => {
    expect(joinLines(['the CEB high-', 'level side event'])).toBe('the CEB high-level side event');
    expect(joinLines(['encourage multi-', 'stakeholder cooperation'])).toBe('encourage multi-stakeholder cooperation');
    expect(joinLines(['develop a long-', 'term and sustainable programme'])).toBe('develop a long-term and sustainable programme');
    expect(joinLines(['a United Nations-', 'sponsored event'])).toBe('a United Nations-sponsored event');
    expect(joinLines(['the nations-', 'sponsored event'])).toBe('the nationssponsored event');
  });
  it('keeps hyphens before capitals and compound heads', () => {
    expect(joinLines(['the Secretary-', 'General on'])).toBe('the Secretary-General on');
    expect(joinLines(['all climate-', 'related issues'])).toBe('all climate-related issues');
  });
  it('uses the document vocabulary first', () => {
    const vocab = buildVocabulary(['preventive capacity-building in human development', 'the cyberthreats were']);
    expect(joinHyphenated('capacity', 'building', vocab)).toBe('capacity-building');
    expect(joinHyphenated('cyber', 'threats', vocab)).toBe('cyberthreats');
    // 'inter-agency' occurs hyphenated elsewhere: kept even though 'inter' is also a prefix
    const v2 = buildVocabulary(['an inter-agency mechanism', 'the intergovernmental process']);
    expect(joinHyphenated('inter', 'agency', v2)).toBe('inter-agency');
    expect(joinHyphenated('inter', 'governmental', v2)).toBe('intergovernmental');
  });
  it('does not treat a dash after a space as a hyphen', () => {
    expect(joinLines(['the Committee -', 'by serving'])).toBe('the Committee - by serving');
  });
});

describe('dates, ordinals, numerals, slugs', () => {
  it('parses single dates', () => {
    expect(parseDate('11 November 2013')).toBe('2013-11-11');
    expect(parseDate('May 7, 2015')).toBe('2015-05-07');
    expect(parseDate('31 February 2013')).toBeNull();
  });
  it('finds date ranges in running text', () => {
    expect(findDateRanges('in Geneva on 17 and 18 October 2013. The agenda').map((d) => [d.start, d.end])).toEqual([
      ['2013-10-17', '2013-10-18'],
    ]);
    expect(findDateRanges('held from 9 to 13 May 2011 in Istanbul').map((d) => [d.start, d.end])).toEqual([['2011-05-09', '2011-05-13']]);
    expect(findDateRanges('the dates of Thursday, 8 and Friday, 9 May 2014 for its first').map((d) => [d.start, d.end])).toEqual([
      ['2014-05-08', '2014-05-09'],
    ]);
    expect(findDateRanges('held on 10 and 11 October at the United Nations Office', 2013).map((d) => [d.start, d.end])).toEqual([
      ['2013-10-10', '2013-10-11'],
    ]);
    expect(findDateRanges('held on 10 and 11 October at the United Nations Office')).toEqual([]);
  });
  it('converts ordinals', () => {
    expect(ordinalToNumber('twenty-sixth')).toBe(26);
    expect(ordinalToNumber('seventy-fifth')).toBe(75);
    expect(ordinalToNumber('Second')).toBe(2);
    expect(ordinalToNumber('twentieth')).toBe(20);
    expect(ordinalToNumber('sixty-ninth')).toBe(69);
    expect(ordinalToNumber('26th')).toBe(26);
    expect(ordinalToNumber('twenty')).toBeNull();
  });
  it('roman numerals and slugs', () => {
    expect(romanToNumber('III')).toBe(3);
    expect(romanToNumber('IV')).toBe(4);
    expect(romanToNumber('VII')).toBe(7);
    expect(romanToNumber('Annex')).toBeNull();
    expect(slugify('CEB/2013/6')).toBe('ceb-2013-6');
    expect(slugify('A/RES/67/226')).toBe('a-res-67-226');
  });
});
