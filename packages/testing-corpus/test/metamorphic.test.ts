import { extractCorpus } from '@igc/seeds';
import { describe, expect, test } from 'vitest';
import { metamorphicVariants, SEED_KINDS, type Variant } from '../src/index.js';

// Each text is read once: the facts test and the paragraphs test share the reading.
const readings = new Map<string, ReturnType<typeof extractCorpus>>();
const read = (fileName: string, text: string) => {
  const key = `${fileName}\n${text}`;
  if (!readings.has(key)) readings.set(key, extractCorpus([{ fileName, text, sha256: 'variant' }]));
  return readings.get(key)!;
};
// Paragraph eIds less the document id: running headers print the symbol, which then names the document.
const paragraphs = (corpus: ReturnType<typeof read>['corpus']) =>
  corpus.documents.flatMap((d) => d.paragraphs.map((p) => `${p.id.slice(d.id.length)} ${p.text}`));

describe.each(SEED_KINDS)('metamorphic variants of the %s kind', (kind) => {
  const variants = metamorphicVariants(kind, { count: 50, seed: 1 });

  test('are 50 distinct documents, the same for the same seed', () => {
    expect(new Set(variants.map((v) => v.text)).size).toBe(50);
    expect(metamorphicVariants(kind, { count: 3, seed: 1 }).map((v) => v.text)).toEqual(variants.slice(0, 3).map((v) => v.text));
  });

  test.each(variants.map((v) => [v.id, v.mutations.join(', '), v] as const))(
    '%s (%s) reads to its expected facts',
    (_id, _m, variant: Variant) => {
      const { corpus, failures } = read(variant.fileName, variant.text);
      expect(failures).toEqual([]);
      expect(corpus.documents).toHaveLength(1);
      const document = corpus.documents[0]!;
      const { expected } = variant;
      expect(document.kind).toBe(expected.documentKind);
      if (expected.title) expect(document.title).toBe(expected.title);
      expect(document.sessionId).toBe(expected.session.id);
      const session = corpus.sessions.find((s) => s.id === expected.session.id);
      expect(session).toMatchObject(expected.session);
      if (expected.agendaItems !== undefined) expect(session!.agenda).toHaveLength(expected.agendaItems);
      const participations = corpus.participations.filter((p) => p.sessionId === expected.session.id);
      if (expected.participations !== undefined) expect(participations).toHaveLength(expected.participations);
      if (expected.chairId) expect(participations.find((p) => p.role === 'CHAIR')?.personId).toBe(expected.chairId);
      if (expected.outcomes !== undefined) expect(corpus.outcomes).toHaveLength(expected.outcomes);
      for (const { frameworkId, kind: provisionKind, count } of expected.provisions ?? []) {
        const framework = corpus.frameworks.find((f) => f.id === frameworkId);
        expect(
          framework?.provisions.filter((p) => p.kind === provisionKind),
          `${frameworkId} ${provisionKind}`,
        ).toHaveLength(count);
      }
    },
  );

  test.each(variants.map((v) => [v.id, v.mutations.join(', '), v] as const))(
    '%s (%s) reads to the paragraphs of its unpaginated text',
    (_id, _m, variant: Variant) => {
      const laidOut = paragraphs(read(variant.fileName, variant.text).corpus);
      expect(laidOut).toEqual(paragraphs(read(variant.fileName, variant.reference).corpus));
      const text = laidOut.join('\n');
      for (const word of variant.wrappedWords) expect(text).toMatch(new RegExp(`\\b${word}\\b`));
      for (const compound of variant.compoundsBroken) expect(text).toContain(compound);
    },
  );
});
