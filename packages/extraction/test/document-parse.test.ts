import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inferSymbols, parseDocument, type ParsedDocument } from '../src/document/index.js';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'seeds');
const FILES = {
  hlcp: '000_dcaf472a3bcc0594.txt',
  cic: '001_8d7b134e30c2369d.txt',
  sg: '002_0e4775ef41d0f159.txt',
  ceb: '003_e02e6b476dbf9342.txt',
} as const;
const load = (f: string): ParsedDocument => parseDocument(readFileSync(join(seeds, f), 'utf8'), f);

const hlcp = load(FILES.hlcp);
const cic = load(FILES.cic);
const sg = load(FILES.sg);
const ceb = load(FILES.ceb);

const para = (d: ParsedDocument, localId: string) => {
  const p = d.paragraphs.find((x) => x.localId === localId);
  if (!p) throw new Error(`no paragraph ${localId} in ${d.fileName}`);
  return p;
};

describe('document metadata', () => {
  it('HLCP report (000): no printed symbol, title, date, kind', () => {
    expect(hlcp.symbol).toBeNull();
    expect(hlcp.title).toBe('Report of the High-level Committee on Programmes on its twenty-sixth session');
    expect(hlcp.kind).toBe('REPORT');
    expect(hlcp.date).toBe('2013-11-11');
    expect(hlcp.id).toBe('report-of-the-high-level-committee-on-programmes-on-its-twenty-sixth-session');
    expect(hlcp.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('CIC meeting summary (001)', () => {
    expect(cic.symbol).toBeNull();
    expect(cic.kind).toBe('MEETING_SUMMARY');
    expect(cic.title).toBe('Updating the Rules and Infrastructure for Globalization');
    expect(cic.date).toBeNull();
    expect(cic.id).toBe('updating-the-rules-and-infrastructure-for-globalization');
  });
  it('SG report (002)', () => {
    expect(sg.symbol).toBeNull();
    expect(sg.kind).toBe('REPORT');
    expect(sg.title).toBe('Cooperation between the United Nations and regional and other organizations');
    expect(sg.date).toBe('2020-09-11');
  });
  it('CEB summary of conclusions (003): symbol read from the page header', () => {
    expect(ceb.symbol).toBe('CEB/2013/2');
    expect(ceb.symbolInferred).toBe(false);
    expect(ceb.id).toBe('ceb-2013-2');
    expect(ceb.kind).toBe('SUMMARY_OF_CONCLUSIONS');
    expect(ceb.title).toBe('Summary of conclusions');
    expect(ceb.date).toBeNull();
  });
  it('infers the HLCP report symbol CEB/2013/6 from the CEB summary citing it', () => {
    const [h, , , c] = inferSymbols([hlcp, cic, sg, ceb]);
    expect(h!.symbol).toBe('CEB/2013/6');
    expect(h!.symbolInferred).toBe(true);
    expect(h!.id).toBe('ceb-2013-6');
    expect(h!.paragraphs.find((p) => p.localId === 'annex_3/para_9')!.id).toBe('ceb-2013-6/annex_3/para_9');
    expect(h!.paragraphs.find((p) => p.localId === 'annex_3/para_3')!.points[0]!.id).toBe('ceb-2013-6/annex_3/para_3__list_1__point_a');
    expect(c).toBe(ceb);
  });
});

describe('paragraph counts (counted by hand)', () => {
  const numbered = (d: ParsedDocument) => d.paragraphs.filter((p) => p.number !== null);
  it('000: 125 body + 55 Annex III numbered; 1 agenda + 71 participant lines unnumbered', () => {
    expect(numbered(hlcp).filter((p) => p.annex === null)).toHaveLength(125);
    expect(numbered(hlcp).filter((p) => p.annex === 'Annex III')).toHaveLength(55);
    expect(hlcp.paragraphs.filter((p) => p.annex === 'Annex I')).toHaveLength(1);
    expect(hlcp.paragraphs.filter((p) => p.annex === 'Annex II')).toHaveLength(71);
    expect(hlcp.paragraphs).toHaveLength(252);
  });
  it('001: 39 unnumbered paragraphs, none numbered', () => {
    expect(numbered(cic)).toHaveLength(0);
    expect(cic.paragraphs).toHaveLength(39);
    expect(cic.paragraphs.filter((p) => p.cells)).toHaveLength(12);
  });
  it('002: 108 numbered + 4 summary paragraphs', () => {
    expect(numbered(sg)).toHaveLength(108);
    expect(sg.paragraphs).toHaveLength(112);
    expect(numbered(sg).map((p) => p.number)).toEqual(Array.from({ length: 108 }, (_, i) => i + 1));
  });
  it('003: 94 body + 9 Annex II + 55 Annex III numbered, 17 unnumbered in Annex I', () => {
    expect(numbered(ceb).filter((p) => p.annex === null)).toHaveLength(94);
    expect(numbered(ceb).filter((p) => p.annex === 'Annex II')).toHaveLength(9);
    expect(numbered(ceb).filter((p) => p.annex === 'Annex III')).toHaveLength(55);
    expect(ceb.paragraphs.filter((p) => p.annex === 'Annex I')).toHaveLength(17);
    expect(ceb.paragraphs).toHaveLength(175);
  });
  it('CRLF line endings and a BOM give the same paragraphs', () => {
    const text = readFileSync(join(seeds, FILES.ceb), 'utf8');
    const crlf = parseDocument(`\ufeff${text.replace(/\n/g, '\r\n')}`, FILES.ceb);
    expect(crlf.paragraphs.map((p) => [p.id, p.line, p.text])).toEqual(ceb.paragraphs.map((p) => [p.id, p.line, p.text]));
  });
  it('positions are 0-based reading order and ids are unique', () => {
    for (const d of [hlcp, cic, sg, ceb]) {
      expect(d.paragraphs.map((p) => p.position)).toEqual(d.paragraphs.map((_, i) => i));
      expect(new Set(d.paragraphs.map((p) => p.id)).size).toBe(d.paragraphs.length);
      expect(d.unplaced).toEqual([]);
    }
  });
});

describe('section paths, lines and ids', () => {
  it('000 para 12 is under agenda item 1 heading', () => {
    const p = para(hlcp, 'para_12');
    expect(p.sectionPath).toEqual(['II. Agenda item 1: Centrality of human rights in the work of the United Nations system']);
    expect(p.line).toBe(46);
    expect(p.id).toBe(`${hlcp.id}/para_12`);
  });
  it('000 para 49 under item 3 / B', () => {
    expect(para(hlcp, 'para_49').sectionPath).toEqual([
      'IV. Agenda item 3: Implementation of decisions by the High-level Committee on Programmes and the United Nations System Chief ' +
        'Executives Board for Coordination',
      'B. Cybersecurity and cybercrime',
    ]);
  });
  it('000 Annex III para 14', () => {
    const p = para(hlcp, 'annex_3/para_14');
    expect(p.sectionPath).toEqual(['Annex III', 'III. Basic United Nations-wide principles applicable to cybercrime and cybersecurity']);
    expect(p.line).toBe(620);
    expect(p.sectionEIds).toEqual(['annex_3', 'sec_3']);
  });
  it('003 wrapped headings are joined', () => {
    expect(para(ceb, 'para_57').sectionPath).toEqual([
      'III. Issues of system-wide concern: cybersecurity/cybercrime and policies on information',
    ]);
    expect(para(ceb, 'annex_3/para_14').sectionPath).toEqual([
      'Annex III',
      'III. Basic United Nations-wide principles applicable to cybercrime and cybersecurity',
    ]);
    expect(para(ceb, 'para_18').sectionPath).toEqual([
      'II. Reports of CEB high-level committees',
      'A. High-level Committee on Programmes',
      'Briefing by Michel Jarraud, Chair of UN-Water',
    ]);
  });
  it('003 unnumbered statement paragraphs in Annex I get p_<k> ids', () => {
    const p = para(ceb, 'annex_1/hcontainer_1/p_8');
    expect(p.text.startsWith('We will be vigilant in identifying emerging risks')).toBe(true);
    expect(p.line).toBe(1007);
    expect(p.number).toBeNull();
    expect(p.sectionPath).toEqual(['Annex I', 'Renewing our commitment to the peoples and purposes of the United Nations']);
    expect(ceb.annexes.map((a) => a.title)).toEqual([
      'Statement by the Secretary-General of the United Nations',
      'Statement on the review of the common system compensation package by the International Civil Service Commission',
      'United Nations-wide framework on cybersecurity and cybercrime',
    ]);
  });
  it('002 organization headings are unnumbered sections', () => {
    const p = para(sg, 'para_60');
    expect(p.sectionPath).toEqual([
      'II. Cooperation between the United Nations and regional and other organizations',
      'International Criminal Police Organization',
    ]);
    expect(para(sg, 'hcontainer_1/p_3').sectionPath).toEqual(['Summary']);
  });
  it('001 cluster headings and bullets', () => {
    const p = cic.paragraphs.find((x) => x.line === 43)!;
    expect(p.sectionPath).toEqual([
      'Cluster 2: Common peace and security threats and challenges - the use of drones, cyber security/information privacy, violent ' +
        'extremism, and nuclear proliferation',
    ]);
    const key = cic.paragraphs.find((x) => x.line === 13)!;
    expect(key.points.map((x) => x.kind)).toEqual(['bullet', 'bullet', 'bullet', 'bullet']);
    expect(key.localId).toBe('hcontainer_1/p_1');
  });
  it('lettered sub-paragraphs stay inside their numbered paragraph', () => {
    const p = para(hlcp, 'para_18');
    expect(p.points.map((x) => x.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(p.intro).toMatch(/the Committee recommends that:$/);
    expect(p.points[3]!.id).toBe(`${hlcp.id}/para_18__list_1__point_d`);
    expect(
      para(hlcp, 'annex_1/p_1')
        .points.map((x) => x.id.split('__').slice(1).join('__'))
        .slice(2, 4),
    ).toEqual(['list_1__item_3', 'list_1__item_3__list_1__point_a']);
    expect(para(ceb, 'annex_3/para_6').points.map((x) => x.id.split('__').pop())).toEqual([
      'item_1',
      'item_2',
      'item_3',
      'item_4',
      'item_5',
    ]);
    expect(p.text).toContain('(d) CEB consider and support the "Rights up front" action plan');
    // (a) wraps over a blank line in the source
    expect(p.points[0]!.text).toMatch(
      /adopted under United Nations auspices and as contained in the Secretary-General's "renewed commitment/,
    );
  });
  it('a paragraph broken by a page break and a footnote is one paragraph', () => {
    const p = para(hlcp, 'para_25');
    expect(p.text).toMatch(/Global Forum on Migration and Development .*2006 and saw a remarkable convergence/);
    expect(p.text).not.toContain(
      'Declaration of the High-level Dialogue on International Migration and Development (General Assembly resolution 68/4)',
    );
  });
});

describe('cleaned text', () => {
  it('removes inserted links', () => {
    expect(para(hlcp, 'para_7').text).toContain('(General Assembly resolution 66/288, annex)');
    expect(para(hlcp, 'para_7').text).not.toContain('](#)');
    expect(para(sg, 'para_3').text).toContain('resolution 1809 (2008)');
    expect(para(sg, 'hcontainer_1/p_3').text).toContain('(A/73/328-S/2018/592)');
  });
  it('removes page furniture and link lines inside paragraphs (003)', () => {
    const p23 = para(ceb, 'annex_3/para_23');
    expect(p23.text).toContain('United Nations entities should share and benchmark existing comprehensive');
    for (const p of ceb.paragraphs) {
      expect(p.text).not.toMatch(/CEB\/2013\/2|14-20568|30\/36|undocs\.org/);
    }
    expect(para(ceb, 'para_13').text).toContain('in the implementation of that agenda. He stressed');
  });
  it('resolves line-end hyphens', () => {
    expect(para(ceb, 'para_11').text).toContain('the focus of the CEB high-level side event');
    expect(para(ceb, 'para_15').text).toContain('concrete action on all climate-related issues');
    expect(para(ceb, 'para_17').text).toContain('the statement by the Secretary-General on');
    expect(para(ceb, 'annex_3/para_42').text).toContain('develop a long-term and sustainable programme');
  });
  it('removes footnote markers and keeps footnotes apart', () => {
    expect(para(ceb, 'annex_3/para_2').text).toMatch(/High-level Committee on Management\.$/);
    expect(para(ceb, 'annex_3/para_5').text).toContain('definitions of cybercrime. However');
    expect(para(hlcp, 'annex_3/para_2').text).toMatch(/High-level Committee on Management\.$/);
    expect(ceb.footnotes.map((f) => [f.marker, f.line])).toEqual([
      ['a', 1183],
      ['b', 1286],
      ['c', 1911],
    ]);
    expect(ceb.footnotes[0]!.text).toMatch(/^The United Nations Chief Executives Board .* civil liberties\.$/);
    expect(para(ceb, 'annex_3/para_3').points.map((x) => x.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
  it('anchors footnote markers, including a marker glued to a word (mattersc)', () => {
    expect(ceb.footnotes.map((f) => f.anchorLine)).toEqual([1163, 1244, 1886]);
    expect(para(ceb, 'annex_3/para_53').text).toContain('coordination on cybercrime and cybersecurity matters •');
    expect(hlcp.footnotes.map((f) => [f.marker, f.anchorLine])).toEqual([
      ['¹', 86],
      ['²', 102],
      ['³', 126],
      ['a', 546],
      ['b', 570],
      ['c', 750],
    ]);
    expect(sg.footnotes.map((f) => [f.marker, f.line, f.anchorLine])).toEqual([
      ['*', 50, 13],
      ['¹', 223, 207],
    ]);
  });
  it('removes running titles and job numbers at page breaks (003 excerpt with two page breaks)', () => {
    const lines = readFileSync(join(seeds, FILES.ceb), 'utf8').split('\n');
    const text = [
      ...lines.slice(0, 11), // title, I. Introduction, para 1 up to "...New York in the morning of 25 November 2013."
      '',
      'CEB/2013/2',
      '',
      'Summary of conclusions',
      '',
      '13-62018 (E) 2/36',
      '',
      ...lines.slice(11, 17), // "In the afternoon, ..." (para 1 continues), para 2 starts
      '',
      '3/36 13-62018',
      '',
      'Summary of conclusions',
      '',
      'CEB/2013/2',
      '',
      ...lines.slice(17, 22),
    ].join('\n');
    const d = parseDocument(text, 'excerpt.txt');
    expect(d.title).toBe('Summary of conclusions');
    expect(d.symbol).toBe('CEB/2013/2');
    expect(d.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(d.paragraphs[0]!.text).toBe(
      'The second regular session of the United Nations System Chief Executives Board for Coordination (CEB) of 2013, chaired by the ' +
        'Secretary-General, was held at United Nations Headquarters in New York in the morning of 25 November 2013. In the afternoon, ' +
        'following the conclusion of the session, the Board held its second review of implementation of the Millennium Development ' +
        'Goals at the country level.',
    );
    expect(d.paragraphs[1]!.text).toBe(
      'A retreat was held on 26 November at which executive heads had an exchange of views on the post-2015 process, followed by a ' +
        'private meeting of CEB, during which it considered political, economic, social and human rights issues on the United Nations ' +
        'agenda.',
    );
  });
  it('removes emphasis markers', () => {
    expect(para(hlcp, 'para_120').text).toContain(
      'entitled World Maritime Day: A Concept of a Sustainable Maritime Transportation System. The think piece',
    );
    expect(sg.frontMatter.map((l) => l.text)).toContain('General Assembly');
  });
  it('participant table rows keep their cells', () => {
    const row = hlcp.paragraphs.find((p) => p.line === 501)!;
    expect(row.cells).toEqual(['International Telecommunication Union', 'Doreen Bogdan-Martin Mario Castro Grande Anders Norsker']);
    const cont = hlcp.paragraphs.find((p) => p.line === 518)!;
    expect(cont.cells).toEqual(['', 'Kanako Mabuchi']);
    const wrapped = hlcp.paragraphs.find((p) => p.line === 446)!;
    expect(wrapped.text).toBe('Office of the United Nations High Commissioner for Human Rights');
  });
});
