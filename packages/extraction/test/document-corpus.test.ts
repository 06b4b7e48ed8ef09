import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentFormatError, extractDocuments } from '../src/document/index.js';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'seeds');
const FILES = ['000_dcaf472a3bcc0594.txt', '001_8d7b134e30c2369d.txt', '002_0e4775ef41d0f159.txt', '003_e02e6b476dbf9342.txt'];
const ORGS: Record<string, string> = {
  'High-level Committee on Programmes': 'hlcp',
  'High-level Committee on Management': 'hlcm',
  'United Nations System Chief Executives Board for Coordination': 'ceb',
  'General Assembly': 'ga',
  'Commission on the Status of Women': 'csw',
  'United Nations Development Group': 'undg',
  'Center on International Cooperation': 'cic',
  'International Fund for Agricultural Development': 'ifad',
  'United Nations Environment Assembly': 'unea',
};
const corpus = extractDocuments(
  FILES.map((f) => ({ fileName: f, text: readFileSync(join(seeds, f), 'utf8') })),
  (n) => ORGS[n] ?? null,
);
const doc = (file: string) => corpus.documents.find((d) => d.parsed.fileName === file)!;

describe('corpus of the four seeds', () => {
  it('ids: the HLCP report takes the symbol the CEB summary cites it by', () => {
    expect(corpus.documents.map((d) => d.document.id)).toEqual([
      'ceb-2013-6',
      'updating-the-rules-and-infrastructure-for-globalization',
      'cooperation-between-the-united-nations-and-regional-and-other-organizations',
      'ceb-2013-2',
    ]);
    const hlcp = doc(FILES[0]!).document;
    expect(hlcp).toMatchObject({ symbol: 'CEB/2013/6', symbolInferred: true, sessionId: 'hlcp-26' });
    expect(hlcp.paragraphs.find((p) => p.id === 'ceb-2013-6/annex_3/para_9')).toBeDefined();
    expect(doc(FILES[3]!).document.references).toContainEqual({ symbol: 'CEB/2013/6', paragraphId: 'ceb-2013-2/para_26' });
  });
  it('shared-model paragraphs carry agenda items and session ids', () => {
    const p = doc(FILES[0]!).document.paragraphs.find((x) => x.id === 'ceb-2013-6/para_49')!;
    expect(p.agendaItemId).toBe('hlcp-26/item_3_b');
    expect(p.sessionIds).toEqual(['hlcp-28']);
    expect(Object.keys(p).sort()).toEqual([
      'agendaItemId',
      'frameworkIds',
      'id',
      'line',
      'number',
      'organizationIds',
      'personIds',
      'position',
      'sectionPath',
      'sessionIds',
      'text',
    ]);
  });
  it('sessions merged across documents', () => {
    const byId = new Map(corpus.sessions.map((s) => [s.id, s]));
    // scheduled in the HLCP report (000), recorded by the CEB summary (003)
    const ceb2 = byId.get('ceb-2013-2')!;
    expect(ceb2).toMatchObject({ status: 'HELD', hasRecord: true, startDate: '2013-11-25', city: 'New York' });
    expect(new Set(ceb2.provenance.map((p) => p.documentId))).toEqual(new Set(['ceb-2013-6', 'ceb-2013-2']));
    expect(ceb2.agenda).toHaveLength(7);
    // recorded by 000, mentioned by 003
    expect(byId.get('hlcp-26')).toMatchObject({ hasRecord: true, status: 'HELD', city: 'Geneva', startDate: '2013-10-17' });
    expect(byId.get('hlcp-26')!.agenda).toHaveLength(17);
    expect(byId.get('ceb-2014-1')).toMatchObject({ status: 'SCHEDULED', city: 'Rome', hostId: 'ifad', startDate: '2014-05-08' });
    expect(byId.get('ga-75')!.agenda).toHaveLength(27);
    expect(
      corpus.sessions
        .filter((s) => s.hasRecord)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['ceb-2013-2', 'cic-2015-05-07', 'hlcp-26']);
    expect(new Set(corpus.sessions.map((s) => s.id)).size).toBe(corpus.sessions.length);
  });
  it('outcomes of both recording documents', () => {
    expect(corpus.outcomes.filter((o) => o.sessionId === 'hlcp-26')).toHaveLength(19);
    expect(corpus.outcomes.filter((o) => o.sessionId === 'ceb-2013-2')).toHaveLength(13);
    expect(corpus.outcomes.every((o) => o.id.startsWith(`${o.documentId}/`))).toBe(true);
  });
  it('rejects a corpus containing a non-document', () => {
    expect(() => extractDocuments([{ fileName: 'x.csv', text: 'a,b\n1,2\n' }], () => null)).toThrow(DocumentFormatError);
  });
});
