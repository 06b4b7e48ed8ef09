import { entitiesSubgraph } from '@igc/entities';
import { frameworksSubgraph } from '@igc/frameworks';
import { initORM, loadSubgraphConfig } from '@igc/service-kit';
import { sessionsSubgraph } from '@igc/sessions';
import type { MikroORM } from '@mikro-orm/postgresql';

export interface SubgraphDatabases {
  sessions: MikroORM;
  entities: MikroORM;
  frameworks: MikroORM;
  close(): Promise<void>;
}

/**
 * Opens each subgraph's own database with that subgraph's configuration and migrations.
 * Ingestion writes through each subgraph's loader module: it never writes one subgraph's
 * tables with another's code.
 */
export async function openSubgraphDatabases(env: NodeJS.ProcessEnv = process.env): Promise<SubgraphDatabases> {
  const open = async (definition: typeof sessionsSubgraph | typeof entitiesSubgraph | typeof frameworksSubgraph) => {
    const config = loadSubgraphConfig(definition.name, definition.defaultPort, env);
    return initORM({
      url: config.databaseUrl,
      schema: config.databaseSchema,
      entities: definition.entities,
      migrations: definition.migrations,
      poolSize: 2,
    });
  };
  const [sessions, entities, frameworks] = await Promise.all([open(sessionsSubgraph), open(entitiesSubgraph), open(frameworksSubgraph)]);
  return {
    sessions,
    entities,
    frameworks,
    close: async () => {
      await Promise.all([sessions.close(), entities.close(), frameworks.close()]);
    },
  };
}
