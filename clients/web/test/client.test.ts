import { describe, expect, it } from 'vitest';
import { execute, GraphQLRequestError, operationName, persistedHash } from '../src/client.js';
import { SessionDetailQuery } from '../src/operations.js';

type Call = { body: Record<string, unknown>; headers: Record<string, string> };

function fakeFetch(answers: unknown[]) {
  const calls: Call[] = [];
  const fetcher = (async (_url: string, init: RequestInit) => {
    calls.push({ body: JSON.parse(String(init.body)), headers: init.headers as Record<string, string> });
    const answer = answers.shift();
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetcher, calls };
}

const notFound = { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };

describe('typed GraphQL client', () => {
  it('knows each generated document by operation name and manifest hash', () => {
    expect(operationName(SessionDetailQuery)).toBe('SessionDetail');
    expect(persistedHash(SessionDetailQuery)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends the persisted hash first, then the full text once the gateway does not know it', async () => {
    const { fetcher, calls } = fakeFetch([notFound, { data: { session: null } }, { data: { session: null } }]);
    const result = await execute(SessionDetailQuery, { id: 'hlcp-26' }, { fetcher, url: '/graphql' });
    expect(result).toEqual({ data: { session: null }, errors: [] });
    expect(calls[0]!.body).toEqual({
      operationName: 'SessionDetail',
      variables: { id: 'hlcp-26' },
      extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash(SessionDetailQuery) } },
    });
    expect(calls[0]!.headers['content-type']).toBe('application/json');
    expect(calls[1]!.body.query).toContain('query SessionDetail($id: ID!)');
    // The miss is remembered: the next request sends the text at once.
    await execute(SessionDetailQuery, { id: 'ceb-2013-2' }, { fetcher, url: '/graphql' });
    expect(calls).toHaveLength(3);
    expect(calls[2]!.body.query).toBeDefined();
  });

  it('returns partial data with its errors, and throws when there is no data', async () => {
    const partial = {
      data: { session: { id: 'x' } },
      errors: [{ message: 'The entities service is unreachable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
    };
    const { fetcher } = fakeFetch([partial, { errors: [{ message: 'Variable "$id" of required type "ID!" was not provided.' }] }]);
    const result = await execute(SessionDetailQuery, { id: 'x' }, { fetcher, url: '/graphql' });
    expect(result.errors[0]!.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    await expect(execute(SessionDetailQuery, { id: 'x' }, { fetcher, url: '/graphql' })).rejects.toThrow(GraphQLRequestError);
  });

  it('reports an unreachable API in words', async () => {
    const fetcher = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(execute(SessionDetailQuery, { id: 'x' }, { fetcher, url: 'http://127.0.0.1:9/graphql' })).rejects.toThrow(
      /cannot be reached/,
    );
  });
});
