import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
// The built module, like the gateway runs it: one copy of graphql-js (Apollo Server's).
import { persistedOperations, readManifest, type PersistedOperationsMode } from '@igc/gateway/persisted-operations';
import { loadGatewayConfig } from '@igc/gateway';

const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildSchema('type Query { hello(name: String): String, secret: String }');
const rootValue = { hello: ({ name }: { name?: string }) => `hello ${name ?? 'world'}`, secret: () => 'classified' };

const listed = 'query Hello($name: String) { hello(name: $name) }';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function manifestFile(entries: Record<string, string>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'persisted-')), 'persisted-documents.json');
  writeFileSync(path, JSON.stringify(entries));
  return path;
}

const servers: ApolloServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

const BOUNDS = { cacheBytes: 256 * 1024, maxQueryBytes: 16_384 };

async function serverWith(mode: PersistedOperationsMode, manifestPath?: string, introspection = true, bounds = BOUNDS) {
  const persisted = persistedOperations({ mode, manifestPath }, { introspection, bounds });
  const server = new ApolloServer({
    schema,
    rootValue,
    introspection,
    persistedQueries: persisted.persistedQueries,
    plugins: [persisted.plugin],
  });
  await server.start();
  servers.push(server);
  const post = async (body: Record<string, unknown>) => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body },
      context: async () => ({}),
    });
    const text = response.body.kind === 'complete' ? response.body.string : '';
    return {
      status: response.status ?? 200,
      json: JSON.parse(text) as { data?: Record<string, unknown>; errors?: { extensions: { code: string } }[] },
    };
  };
  return Object.assign(post, { cache: persisted.cache });
}

const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe('persisted operations', () => {
  it('keeps the APQ store within its byte bound under a flood of registrations, and never registers a huge query', async () => {
    const post = await serverWith('allow');
    // 400 registrations of ~10 KB each: 4 MB offered to a 256 KiB store (a comment costs nothing under the token limit).
    for (let i = 0; i < 400; i++) {
      const query = `{ hello(name: "${i}") } # ${'x'.repeat(10_000)}`;
      expect((await post({ query, ...byHash(sha(query)) })).json.data).toEqual({ hello: `hello ${i}` });
    }
    expect(post.cache!.size).toBeGreaterThan(0);
    expect(post.cache!.size).toBeLessThanOrEqual(BOUNDS.cacheBytes);
    expect(post.cache!.entries).toBeLessThan(400);
    // The latest registration is still there: a bounded LRU evicts the oldest.
    const last = `{ hello(name: "399") } # ${'x'.repeat(10_000)}`;
    expect((await post(byHash(sha(last)))).json.data).toEqual({ hello: 'hello 399' });
    const huge = `{ hello(name: "huge") } # ${'y'.repeat(20_000)}`;
    expect((await post({ query: huge, ...byHash(sha(huge)) })).json.data).toEqual({ hello: 'hello huge' });
    expect((await post(byHash(sha(huge)))).json.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('allow (default): automatic persisted queries register on first use, any operation runs', async () => {
    const post = await serverWith('allow');
    const query = '{ secret }';
    const miss = await post(byHash(sha(query)));
    expect(miss.json.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ query, ...byHash(sha(query)) })).json.data).toEqual({ secret: 'classified' });
    expect((await post(byHash(sha(query)))).json.data).toEqual({ secret: 'classified' });
    expect((await post({ query: '{ hello }' })).json.data).toEqual({ hello: 'hello world' });
  });

  it('allow with a manifest: the manifest operations answer by hash from the first request', async () => {
    const post = await serverWith('allow', manifestFile({ [`sha256:${sha(listed)}`]: listed }));
    const result = await post(byHash(sha(listed), { name: 'CEB' }));
    expect(result.json.data).toEqual({ hello: 'hello CEB' });
  });

  it('only: runs the manifest operations, by hash or exact text, and refuses the rest', async () => {
    const post = await serverWith('only', manifestFile({ [`sha256:${sha(listed)}`]: listed }));
    expect((await post(byHash(sha(listed), { name: 'HLCP' }))).json.data).toEqual({ hello: 'hello HLCP' });
    expect((await post({ query: listed, variables: { name: 'x' } })).json.data).toEqual({ hello: 'hello x' });

    const refused = await post({ query: '{ secret }' });
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(refused.json.data).toBeUndefined();

    // Registering through APQ does not get an operation onto the list.
    const query = '{ secret }';
    expect((await post({ query, ...byHash(sha(query)) })).json.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect((await post(byHash(sha(query)))).json.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('only: introspection (for Apollo Sandbox) stays allowed while introspection is on, not otherwise', async () => {
    const manifest = manifestFile({ [sha(listed)]: listed });
    const withIntrospection = await serverWith('only', manifest, true);
    expect((await withIntrospection({ query: '{ __schema { queryType { name } } }' })).json.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await withIntrospection({ query: '{ __typename secret }' })).json.errors?.[0]?.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
    const without = await serverWith('only', manifest, false);
    expect((await without({ query: '{ __typename }' })).json.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('off: a persisted query extension is refused', async () => {
    const post = await serverWith('off');
    expect((await post(byHash(sha(listed)))).json.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect((await post({ query: '{ secret }' })).json.data).toEqual({ secret: 'classified' });
  });

  it('refuses a manifest whose hash does not match its text, and only without a manifest', () => {
    expect(() => readManifest(manifestFile({ [`sha256:${sha('{ a }')}`]: '{ b }' }))).toThrow(/not the sha256/);
    expect(() => persistedOperations({ mode: 'only' }, { introspection: true, bounds: BOUNDS })).toThrow(/PERSISTED_OPERATIONS_MANIFEST/);
  });

  it('reads PERSISTED_OPERATIONS and PERSISTED_OPERATIONS_MANIFEST from the environment', () => {
    expect(loadGatewayConfig({}).persistedOperations).toEqual({ mode: 'allow', manifestPath: undefined });
    expect(loadGatewayConfig({ PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: 'm.json' }).persistedOperations).toEqual({
      mode: 'only',
      manifestPath: 'm.json',
    });
    expect(() => loadGatewayConfig({ PERSISTED_OPERATIONS: 'sometimes' })).toThrow(/PERSISTED_OPERATIONS/);
  });

  it('accepts the manifest GraphQL Code Generator wrote for the example web app', () => {
    const manifest = readManifest(join(import.meta.dirname, '../../clients/web/src/gql/persisted-documents.json'));
    expect([...manifest.values()].some((text) => text.includes('query SessionDetail('))).toBe(true);
  });
});
