import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCorpus, readSource, seedFiles } from '@igc/seeds';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { corpus, failures } = extractCorpus(seedFiles().map(readSource));
const session = (id: string) => corpus.sessions.find((s) => s.id === id)!;

describe('the seed corpus, read end to end', () => {
  it('reads the four documents, infers the HLCP report symbol from the CEB summary that cites it', () => {
    expect(failures).toEqual([]);
    const hlcp = corpus.documents.find((d) => d.id === 'ceb-2013-6')!;
    expect(hlcp).toMatchObject({ symbol: 'CEB/2013/6', symbolInferred: true, kind: 'REPORT', date: '2013-11-11', sessionId: 'hlcp-26' });
    expect(hlcp.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(corpus.documents.find((d) => d.symbol === 'CEB/2013/2')).toMatchObject({ symbolInferred: false, sessionId: 'ceb-2013-2' });
  });

  it('records the sessions each document holds, with dates, place and host', () => {
    expect(session('hlcp-26')).toMatchObject({
      bodyId: 'hlcp',
      number: 26,
      year: 2013,
      startDate: '2013-10-17',
      endDate: '2013-10-18',
      city: 'Geneva',
      country: 'Switzerland',
      hostId: 'ohchr',
      status: 'HELD',
      hasRecord: true,
    });
    expect(session('ceb-2013-2')).toMatchObject({
      bodyId: 'ceb',
      number: 2,
      year: 2013,
      startDate: '2013-11-25',
      city: 'New York',
      hasRecord: true,
    });
    // Announced in CEB/2013/2 for a later date: scheduled, and no record of it.
    expect(session('ceb-2014-1')).toMatchObject({ city: 'Rome', hostId: 'ifad', status: 'SCHEDULED', hasRecord: false });
  });

  it('reads the HLCP agenda: six items, five sub-items under 3 and six under 6', () => {
    const agenda = session('hlcp-26').agenda;
    expect(agenda.filter((i) => i.parentId === null)).toHaveLength(6);
    expect(agenda.filter((i) => i.parentId === 'hlcp-26/item_3').map((i) => i.letter)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(agenda.filter((i) => i.parentId === 'hlcp-26/item_6')).toHaveLength(6);
  });

  it('links each of the 26 General Assembly sub-items to the organization it is about', () => {
    const subItems = session('general-assembly-75').agenda.filter((i) => i.parentId !== null);
    expect(subItems).toHaveLength(26);
    expect(subItems.every((i) => i.organizationIds.length === 1)).toBe(true);
    expect(subItems.find((i) => i.letter === 'a')!.organizationIds).toEqual(['au']);
  });

  it('lists 70 participations at HLCP 26 (3 officers, 67 delegates) with provenance in the list of participants', () => {
    const hlcp = corpus.participations.filter((p) => p.sessionId === 'hlcp-26');
    expect(hlcp).toHaveLength(70);
    expect(hlcp.filter((p) => p.role !== 'PARTICIPANT').map((p) => [p.role, p.personId])).toEqual([
      ['CHAIR', 'achim-steiner'],
      ['VICE_CHAIR', 'elliott-harris'],
      ['SECRETARY', 'phyllis-lee'],
    ]);
    expect(new Set(hlcp.filter((p) => p.organizationId).map((p) => p.organizationId)).size).toBe(39);
    expect(hlcp.every((p) => p.provenance.documentId === 'ceb-2013-6' && p.provenance.paragraphId?.startsWith('ceb-2013-6/annex_2/'))).toBe(
      true,
    );
  });

  it('resolves "Elliot Harris" (list) and "Elliott Harris" (prose) to one person, recording why', () => {
    const people = corpus.people.filter((p) => p.aliases.some((a) => /Elliott? Harris/.test(a.alias)));
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases.map((a) => a.alias).sort()).toEqual(['Elliot Harris', 'Elliott Harris']);
    expect(people[0]!.aliases.find((a) => a.alias === 'Elliot Harris')!.rule).toMatch(/edit distance 1/);
  });

  it('finds the cybersecurity framework in both documents as one framework, endorsed by HLCP and by CEB', () => {
    const framework = corpus.frameworks.find((f) => f.id === 'un-wide-framework-on-cybersecurity-and-cybercrime')!;
    expect([...framework.sourceDocumentIds].sort()).toEqual(['ceb-2013-2', 'ceb-2013-6']);
    expect(framework.provisions.filter((p) => p.kind === 'PRINCIPLE')).toHaveLength(7);
    const endorsements = corpus.outcomes.filter((o) => o.frameworkId === framework.id);
    expect(endorsements.map((o) => [o.sessionId, o.kind, o.paragraphId])).toEqual([
      ['hlcp-26', 'ENDORSED', 'ceb-2013-6/para_49'],
      ['ceb-2013-2', 'ENDORSED', 'ceb-2013-2/para_85'],
    ]);
  });

  it("links CEB's endorsement of the Secretary-General's statement (para 26) to that statement", () => {
    // One sentence, two decisions: the HLCP report (a document) and the statement (a framework).
    const [report, outcome] = corpus.outcomes.filter((o) => o.paragraphId === 'ceb-2013-2/para_26');
    expect(report).toMatchObject({ kind: 'ENDORSED', documentSymbol: 'CEB/2013/6', frameworkId: null });
    expect(outcome!.kind).toBe('ENDORSED');
    expect(outcome!.frameworkId).toBe('renewing-our-commitment-to-the-peoples-and-purposes-of-the-un');
    expect(corpus.frameworks.find((f) => f.id === outcome!.frameworkId)!.authorId).toBe('ban-ki-moon');
  });

  it('gives every outcome, participation, provision and mention a paragraph that exists', () => {
    const paragraphs = new Set(corpus.documents.flatMap((d) => d.paragraphs.map((p) => p.id)));
    for (const o of corpus.outcomes) expect(paragraphs.has(o.paragraphId)).toBe(true);
    for (const p of corpus.participations) expect(paragraphs.has(p.provenance.paragraphId!)).toBe(true);
    for (const f of corpus.frameworks) for (const p of f.provisions) expect(paragraphs.has(p.provenance.paragraphId!)).toBe(true);
  });

  it('is deterministic: reading the same files twice gives the same corpus', () => {
    expect(extractCorpus(seedFiles().map(readSource)).corpus).toEqual(corpus);
  });
});

describe('npm run ingest with bad input', () => {
  it('rejects a binary file by name and still reads the good ones (dry run)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const binary = join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe]));
    const result = spawnSync(process.execPath, ['seeds/dist/cli.js', '--dry-run', seedFiles()[3]!, binary], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/REJECTED .*scan\.txt:1: .*binary/i);
    expect(result.stdout).toMatch(/documents\s+1/);
  });

  it('prints a report with counts per kind', () => {
    const out = execFileSync(process.execPath, ['seeds/dist/cli.js', '--dry-run'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/participations\s+70/);
    expect(out).toMatch(/frameworks\s+4/);
  });
});
