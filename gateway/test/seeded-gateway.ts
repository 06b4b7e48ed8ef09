import { entitiesSubgraph } from '@igc/entities';
import { frameworksSubgraph } from '@igc/frameworks';
import { loadGatewayConfig, startGateway } from '@igc/gateway';
import { extractCorpus, loadCorpus, readSource, seedFiles } from '@igc/seeds';
import { startSubgraph, type RunningSubgraph } from '@igc/service-kit';
import { freePort, startTestDatabase, type DatabaseKind, type TestDatabase } from '@igc/testing';
import { sessionsSubgraph } from '@igc/sessions';

export interface SeededGateway {
  db: TestDatabase;
  /** The *_DB_SCHEMA variables of the three subgraphs' fresh schemas. */
  schemas: Record<string, string>;
  url: string;
  /** Another gateway over the same subgraphs, e.g. with production settings. */
  startGateway(env: NodeJS.ProcessEnv): Promise<{ url: string; stop(): Promise<void> }>;
  stop(): Promise<void>;
}

/** The three subgraphs in this process on fresh schemas of a test database, the seeds loaded, and a gateway. */
export async function startSeededGateway(kind: DatabaseKind): Promise<SeededGateway> {
  const db = await startTestDatabase(kind);
  const schemas = {
    SESSIONS_DB_SCHEMA: db.schema('sessions'),
    ENTITIES_DB_SCHEMA: db.schema('entities'),
    FRAMEWORKS_DB_SCHEMA: db.schema('frameworks'),
  };
  const subgraphs: RunningSubgraph[] = [];
  const gateways: { stop(): Promise<unknown> }[] = [];
  const stop = async () => {
    for (const gateway of gateways) await gateway.stop();
    for (const subgraph of subgraphs) await subgraph.stop();
    await db.stop();
  };
  try {
    for (const definition of [sessionsSubgraph, entitiesSubgraph, frameworksSubgraph] as const) {
      const port = String(await freePort());
      const env = { DATABASE_URL: db.url, ...schemas, [`${definition.name.toUpperCase()}_PORT`]: port, LOG_LEVEL: 'silent' };
      subgraphs.push(await startSubgraph(definition as never, { env, handleSignals: false }));
    }
    const [sessions, entities, frameworks] = subgraphs.map((s) => s.orm) as [never, never, never];
    const corpus = extractCorpus(seedFiles().map(readSource)).corpus;
    const load = await loadCorpus(corpus, { sessions, entities, frameworks, close: async () => {} });
    if (load.failed.length) throw new Error(`seed documents failed to load: ${JSON.stringify(load.failed)}`);
    const start = async (env: NodeJS.ProcessEnv) => {
      const gateway = await startGateway(
        loadGatewayConfig({
          GATEWAY_PORT: String(await freePort()),
          LOG_LEVEL: 'silent',
          SESSIONS_URL: subgraphs[0]!.url,
          ENTITIES_URL: subgraphs[1]!.url,
          FRAMEWORKS_URL: subgraphs[2]!.url,
          ...env,
        }),
      );
      gateways.push(gateway);
      return { url: gateway.url, stop: () => gateway.stop() };
    };
    const gateway = await start({});
    return { db, schemas, url: gateway.url, startGateway: start, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
