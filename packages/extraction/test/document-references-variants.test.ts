import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReferences, parseDocument } from '../src/document/index.js';
import { seeds } from './document-seeds.js';

/**
 * Metamorphic tests of resolution citations: one sentence added to paragraph 6 of the
 * Secretary-General's report (002), each a way the genre cites a resolution. A citation that
 * names a symbol is normalized and kept with its paragraph; one that cannot be given a symbol
 * is reported with its line, and the rest of the document's references stay as they were.
 */
const SG = '002_0e4775ef41d0f159.txt';
const ANCHOR = 'such as in Madagascar in late 2018.';
const original = readFileSync(join(seeds, SG), 'utf8');
const withSentence = (sentence: string) => {
  expect(original.split(ANCHOR)).toHaveLength(2);
  const body = original.replace(ANCHOR, `${ANCHOR} ${sentence}`);
  const doc = parseDocument(body, SG);
  return { doc, line: body.split('\n').findIndex((l) => l.includes(sentence)) + 1, ...extractReferences(doc) };
};
const para6 = (x: ReturnType<typeof withSentence>) =>
  x.references.filter((r) => r.paragraphId === `${x.doc.id}/para_6`).map((r) => r.symbol);
const baseline = extractReferences(parseDocument(original, SG));
const symbols = (refs: { symbol: string; paragraphId: string }[]) => refs.map((r) => `${r.symbol}@${r.paragraphId}`);

describe('resolution citations added to a paragraph', () => {
  it('a General Assembly session/number resolution becomes its A/RES symbol', () => {
    const x = withSentence('The General Assembly, in its resolution 73/15, welcomed that cooperation.');
    expect(para6(x)).toEqual(['A/RES/73/15']);
    expect(x.unplaced).toEqual(baseline.unplaced);
  });

  it('a Security Council resolution with its year becomes its S/RES symbol', () => {
    const x = withSentence('The Security Council, in resolution 2033 (2012), welcomed that cooperation.');
    expect(para6(x)).toEqual(['S/RES/2033 (2012)']);
  });

  it('a session/number resolution in a sentence about the Security Council is reported, not made an A/RES symbol', () => {
    const x = withSentence('The Security Council, in resolution 73/15, welcomed that cooperation.');
    expect(para6(x)).toEqual([]);
    expect(x.unplaced).toContainEqual(
      expect.objectContaining({
        line: x.line,
        text: 'resolution 73/15',
        reason: 'session/number resolution attributed to the Security Council; not normalized',
      }),
    );
  });

  it('a resolution of another body is reported, not made an A/RES symbol', () => {
    const x = withSentence('It drew on resolution 22/8 of the Human Rights Council.');
    expect(para6(x)).toEqual([]);
    expect(x.unplaced).toContainEqual(
      expect.objectContaining({ reason: 'resolution of another body (Human Rights Council) cited without a document symbol' }),
    );
  });

  it('a resolution cited by number only is reported', () => {
    const x = withSentence('The Council recalled its resolution 2033 on that cooperation.');
    expect(para6(x)).toEqual([]);
    expect(x.unplaced).toContainEqual(
      expect.objectContaining({ line: x.line, reason: 'resolution cited by number only; no symbol can be formed' }),
    );
  });

  it('the references of every other paragraph are unchanged', () => {
    const x = withSentence('The General Assembly, in its resolution 73/15, welcomed that cooperation.');
    expect(symbols(x.references.filter((r) => !r.paragraphId.endsWith('/para_6')))).toEqual(
      symbols(baseline.references.filter((r) => !r.paragraphId.endsWith('/para_6'))),
    );
  });
});
