import { describe, expect, it } from 'vitest';
import { extractFrameworks, type FrameworkSourceParagraph } from '../src/frameworks/index.js';
import { docFromText, excerpt, findOrganizations, paragraphsFromText, readSeed } from './frameworks-helpers.js';

const s000 = readSeed('000');
const s003 = readSeed('003');
const deps = { findOrganizations, bodyId: 'hlcp' };

describe('what cannot be placed is reported, not guessed', () => {
  it('reports a framework paragraph the parser split at a page break instead of making it a provision', () => {
    // 000 annex III, section IV.A (lines 538-646); paragraph 23 runs over a page break at line 654.
    const paragraphs = paragraphsFromText(excerpt(s000.text, 538, 646), 'ceb-2013-6');
    const at = paragraphs.findIndex((p) => p.number === 23);
    const p23 = paragraphs[at]!;
    const cut = p23.text.indexOf('share and benchmark');
    const split: FrameworkSourceParagraph[] = [
      ...paragraphs.slice(0, at),
      { ...p23, text: p23.text.slice(0, cut).trim() },
      { ...p23, id: `${p23.id}_cont`, number: null, text: p23.text.slice(cut), line: 642 },
      ...paragraphs.slice(at + 1),
    ];
    const whole = extractFrameworks({ id: 'ceb-2013-6', date: null, fileName: 'f.txt', paragraphs }, deps);
    const r = extractFrameworks({ id: 'ceb-2013-6', date: null, fileName: 'f.txt', paragraphs: split }, deps);
    expect(r.frameworks[0]!.provisions).toHaveLength(whole.frameworks[0]!.provisions.length);
    expect(r.unplaced).toEqual([
      {
        fileName: 'f.txt',
        line: 642,
        text: expect.stringMatching(/^share and benchmark existing comprehensive/),
        reason: 'unnumbered text in a framework starts in lower case (a split paragraph?); not made a provision',
      },
    ]);
  });

  it('reports an annex whose title names no known kind of text', () => {
    const text = 'Annex IV\n\nBudget tables for the biennium\n\n1. The budget is set out below.\n';
    const r = extractFrameworks(
      { id: 'd', date: null, fileName: 'x.txt', paragraphs: paragraphsFromText(text, 'd', { headings: 'both' }) },
      deps,
    );
    expect(r.frameworks).toEqual([]);
    expect(r.unplaced).toEqual([
      {
        fileName: 'x.txt',
        line: 3,
        text: 'Budget tables for the biennium',
        reason: 'annex title not recognized as a framework, statement, set of recommendations or agreement',
      },
    ]);
  });

  it('skips agenda and participant annexes silently, and finds nothing in a body without recommendations', () => {
    const r = extractFrameworks(docFromText(excerpt(s000.text, 380, 537), 'ceb-2013-6', null, s000.fileName), deps);
    expect(r).toEqual({ frameworks: [], unplaced: [] });
  });
});

describe('other input shapes', () => {
  it('takes the annex marker and title from the parser annex list when headings lack them', () => {
    // 003 annex II (lines 1039-1136) as a parser would give it: paragraphs with section path ['Annex II'] only,
    // an empty headings list and the annex list holding label and title.
    const paragraphs = paragraphsFromText(excerpt(s003.text, 1039, 1136), 'ceb-2013-2', { headings: 'path' }).map((p) => ({
      ...p,
      sectionPath: ['Annex II'],
    }));
    const r = extractFrameworks(
      {
        id: 'ceb-2013-2',
        date: null,
        paragraphs: paragraphs.filter((p) => !/^Annex II$|^Statement on the review/.test(p.text)),
        headings: [],
        annexes: [
          {
            label: 'Annex II',
            title: 'Statement on the review of the common system compensation package by the International Civil Service Commission',
            line: 1039,
          },
        ],
      },
      { findOrganizations, bodyId: 'ceb' },
    );
    expect(r.frameworks.map((f) => [f.kind, f.provisions.length, f.issuedById])).toEqual([['STATEMENT', 20, 'ceb']]);
    expect(r.frameworks[0]!.sources[0]).toMatchObject({ annex: 'annex_2', line: 1039, paragraphId: 'ceb-2013-2/annex_2/para_1' });
  });

  it('reads a signature split over two paragraphs (name, then date)', () => {
    const paragraphs = paragraphsFromText(excerpt(s003.text, 950, 1036), 'ceb-2013-2');
    const last = paragraphs[paragraphs.length - 1]!;
    const withSignature: FrameworkSourceParagraph[] = [
      ...paragraphs,
      { id: 'ceb-2013-2/annex_1/sig_1', number: null, sectionPath: last.sectionPath, text: 'BAN Ki-moon', line: 1037 },
      { id: 'ceb-2013-2/annex_1/sig_2', number: null, sectionPath: last.sectionPath, text: '21 November 2013', line: 1038 },
    ];
    const r = extractFrameworks({ id: 'ceb-2013-2', date: '2014-01-10', paragraphs: withSignature }, { findOrganizations, bodyId: 'ceb' });
    expect(r.frameworks[0]).toMatchObject({ authorName: 'Ban Ki-moon', date: '2013-11-21', kind: 'STATEMENT' });
    expect(r.frameworks[0]!.provisions).toHaveLength(16);
    // Without the signature the statement takes the document date.
    const unsigned = extractFrameworks({ id: 'ceb-2013-2', date: '2014-01-10', paragraphs }, { findOrganizations, bodyId: 'ceb' });
    expect(unsigned.frameworks[0]).toMatchObject({ authorName: null, date: '2014-01-10' });
  });
});
