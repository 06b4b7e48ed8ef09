import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../src/index.js';
import { seedGazetteer } from './seed-files.js';

/**
 * A document we wrote by altering the HLCP report (000): another session (twenty-ninth, Vienna,
 * 2–3 March 2015), another Chair and Vice-Chair, two delegations (WHO, World Bank) removed and
 * the framework annex dropped. It must read without any code change.
 */
const text = readFileSync(new URL('./fixtures/pipeline-hlcp-29.txt', import.meta.url), 'utf8');
const { corpus, failures } = extractCorpus([{ fileName: 'pipeline-hlcp-29.txt', text, sha256: 'fixture' }], { gazetteer: seedGazetteer() });

describe('a new document of the same kind (altered seed)', () => {
  it('is read without errors into one document of 192 paragraphs with no printed symbol', () => {
    expect(failures).toEqual([]);
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.documents[0]).toMatchObject({ symbol: null, date: '2015-03-20', sessionId: 'hlcp-29' });
    // 252 paragraphs in the original, less Annex III (55) and the five removed list lines.
    expect(corpus.documents[0]!.paragraphs).toHaveLength(192);
  });

  it('records the altered session', () => {
    expect(corpus.sessions.find((s) => s.id === 'hlcp-29')).toMatchObject({
      bodyId: 'hlcp',
      number: 29,
      year: 2015,
      startDate: '2015-03-02',
      endDate: '2015-03-03',
      city: 'Vienna',
      country: 'Austria',
      status: 'HELD',
      hasRecord: true,
    });
  });

  it('reads the altered list of participants: new officers, 37 delegations, 67 people', () => {
    const list = corpus.participations.filter((p) => p.sessionId === 'hlcp-29');
    expect(list).toHaveLength(67);
    expect(list.slice(0, 3).map((p) => [p.role, p.personId])).toEqual([
      ['CHAIR', 'helen-clark'],
      ['VICE_CHAIR', 'gunilla-olsson'],
      ['SECRETARY', 'phyllis-lee'],
    ]);
    expect(new Set(list.map((p) => p.organizationId).filter(Boolean)).size).toBe(37);
    expect(list.some((p) => p.organizationId === 'who')).toBe(false);
  });

  it('finds no cybersecurity framework, and reports the endorsement it cannot place instead of guessing', () => {
    expect(corpus.frameworks.map((f) => f.kind)).toEqual(['RECOMMENDATIONS']);
    expect(corpus.outcomes.some((o) => o.frameworkId?.startsWith('un-wide-framework'))).toBe(false);
    expect(corpus.unplaced.map((u) => u.reason)).toContainEqual(expect.stringMatching(/framework/));
  });
});
