import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { loadGatewayConfig, startGateway } from '@igc/gateway';
import { startSubgraph, type RunningSubgraph, type SubgraphContext } from '@igc/service-kit';
import { freePort, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import { sessionsSubgraph } from '@igc/sessions';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real subgraph bootstrap (configuration, pool, per-request EntityManager) serving a schema
 * with a deliberately slow statement, run through the request's EntityManager like every resolver.
 * (Built by `@apollo/subgraph` from SDL, so the schema comes from the same `graphql` as the server.)
 */
const slowSchema = async () =>
  buildSubgraphSchema([
    {
      typeDefs: parse('type Query { sleep(seconds: Float!): String one: Int! }'),
      resolvers: {
        Query: {
          sleep: async (_root: unknown, { seconds }: { seconds: number }, { em }: SubgraphContext) => {
            await em.execute(`select pg_sleep(${Number(seconds)})`);
            return 'awake';
          },
          one: async (_root: unknown, _args: unknown, { em }: SubgraphContext) => {
            const [row] = await em.execute<{ one: number }[]>('select 1 as one');
            return row!.one;
          },
        },
      },
    },
  ]);

/** A unique sleep, so the statement can be found in pg_stat_activity among other tests' queries. */
const uniqueSeconds = () => 600 + Math.floor(Math.random() * 1_000_000) / 1_000_000_000;

async function statementRunning(client: pg.Client, seconds: number): Promise<boolean> {
  const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where state = $1 and query = $2', [
    'active',
    `select pg_sleep(${seconds})`,
  ]);
  return (rows[0] as { n: number }).n > 0;
}

async function waitUntil(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting: ${what}`);
}

describe('the database protects itself (PostgreSQL)', () => {
  let db: TestDatabase;
  let client: pg.Client;
  const subgraphs: RunningSubgraph[] = [];

  async function start(env: NodeJS.ProcessEnv): Promise<RunningSubgraph> {
    const subgraph = await startSubgraph(
      { ...sessionsSubgraph, buildSchema: slowSchema },
      {
        env: {
          DATABASE_URL: db.url,
          SESSIONS_DB_SCHEMA: db.schema('protect'),
          SESSIONS_PORT: String(await freePort()),
          LOG_LEVEL: 'silent',
          ...env,
        },
        handleSignals: false,
      },
    );
    subgraphs.push(subgraph);
    return subgraph;
  }

  beforeAll(async () => {
    db = await startTestDatabase('postgres');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    for (const subgraph of subgraphs) await subgraph.stop();
    await client?.end();
    await db?.stop();
  });

  it('reads DB_STATEMENT_TIMEOUT_MS and DB_POOL_MAX into every connection of the pool', async () => {
    const subgraph = await start({ DB_STATEMENT_TIMEOUT_MS: '1234', DB_POOL_MAX: '3' });
    expect(subgraph.config).toMatchObject({ statementTimeoutMs: 1234, poolMax: 3 });
    const [setting] = await subgraph.orm.em.fork().execute<{ statement_timeout: string }[]>('show statement_timeout');
    expect(setting!.statement_timeout).toBe('1234ms');
    const pool = (await subgraph.orm.em.getConnection().getNativeClient()) as pg.Pool;
    expect(pool.options.max).toBe(3);
  });

  it('cancels a statement that runs past statement_timeout, and keeps answering', async () => {
    const subgraph = await start({ DB_STATEMENT_TIMEOUT_MS: '300' });
    const { data, errors } = await graphql<{ sleep: string | null }>(subgraph.url, `{ sleep(seconds: ${uniqueSeconds()}) }`);
    expect(data?.sleep).toBeNull();
    // PostgreSQL's message for query_canceled (57014) raised by statement_timeout.
    expect(errors?.[0]?.message).toMatch(/canceling statement due to statement timeout/);
    expect((await graphql<{ one: number }>(subgraph.url, '{ one }')).data).toEqual({ one: 1 });
  });

  it('cancels the statement of a request whose caller hung up (the gateway past its deadline)', async () => {
    const subgraph = await start({ DB_STATEMENT_TIMEOUT_MS: '600000' });
    const seconds = uniqueSeconds();
    const caller = new AbortController();
    const request = fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ sleep(seconds: ${seconds}) }` }),
      signal: caller.signal,
    }).catch((error: unknown) => error);
    await waitUntil(() => statementRunning(client, seconds), 'the slow statement to start');
    caller.abort();
    expect(await request).toBeInstanceOf(Error);
    // Without cancellation the statement would sleep for ten minutes.
    await waitUntil(async () => !(await statementRunning(client, seconds)), 'the slow statement to be cancelled');
    expect(await statementRunning(client, seconds)).toBe(false);
    expect((await graphql<{ one: number }>(subgraph.url, '{ one }')).data).toEqual({ one: 1 });
  });

  it('stops the statement of a request the gateway gave up on at SUBGRAPH_TIMEOUT_MS', async () => {
    const subgraph = await start({ DB_STATEMENT_TIMEOUT_MS: '600000' });
    const composed = composeServices([{ name: 'sessions', url: subgraph.url, typeDefs: parse(printSubgraphSchema(await slowSchema())) }]);
    expect(composed.errors).toBeUndefined();
    const supergraphPath = join(mkdtempSync(join(tmpdir(), 'deadline-')), 'supergraph.graphql');
    writeFileSync(supergraphPath, composed.supergraphSdl!);
    const gateway = await startGateway(
      loadGatewayConfig({
        GATEWAY_PORT: String(await freePort()),
        SUPERGRAPH_PATH: supergraphPath,
        SESSIONS_URL: subgraph.url,
        SUBGRAPH_TIMEOUT_MS: '3000',
        LOG_LEVEL: 'silent',
      }),
    );
    try {
      const seconds = uniqueSeconds();
      const answer = graphql(gateway.url, `{ sleep(seconds: ${seconds}) }`);
      await waitUntil(() => statementRunning(client, seconds), 'the slow statement to start');
      const { errors } = await answer;
      expect(errors?.[0]?.extensions?.serviceName).toBe('sessions');
      await waitUntil(async () => !(await statementRunning(client, seconds)), 'the abandoned statement to be cancelled');
      expect(await statementRunning(client, seconds)).toBe(false);
      expect((await graphql<{ one: number }>(gateway.url, '{ one }')).data).toEqual({ one: 1 });
    } finally {
      await gateway.stop();
    }
  });
});
