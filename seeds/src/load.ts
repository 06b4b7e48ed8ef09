import { ingestEntitiesBatch, upsertOrganizations } from '@igc/entities';
import { ingestFrameworksBatch } from '@igc/frameworks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Corpus, DocumentBatch } from '@igc/service-kit';
import { ingestSessionsBatch } from '@igc/sessions';
import { toBatches } from './batches.js';
import type { SubgraphDatabases } from './databases.js';

export interface LoadResult {
  loaded: string[];
  failed: { documentId: string; fileName: string; error: string }[];
}

/**
 * Writes a corpus into the three subgraphs' databases, one document at a time. Each document
 * is one transaction per subgraph: a failure leaves that subgraph's earlier state for the
 * document intact, and the next run (idempotent) completes it.
 */
export async function loadCorpus(
  corpus: Corpus,
  dbs: SubgraphDatabases,
  onLoaded: (documentId: string, index: number, total: number) => void = () => {},
): Promise<LoadResult> {
  const em = (orm: SubgraphDatabases['sessions']) => orm.em.fork() as EntityManager;
  // Reference data first: every curated organization, so lookups know them before any mention.
  const entitiesEm = em(dbs.entities);
  await entitiesEm.transactional(async (tx) => {
    await upsertOrganizations(tx, corpus.organizations);
  });
  const result: LoadResult = { loaded: [], failed: [] };
  const batches = toBatches(corpus);
  for (const batch of batches) {
    try {
      await loadBatch(batch, dbs, em);
      result.loaded.push(batch.document.id);
      onLoaded(batch.document.id, result.loaded.length, batches.length);
    } catch (error) {
      result.failed.push({
        documentId: batch.document.id,
        fileName: batch.document.fileName,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return result;
}

async function loadBatch(
  batch: DocumentBatch,
  dbs: SubgraphDatabases,
  em: (orm: SubgraphDatabases['sessions']) => EntityManager,
): Promise<void> {
  await ingestEntitiesBatch(em(dbs.entities), batch);
  await ingestFrameworksBatch(em(dbs.frameworks), batch);
  await ingestSessionsBatch(em(dbs.sessions), batch);
}
