import { pruneEntities } from '@igc/entities';
import { pruneFrameworks } from '@igc/frameworks';
import type { Corpus } from '@igc/service-kit';
import { isEmpty, pruneSessions, storedSources, storeSources } from '@igc/sessions';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphDatabases } from './databases.js';
import { loadCorpus, type LoadResult } from './load.js';
import type { Extraction } from '@igc/extraction';
import { extractCorpus } from './sources.js';
import type { SourceText } from './sources.js';

export interface Ingestion {
  extraction: Extraction;
  load: LoadResult;
  /** Files read again from the database because they were loaded before. */
  reread: string[];
  /** True when the database holds documents loaded before their texts were kept: nothing was pruned. */
  legacy: boolean;
}

/**
 * Adds files to the graph. Extraction reads a corpus as a whole (a person named in two documents,
 * a framework annexed to two reports are one entity), so the files loaded before are read again
 * together with the new ones, in load order; what that corpus no longer yields is pruned and
 * the whole corpus is loaded (each loader is idempotent). Loading A and then B thus gives exactly the
 * graph loading A and B together gives.
 */
export async function ingestSources(
  sources: SourceText[],
  dbs: SubgraphDatabases,
  onLoaded?: (documentId: string, index: number, total: number) => void,
): Promise<Ingestion> {
  const sessionsEm = () => dbs.sessions.em.fork() as EntityManager;
  const stored = await storedSources(sessionsEm());
  const legacy = stored.length === 0 && !(await isEmpty(sessionsEm()));
  const added = new Map(sources.map((s) => [s.fileName, s]));
  // A file loaded again under its name keeps its place in the order and takes the new text.
  const storedNames = new Set(stored.map((s) => s.fileName));
  const corpusSources = [...stored.map((s) => added.get(s.fileName) ?? s), ...sources.filter((s) => !storedNames.has(s.fileName))];
  const extraction = extractCorpus(corpusSources);
  // Pruned first: a document whose id changed must not hold the keys its new id loads.
  if (!legacy) await prune(extraction.corpus, dbs);
  // Kept before loading: a load stopped half-way is completed by the next run, which reads them again.
  const unreadable = new Set(extraction.failures.map((f) => f.fileName));
  await storeSources(
    sessionsEm(),
    corpusSources.filter((s) => !unreadable.has(s.fileName)),
  );
  const load = await loadCorpus(extraction.corpus, dbs, onLoaded);
  return { extraction, load, reread: stored.map((s) => s.fileName).filter((name) => !added.has(name)), legacy };
}

/** Each subgraph drops what the corpus it now holds no longer yields. */
async function prune(corpus: Corpus, dbs: SubgraphDatabases): Promise<void> {
  const documentIds = corpus.documents.map((d) => d.id);
  const em = (orm: SubgraphDatabases['sessions']) => orm.em.fork() as EntityManager;
  await pruneSessions(em(dbs.sessions), { documentIds, sessionIds: corpus.sessions.map((s) => s.id) });
  await pruneFrameworks(em(dbs.frameworks), { documentIds, frameworkIds: corpus.frameworks.map((f) => f.id) });
  await pruneEntities(em(dbs.entities), {
    documentIds,
    personIds: corpus.people.map((p) => p.id),
    organizationIds: corpus.organizations.map((o) => o.id),
  });
}
