import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCorpus, readSource, SEED_DIR, seedFiles } from '@igc/seeds';
import { completenessLine } from '@igc/seeds/report';
import { describe, expect, it } from 'vitest';

const seed000 = readFileSync(join(SEED_DIR, '000_dcaf472a3bcc0594.txt'), 'utf8');
const read = (text: string) => extractCorpus([{ fileName: 'variant.txt', text, sha256: 'variant' }]).completeness[0]!;

describe('the completeness line of each document', () => {
  it('says which statements gave each seed its session and what each yielded, none read badly', () => {
    const lines = extractCorpus(seedFiles().map(readSource)).completeness;
    expect(lines.map((d) => [d.sessionId, d.signals, d.agendaItems, d.participants, d.outcomes, d.frameworks, d.missing])).toEqual([
      ['hlcp-26', ['title', 'opening paragraph', 'cover'], 17, 70, 19, 2, []],
      ['cic-2015-05-07', ['opening paragraph'], 0, 0, 0, 0, []],
      ['general-assembly-75', ['front matter'], 27, 0, 0, 0, []],
      ['ceb-2013-2', ['opening paragraph'], 7, 0, 13, 3, []],
    ]);
    expect(completenessLine(lines[0]!)).toBe(
      '  000_dcaf472a3bcc0594.txt  hlcp-26 (title, opening paragraph, cover)  agenda 17  participants 70  outcomes 19  frameworks 2',
    );
  });

  it('finds the session of a later report phrased otherwise from the statements that still hold', () => {
    const later = seed000
      .replaceAll('twenty-sixth session', 'twenty-ninth session')
      .replace('Report of the High-level Committee on Programmes on its', 'Report of the High-level Committee on Programmes at its');
    expect(read(later)).toMatchObject({
      sessionId: 'hlcp-29',
      signals: ['title', 'opening paragraph', 'cover'],
      participants: 70,
      missing: [],
    });
    const untitled = later.replace(/Report of the High-level Committee on Programmes at its twenty-ninth session/, 'Committee report');
    expect(read(untitled)).toMatchObject({ sessionId: 'hlcp-29', signals: ['opening paragraph', 'cover'], agendaItems: 17, outcomes: 19 });
  });

  it('marks a document whose list of participants could not be read', () => {
    const start = seed000.indexOf('Chair: Achim Steiner');
    const end = seed000.indexOf('Annex III');
    const unreadable = `${seed000.slice(0, start)}${'@@ ### @@\n\n'.repeat(5)}${seed000.slice(end)}`;
    const line = read(unreadable);
    expect(line).toMatchObject({ sessionId: 'hlcp-26', participants: 0, missing: ['participants'] });
    expect(completenessLine(line)).toContain('READ BADLY: the text has participants but none was read');
  });
});
