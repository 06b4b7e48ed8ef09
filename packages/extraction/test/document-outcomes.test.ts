import { describe, expect, it } from 'vitest';
import { extractOutcomes, extractReferences, type ParsedDocument } from '../src/document/index.js';
import { ceb, cic, hlcp, pid, sCeb, sCic, sg, sHlcp, sSg } from './document-seeds.js';

describe('outcomes', () => {
  const oHlcp = extractOutcomes(hlcp, sHlcp);
  const oCeb = extractOutcomes(ceb, sCeb);
  const at = (o: typeof oHlcp, d: ParsedDocument, local: string) =>
    o.outcomes.filter((x) => x.paragraphId === pid(d, local)).map((x) => x.kind);
  it("000: the Committee's decisions by paragraph", () => {
    expect(oHlcp.outcomes.map((o) => Number(o.paragraphId.split('para_')[1]))).toEqual([
      10, 18, 18, 39, 41, 49, 49, 57, 57, 57, 63, 66, 74, 81, 82, 111, 119, 121, 121,
    ]);
    expect(at(oHlcp, hlcp, 'para_49')).toEqual(['ENDORSED', 'REQUESTED']);
    expect(at(oHlcp, hlcp, 'para_57')).toEqual(['WELCOMED', 'TOOK_NOTE', 'RECOMMENDED']);
    expect(at(oHlcp, hlcp, 'para_41')).toEqual(['TOOK_NOTE']);
    const endorsed = oHlcp.outcomes.find((o) => o.paragraphId === pid(hlcp, 'para_49'))!;
    expect(endorsed.frameworkPhrase).toBe('United Nations-wide framework on cybersecurity and cybercrime');
    expect(endorsed.agendaItemId).toBe('hlcp-26/item_3_b');
    expect(endorsed.sessionId).toBe('hlcp-26');
    expect(endorsed.text).toMatch(/^The Committee endorsed the draft framework/);
  });
  it('000: speakers, reported speech and modals are not outcomes', () => {
    expect(at(oHlcp, hlcp, 'para_5')).toEqual([]); // "The Committee recalled that, at its twenty-third session, it had agreed"
    expect(at(oHlcp, hlcp, 'para_17')).toEqual([]); // "The Committee should request a report"
    expect(at(oHlcp, hlcp, 'para_19')).toEqual([]); // "CEB, at its first regular session of 2013, endorsed" (another body)
    expect(oHlcp.unplaced.map((u) => u.line)).toEqual([386]); // passive "was warmly endorsed as incoming Vice-Chair"
  });
  it("003: the Board's decisions with what they act on", () => {
    expect(oCeb.outcomes.map((o) => `${o.paragraphId.split('/').pop()} ${o.kind}`)).toEqual([
      'para_5 ADOPTED',
      'para_26 ENDORSED',
      'para_26 ENDORSED',
      'para_47 TOOK_NOTE',
      'para_47 ENDORSED',
      'para_47 ADOPTED',
      'para_56 TOOK_NOTE',
      'para_56 ENDORSED',
      'para_85 ENDORSED',
      'para_85 WELCOMED',
      'para_88 ENDORSED',
      'para_89 CONFIRMED',
      'para_91 ACCEPTED',
    ]);
    const p26 = oCeb.outcomes.filter((o) => o.paragraphId === pid(ceb, 'para_26'));
    expect(p26.map((o) => [o.documentSymbol, o.frameworkPhrase])).toEqual([
      ['CEB/2013/6', null],
      [null, 'Statement by the Secretary-General of the United Nations'],
    ]);
    const p47 = oCeb.outcomes.filter((o) => o.paragraphId === pid(ceb, 'para_47'));
    expect(p47[1]!.documentSymbol).toBe('CEB/2013/5');
    expect(p47[2]!.frameworkPhrase).toBe(
      'Statement on the review of the common system compensation package by the International Civil Service Commission',
    );
    expect(at(oCeb, ceb, 'para_82')).toEqual([]); // "the participants generally agreed"
    expect(at(oCeb, ceb, 'para_55')).toEqual([]); // "The Secretary-General requested the Chair of the United Nations Development Group"
    // HLCP's decisions reported by its Chair ("Members had agreed", "the Committee also endorsed")
    expect(at(oCeb, ceb, 'para_10')).toEqual([]);
    const p85 = oCeb.outcomes.find((o) => o.paragraphId === pid(ceb, 'para_85'))!;
    expect(p85).toMatchObject({
      frameworkPhrase: 'United Nations-wide framework on cybersecurity and cybercrime',
      agendaItemId: 'ceb-2013-2/item_3',
      sessionId: 'ceb-2013-2',
    });
    expect(new Set(oCeb.outcomes.map((o) => o.id)).size).toBe(oCeb.outcomes.length);
  });
  it('documents that do not record a session have no outcomes', () => {
    expect(extractOutcomes(sg, sSg).outcomes).toEqual([]);
    expect(extractOutcomes(cic, sCic).outcomes).toEqual([]);
  });
});

describe('references', () => {
  it('000: resolutions normalized, footnote citations anchored to their paragraph', () => {
    const r = extractReferences(hlcp);
    expect(r.references.map((x) => `${x.symbol}@${x.paragraphId.split('/').pop()}`)).toEqual([
      'A/RES/66/288@para_7',
      'A/RES/67/220@para_68',
      'A/RES/68/6@para_99',
      'A/68/202@para_103',
      'A/RES/68/4@para_21',
      'A/68/190@para_27',
    ]);
    expect(r.references.find((x) => x.symbol === 'A/68/190')!.via).toBe('footnote');
    // "resolution 22/8 of the Commission on Crime Prevention and Criminal Justice" is not a GA resolution
    expect(r.unplaced.map((u) => u.line)).toEqual([592, 677]);
  });
  it('003: CEB symbols and GA resolutions; undocs link lines are not citations', () => {
    const r = extractReferences(ceb);
    expect(r.references.map((x) => `${x.symbol}@${x.paragraphId.split('/').slice(1).join('/')}`)).toEqual([
      'A/RES/67/220@para_10',
      'CEB/2013/6@para_26',
      'A/RES/67/226@para_32',
      'CEB/2013/5@para_47',
      'A/RES/67/226@para_49',
      'A/RES/66/235@annex_2/para_3',
      'A/RES/64/231@annex_2/para_3',
    ]);
    expect(r.references.some((x) => x.symbol === 'A/RES/22/8')).toBe(false);
  });
  it('002: Security Council resolutions, joint symbols split, presidential statements', () => {
    const r = extractReferences(sg);
    const syms = r.references.filter((x) => x.paragraphId === pid(sg, 'para_4')).map((x) => x.symbol);
    expect(syms).toEqual(['A/73/328', 'S/2018/592', 'A/RES/58/316']);
    expect(r.references.find((x) => x.paragraphId === pid(sg, 'para_7'))!.symbol).toBe('S/RES/2457 (2019)');
    expect(r.references.filter((x) => x.paragraphId === pid(sg, 'para_3')).map((x) => x.symbol)).toEqual([
      'S/PRST/2013/12',
      'S/RES/1809 (2008)',
    ]);
    // the provisional agenda footnote (* A/75/150) hangs on the cover page, not on a paragraph
    expect(r.unplaced).toHaveLength(1);
    expect(r.unplaced[0]!.text).toBe('A/75/150.');
  });
});
