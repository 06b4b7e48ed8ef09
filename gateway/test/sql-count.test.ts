import { entitiesSubgraph, ingestEntitiesBatch, upsertOrganizations } from '@igc/entities';
import { frameworksSubgraph, ingestFrameworksBatch } from '@igc/frameworks';
import { loadGatewayConfig, startGateway } from '@igc/gateway';
import { toBatches } from '@igc/seeds';
import { syntheticCorpus } from '@igc/testing-corpus';
import { startSubgraph, type RunningSubgraph } from '@igc/service-kit';
import { freePort, graphql, startTestDatabase, type TestDatabase } from '@igc/service-kit/testing';
import { ingestSessionsBatch, sessionsSubgraph } from '@igc/sessions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * No N+1: the SQL statements a request costs each subgraph must not grow with the number of
 * items it returns. Counted through the ORM's query logger, for a page of 5 and of 100 sessions.
 */
const QUERY = `query Sessions($first: Int) {
  sessions(first: $first) {
    totalCount
    nodes {
      id title year
      body { name acronym }
      location { city host { name } }
      agenda { label title subItems { label title organizations { name } } paragraphs { number } outcomes { kind } }
      outcomes { kind paragraph { text document { symbol } } framework { title provisions { kind text } roles { role organization { name } } } }
      documents { symbol references { symbol document { title } } citedBy { symbol } }
      participants { role person { name aliases } organization { name } }
      participatingOrganizations { name frameworkRoles { role } }
    }
  }
}`;

describe('SQL statements per request', () => {
  let db: TestDatabase;
  const subgraphs: Record<string, RunningSubgraph> = {};
  const statements: Record<string, number> = { sessions: 0, entities: 0, frameworks: 0 };
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    db = await startTestDatabase('pglite');
    for (const definition of [sessionsSubgraph, entitiesSubgraph, frameworksSubgraph] as const) {
      const prefix = definition.name.toUpperCase();
      const env = { DATABASE_URL: db.url, [`${prefix}_DB_SCHEMA`]: db.schema(definition.name), [`${prefix}_PORT`]: String(await freePort()), LOG_LEVEL: 'silent' };
      subgraphs[definition.name] = await startSubgraph(definition as never, {
        env,
        handleSignals: false,
        onQuery: (message) => {
          if (/^\s*(with|select|insert|update|delete)\b/i.test(message)) statements[definition.name]! += 1;
        },
      });
    }
    const corpus = syntheticCorpus({ sessions: 120 });
    const fork = (name: string) => subgraphs[name]!.orm.em.fork() as EntityManager;
    await upsertOrganizations(fork('entities'), corpus.organizations);
    for (const batch of toBatches(corpus)) {
      await ingestEntitiesBatch(fork('entities'), batch);
      await ingestFrameworksBatch(fork('frameworks'), batch);
      await ingestSessionsBatch(fork('sessions'), batch);
    }
    gateway = await startGateway(
      loadGatewayConfig({
        GATEWAY_PORT: String(await freePort()),
        SESSIONS_URL: subgraphs.sessions!.url,
        ENTITIES_URL: subgraphs.entities!.url,
        FRAMEWORKS_URL: subgraphs.frameworks!.url,
        LOG_LEVEL: 'silent',
      }),
    );
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
    await db?.stop();
  });

  async function countFor(first: number) {
    for (const key of Object.keys(statements)) statements[key] = 0;
    const { data, errors } = await graphql<{ sessions: { nodes: unknown[] } }>(gateway.url, QUERY, { first });
    expect(errors).toBeUndefined();
    expect(data!.sessions.nodes).toHaveLength(first);
    return { ...statements };
  }

  it('is the same for 5 and for 100 sessions, in every subgraph', async () => {
    await countFor(5); // warm-up: metadata queries the ORM runs once
    const five = await countFor(5);
    const hundred = await countFor(100);
    expect(hundred).toEqual(five);
    // And it is a small number, not merely constant.
    for (const count of Object.values(hundred)) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(25);
    }
    console.log("SQL statements per subgraph for 5 and 100 sessions:", five, hundred);
  });
});
