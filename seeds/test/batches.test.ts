import { lookupKey, type Corpus, type DocumentBatch, type ExtractedSession } from '@igc/service-kit';
import { syntheticCorpus } from '@igc/testing-corpus';
import { describe, expect, it } from 'vitest';
import { toBatches } from '../src/batches.js';
import { extractCorpus, readSource, seedFiles } from '../src/sources.js';

/**
 * `toBatches` indexes the corpus by document once; this is the straightforward version it
 * replaced (every document filters the whole corpus, documents × corpus), kept as the reference
 * the batches must equal, item for item and in the same order.
 */
function referenceBatches(corpus: Corpus): DocumentBatch[] {
  const unique = <T>(items: T[]) => [...new Set(items)];
  const organizations = new Map(corpus.organizations.map((o) => [o.id, o]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const sessions = new Map(corpus.sessions.map((s) => [s.id, s]));
  const bodyKeys = (session: ExtractedSession) => {
    const body = organizations.get(session.bodyId);
    return unique(
      [session.bodyId, body?.name, body?.acronym, ...(body?.aliases.map((a) => a.alias) ?? [])]
        .filter((s): s is string => !!s)
        .map(lookupKey),
    );
  };
  return corpus.documents.map((document) => {
    const mine = (p: { documentId: string }) => p.documentId === document.id;
    const outcomes = corpus.outcomes.filter((o) => o.documentId === document.id);
    const participations = corpus.participations.filter((p) => mine(p.provenance));
    const affiliations = corpus.affiliations.filter((a) => mine(a.provenance));
    const frameworks = corpus.frameworks.filter((f) => f.sourceDocumentIds.includes(document.id));
    const sessionIds = unique([
      ...(document.sessionId ? [document.sessionId] : []),
      ...document.paragraphs.flatMap((p) => p.sessionIds),
      ...outcomes.map((o) => o.sessionId),
      ...corpus.sessions.filter((s) => s.agenda.some((item) => mine(item.provenance))).map((s) => s.id),
      ...corpus.sessions.filter((s) => s.provenance.some(mine)).map((s) => s.id),
    ]);
    const personIds = unique([
      ...participations.map((p) => p.personId),
      ...affiliations.map((a) => a.personId),
      ...document.paragraphs.flatMap((p) => p.personIds),
      ...frameworks.map((f) => f.authorId).filter((id): id is string => !!id),
    ]);
    const organizationIds = unique([
      ...participations.map((p) => p.organizationId).filter((id): id is string => !!id),
      ...affiliations.map((a) => a.organizationId),
      ...document.paragraphs.flatMap((p) => p.organizationIds),
      ...corpus.organizations.filter((o) => o.aliases.some((a) => a.paragraphId?.startsWith(`${document.id}/`))).map((o) => o.id),
    ]);
    return {
      document,
      sessions: sessionIds
        .map((id) => sessions.get(id))
        .filter((s): s is ExtractedSession => !!s)
        .map((s) => ({ ...s, bodyKeys: bodyKeys(s) })),
      outcomes,
      organizations: organizationIds.map((id) => organizations.get(id)).filter((o) => !!o),
      people: personIds.map((id) => people.get(id)).filter((p) => !!p),
      affiliations,
      participations,
      frameworks,
    };
  });
}

/** How much a set of batches carries, so that a comparison is seen to compare something. */
function carried(batches: DocumentBatch[]) {
  const sum = (count: (batch: DocumentBatch) => number) => batches.reduce((total, batch) => total + count(batch), 0);
  return {
    sessions: sum((b) => b.sessions.length),
    outcomes: sum((b) => b.outcomes.length),
    organizations: sum((b) => b.organizations.length),
    people: sum((b) => b.people.length),
    participations: sum((b) => b.participations.length),
    frameworks: sum((b) => b.frameworks.length),
  };
}

describe('toBatches', () => {
  it('makes the batches the straightforward per-document filter makes, in the same order (synthetic corpus)', () => {
    const corpus = syntheticCorpus({ sessions: 60 });
    const batches = toBatches(corpus);
    expect(batches.map((b) => b.document.id)).toEqual(corpus.documents.map((d) => d.id));
    expect(batches).toEqual(referenceBatches(corpus));
    for (const count of Object.values(carried(batches))) expect(count).toBeGreaterThan(0);
  });

  it('makes the same batches as the reference on the extracted seeds', () => {
    const { corpus } = extractCorpus(seedFiles().map(readSource));
    const batches = toBatches(corpus);
    expect(batches).toEqual(referenceBatches(corpus));
    expect(carried(batches).organizations).toBeGreaterThan(0);
    expect(carried(batches).people).toBeGreaterThan(0);
  });

  it('batches a large corpus, each document with its own facts', () => {
    const corpus = syntheticCorpus({ sessions: 3_000 });
    const batches = toBatches(corpus);
    expect(corpus.documents.length).toBeGreaterThanOrEqual(3_000);
    expect(batches.map((b) => b.document.id)).toEqual(corpus.documents.map((d) => d.id));
    // Every participation and outcome lands in the batch of the document it was read from, once.
    expect(carried(batches).participations).toBe(corpus.participations.length);
    expect(carried(batches).outcomes).toBe(corpus.outcomes.length);
    for (const batch of batches) {
      expect(batch.participations.every((p) => p.provenance.documentId === batch.document.id)).toBe(true);
      expect(batch.outcomes.every((o) => o.documentId === batch.document.id)).toBe(true);
    }
  });
});
