import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/index.js';
import { extractFrameworks, mergeFrameworks, type FrameworkExtraction } from '../src/frameworks/index.js';
import { countByKind, docFromText, findOrganizations, readSeed } from './frameworks-helpers.js';

// The real document parser keeps lettered items and bullets inside their paragraph (with `points`),
// reports headings and annex titles apart from paragraphs, and uses ids without a 'body' segment.
const s000 = readSeed('000');
const s003 = readSeed('003');
const p000 = parseDocument(s000.text, s000.fileName, { documentId: 'ceb-2013-6' });
const p003 = parseDocument(s003.text, s003.fileName);
const r000 = extractFrameworks(p000, { findOrganizations, bodyId: 'hlcp' });
const r003 = extractFrameworks(p003, { findOrganizations, bodyId: 'ceb' });

function shape(list: FrameworkExtraction[]) {
  return list.map((f) => ({
    id: f.id.replace(/--.*$/, ''),
    kind: f.kind,
    title: f.title,
    date: f.date,
    issuer: f.issuedById,
    author: f.authorName,
    provisions: f.provisions.map((p) => [p.kind, p.label, p.title, p.ordinal, p.text, p.organizationIds]),
    roles: f.roles.map((r) => [r.organizationId, r.role, r.description]),
  }));
}

describe('on parseDocument output', () => {
  it('finds the same frameworks, provisions and roles as on the test helper paragraphs', () => {
    const h000 = extractFrameworks(docFromText(s000.text, 'ceb-2013-6', '2013-11-11', s000.fileName), {
      findOrganizations,
      bodyId: 'hlcp',
    });
    const h003 = extractFrameworks(docFromText(s003.text, 'ceb-2013-2', null, s003.fileName), { findOrganizations, bodyId: 'ceb' });
    expect(p000.date).toBe('2013-11-11');
    expect(shape(r000.frameworks)).toEqual(shape(h000.frameworks));
    expect(shape(r003.frameworks)).toEqual(shape(h003.frameworks));
  });

  it('counts the cybersecurity framework by kind as by hand, in both documents', () => {
    const expected = { PURPOSE: 7, DEFINITION: 3, OBJECTIVE: 5, PRINCIPLE: 7, ASSISTANCE_AREA: 5, MEASURE: 50, OTHER: 15 };
    for (const r of [r000, r003]) {
      const f = r.frameworks.find((x) => x.id === 'un-wide-framework-on-cybersecurity-and-cybercrime')!;
      expect(countByKind(f)).toEqual(expected);
    }
  });

  it('points provenance at the paragraph and the line of the item', () => {
    const f = r000.frameworks.find((x) => x.kind === 'FRAMEWORK')!;
    const a = f.provisions.find((p) => p.kind === 'PURPOSE' && p.label === '(a)')!;
    expect(a.provenance).toEqual({ documentId: 'ceb-2013-6', paragraphId: 'ceb-2013-6/annex_3/para_3', line: 550 });
    const area = f.provisions.find((p) => p.label === 'D')!;
    expect(area.provenance).toEqual({ documentId: 'ceb-2013-6', paragraphId: 'ceb-2013-6/annex_3/para_39', line: 689 });
    const rec = r000.frameworks.find((x) => x.kind === 'RECOMMENDATIONS')!;
    expect(rec.provisions[6]!.provenance).toEqual({ documentId: 'ceb-2013-6', paragraphId: 'ceb-2013-6/para_18', line: 76 });
  });

  it('merges the framework of both parsed documents', () => {
    const merged = mergeFrameworks([...r000.frameworks, ...r003.frameworks]);
    const cyber = merged.filter((f) => f.id === 'un-wide-framework-on-cybersecurity-and-cybercrime');
    expect(cyber).toHaveLength(1);
    expect(cyber[0]!.sourceDocumentIds).toEqual(['ceb-2013-6', 'ceb-2013-2']);
    expect(cyber[0]!.provisions).toHaveLength(92);
  });
});
