import type { DocumentBatch, RunningSubgraph, SubgraphDefinition } from '@igc/service-kit';
import { startSubgraph } from '@igc/service-kit';
import { freePort, type TestDatabase } from '@igc/testing';
import type { EntityManager } from '@mikro-orm/postgresql';
import { seedBatches } from '@igc/seeds';

/**
 * For a subgraph's integration tests: starts it on a fresh schema of a test database and loads
 * the seed corpus through its own loader, as ingestion does.
 */
export async function startSeededSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  ingest: (em: EntityManager, batch: DocumentBatch) => Promise<void>,
  db: TestDatabase,
  prepare?: (em: EntityManager) => Promise<void>,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ subgraph: RunningSubgraph; load: () => Promise<void>; batches: DocumentBatch[] }> {
  const prefix = definition.name.toUpperCase();
  const env = {
    DATABASE_URL: db.url,
    [`${prefix}_DB_SCHEMA`]: db.schema(definition.name),
    [`${prefix}_PORT`]: String(await freePort()),
    LOG_LEVEL: 'silent',
    ...extraEnv,
  };
  const subgraph = await startSubgraph(definition, { env, handleSignals: false });
  const batches = seedBatches();
  const load = async () => {
    if (prepare) await prepare(subgraph.orm.em.fork() as EntityManager);
    for (const batch of batches) await ingest(subgraph.orm.em.fork() as EntityManager, batch);
  };
  await load();
  return { subgraph, load, batches };
}
