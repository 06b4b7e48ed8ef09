import { describe, expect, it } from 'vitest';
import { extractFrameworks, type FrameworkExtraction } from '../src/frameworks/index.js';
import { countByKind, docFromText, findOrganizations, readSeed, type HelperOptions } from './frameworks-helpers.js';

// The document parser may give headings as section paths, as paragraphs, or both, and may keep
// lettered items and bullets inside the paragraph that introduces them. Every shape must give
// the same frameworks.
const SHAPES: HelperOptions[] = [
  { headings: 'path' },
  { headings: 'paragraphs' },
  { headings: 'both' },
  { headings: 'path', embedItems: true },
  { headings: 'paragraphs', embedItems: true },
];

function summary(list: FrameworkExtraction[]) {
  return list.map((f) => ({
    id: f.id,
    kind: f.kind,
    title: f.title,
    date: f.date,
    issuer: f.issuedById,
    author: f.authorName,
    counts: countByKind(f),
    labels: f.provisions.map((p) => `${p.kind}:${p.label ?? ''}:${p.title ?? ''}`),
    roles: f.roles.map((r) => `${r.organizationId}:${r.role}`).sort(),
  }));
}

const seeds = [
  { prefix: '000', id: 'ceb-2013-6', date: '2013-11-11', bodyId: 'hlcp' },
  { prefix: '003', id: 'ceb-2013-2', date: null, bodyId: 'ceb' },
];

describe.each(seeds)('input shapes for $prefix', ({ prefix, id, date, bodyId }) => {
  const seed = readSeed(prefix);
  const reference = summary(extractFrameworks(docFromText(seed.text, id, date, seed.fileName), { findOrganizations, bodyId }).frameworks);

  it('the reference shape has the hand-counted cybersecurity framework', () => {
    const cyber = reference.find((f) => f.id === 'un-wide-framework-on-cybersecurity-and-cybercrime')!;
    expect(cyber.counts).toEqual({ PURPOSE: 7, DEFINITION: 3, OBJECTIVE: 5, PRINCIPLE: 7, ASSISTANCE_AREA: 5, MEASURE: 50, OTHER: 15 });
    expect(reference).toHaveLength(prefix === '000' ? 2 : 3);
  });

  it.each(SHAPES.slice(1))('gives the same frameworks with %j', (options) => {
    const result = extractFrameworks(docFromText(seed.text, id, date, seed.fileName, options), { findOrganizations, bodyId });
    expect(summary(result.frameworks)).toEqual(reference);
  });
});
