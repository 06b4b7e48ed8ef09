import { entitiesSubgraph } from '@igc/entities';
import { loadGatewayConfig, startGateway } from '@igc/gateway';
import { ConfigError, loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '@igc/service-kit';
import { freePort, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'a-signing-secret-for-tests-0123456789abcdef';

/** A subgraph reached directly, past the gateway, must refuse what the gateway would not send. */
describe('no side doors: subgraphs answer only the gateway', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    db = await startTestDatabase('postgres');
    subgraph = await startSubgraph(entitiesSubgraph, {
      env: {
        DATABASE_URL: db.url,
        ENTITIES_DB_SCHEMA: db.schema('sidedoor'),
        ENTITIES_PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        SUBGRAPH_SIGNING_SECRET: SECRET,
        SUBGRAPH_MAX_DEPTH: '5',
        SUBGRAPH_MAX_ALIASES: '3',
        MAX_ENTITY_REPRESENTATIONS: '10',
      },
      handleSignals: false,
    });
    const url = subgraph.url;
    gateway = await startGateway(
      loadGatewayConfig({
        GATEWAY_PORT: String(await freePort()),
        SESSIONS_URL: url,
        ENTITIES_URL: url,
        FRAMEWORKS_URL: url,
        LOG_LEVEL: 'silent',
        SUBGRAPH_SIGNING_SECRET: SECRET,
      }),
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
    await db?.stop();
  });

  it('refuses an unsigned request with 401 UNAUTHENTICATED', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ auditLog { totalCount } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).toMatch(/signed by the gateway/);
  });

  it('refuses a request signed with another secret, or whose signed operation was altered', async () => {
    const wrong = await graphql(
      subgraph.url,
      '{ auditLog { totalCount } }',
      {},
      { signingSecret: 'another-secret-of-enough-length-0123456789' },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { signedHeaders } = await import('@igc/testing');
    const headers = signedHeaders(SECRET, { query: '{ auditLog { totalCount } }', variables: {} });
    const altered = await graphql(subgraph.url, '{ auditLog(first: 100) { totalCount } }', {}, { headers });
    expect(altered.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a request signed by the test helper, and the gateway, which signs its own', async () => {
    const direct = await graphql(subgraph.url, '{ auditLog { totalCount } }', {}, { signingSecret: SECRET });
    expect(direct).toEqual({ data: { auditLog: { totalCount: 0 } } });
    const viaGateway = await graphql(gateway.url, '{ auditLog { totalCount } }');
    expect(viaGateway.data).toEqual({ auditLog: { totalCount: 0 } });
    expect(viaGateway.errors).toBeUndefined();
  });

  it('applies its own depth and alias limits to signed requests', async () => {
    const deepQuery = '{ people { nodes { participations { person { participations { role } } } } } }';
    const deep = await graphql(subgraph.url, deepQuery, {}, { signingSecret: SECRET });
    expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0]?.message).toMatch(/depth limit of 5/i);
    const aliasQuery = `{ ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: auditLog { totalCount }`).join(' ')} }`;
    const aliases = await graphql(subgraph.url, aliasQuery, {}, { signingSecret: SECRET });
    expect(aliases.errors?.[0]?.message).toMatch(/Aliases limit of 3/);
  });

  it('caps the entity representations of one request', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }';
    const representations = Array.from({ length: 11 }, (_, i) => ({ __typename: 'Person', id: `p${i}` }));
    const refused = await graphql(subgraph.url, query, { r: representations }, { signingSecret: SECRET });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maximum: 10 } });
    const allowed = await graphql(subgraph.url, query, { r: representations.slice(0, 10) }, { signingSecret: SECRET });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?._entities).toEqual(Array(10).fill(null));
  });

  it('requires the signing secret in production: gateway and subgraphs refuse to start without it', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(/SUBGRAPH_SIGNING_SECRET=\(unset\): it is required in production/);
    const subgraphEnv = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' };
    expect(() => loadSubgraphConfig('entities', 4002, subgraphEnv)).toThrow(/SUBGRAPH_SIGNING_SECRET/);
    expect(loadSubgraphConfig('entities', 4002, { ...subgraphEnv, SUBGRAPH_SIGNING_SECRET: SECRET }).signingSecret).toBe(SECRET);
  });
});
