import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { freePort, graphql, startService, type ServiceProcess, startStack, type Stack } from '@igc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SIGNING_SECRET = 'production-test-signing-secret-0123456789';
const METRICS_TOKEN = 'metrics-token-for-tests-0123';

/** Prometheus text exposition: `# HELP`/`# TYPE` lines and `name{labels} value` samples, nothing else. */
function parsePrometheus(text: string): Map<string, number[]> {
  const samples = new Map<string, number[]>();
  const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|NaN|\+Inf|-Inf)$/;
  for (const line of text.trim().split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line)) continue;
    const match = sample.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    samples.set(match[1]!, [...(samples.get(match[1]!) ?? []), Number(match[3])]);
  }
  return samples;
}
/** What must never reach a client in production: stack frames, file paths, exception objects. */
const LEAK = /stacktrace|exception|\/work\/|node_modules|\.ts:\d|\.js:\d|at [A-Za-z.]+ \(/;

const INTERNAL_ERROR = {
  message: 'relation "session" does not exist at /work/app/subgraphs/sessions/src/x.ts:12',
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: relation', '    at Query.run (/work/app/dist/x.js:1:2)'] },
};
const TYPED_ERROR = {
  message: 'Invalid cursor "x": pass an endCursor.',
  extensions: {
    code: 'BAD_USER_INPUT',
    argumentName: 'after',
    stacktrace: ['GraphQLError: Invalid cursor', '    at decodeCursor (/work/app/pagination.ts:9:11)'],
    exception: { sql: 'select 1' },
  },
};

/** A subgraph that is not in production mode: its errors carry stack traces and internals. */
function chattySubgraph(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      const internal = body.includes('totalCount');
      res.end(
        JSON.stringify({
          data: null,
          errors: [internal ? INTERNAL_ERROR : TYPED_ERROR],
        }),
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql` }),
    ),
  );
}

describe('a production gateway in front of a subgraph that leaks', () => {
  let subgraph: { server: Server; url: string };
  let gateway: ServiceProcess;

  beforeAll(async () => {
    subgraph = await chattySubgraph();
    const port = await freePort();
    gateway = await startService('gateway', 'gateway/dist/main.js', port, {
      GATEWAY_PORT: String(port),
      NODE_ENV: 'production',
      SUBGRAPH_SIGNING_SECRET: SIGNING_SECRET,
      SESSIONS_URL: subgraph.url,
      ENTITIES_URL: subgraph.url,
      FRAMEWORKS_URL: subgraph.url,
      LOG_LEVEL: 'info',
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    subgraph?.server.close();
  });

  const post = (query: string, requestId: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query }),
    }).then((r) => r.json() as Promise<{ errors: { message: string; extensions: Record<string, unknown> }[] }>);

  it('keeps a typed error and its message, and strips the stack trace and exception details', async () => {
    const { errors } = await post('{ sessions(after: "x") { nodes { id } } }', 'typed-error-1');
    expect(errors[0]).toMatchObject({
      message: 'Invalid cursor "x": pass an endCursor.',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after', serviceName: 'sessions' },
    });
    expect(JSON.stringify(errors)).not.toMatch(LEAK);
  });

  it('masks an internal subgraph error and logs it in full with the request id', async () => {
    const { errors } = await post('{ documents { totalCount } }', 'internal-error-1');
    expect(errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(errors)).not.toMatch(LEAK);
    const deadline = Date.now() + 10_000;
    while (!gateway.output().includes('internal-error-1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const line = gateway
      .output()
      .split('\n')
      .find((l) => l.includes('"internal-error-1"') && l.includes('masked error'));
    expect(line).toBeDefined();
    expect(line).toContain('relation \\"session\\" does not exist');
    expect(line).toContain('stacktrace');
  });
});

/** Listening TCP sockets of this machine: `address:port` from /proc/net/tcp and tcp6. */
function listeningSockets(): { address: string; port: number }[] {
  const sockets: { address: string; port: number }[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A') continue; // LISTEN
      const [hex, port] = local!.split(':');
      const address =
        hex!.length === 8
          ? Buffer.from(hex!, 'hex').reverse().join('.')
          : hex === '0'.repeat(32)
            ? '::'
            : hex!.endsWith('0100007F') || hex === '00000000000000000000000001000000'
              ? '127.0.0.1'
              : hex!;
      sockets.push({ address, port: parseInt(port!, 16) });
    }
  }
  return sockets;
}

describe('NODE_ENV=production npm start, attacked through the gateway', () => {
  let stack: Stack;
  let gatewayUrl: string;

  beforeAll(async () => {
    stack = await startStack({
      env: { NODE_ENV: 'production', GATEWAY_HOST: '0.0.0.0', SUBGRAPH_SIGNING_SECRET: SIGNING_SECRET, METRICS_TOKEN },
    });
    gatewayUrl = stack.url;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('binds only the gateway beyond loopback (GATEWAY_HOST=0.0.0.0)', () => {
    const [db, sessions, entities, frameworks, gateway] = stack.ports;
    const sockets = listeningSockets();
    const bound = (port: number) => sockets.filter((s) => s.port === port).map((s) => s.address);
    expect(bound(gateway!)).toEqual(['0.0.0.0']);
    for (const port of [db!, sessions!, entities!, frameworks!]) expect(bound(port)).toEqual(['127.0.0.1']);
  });

  const cursor = (decoded: string) => Buffer.from(decoded).toString('base64url');
  it.each([
    ['an out-of-range cursor', `{ sessions(after: "${cursor('offset:1e300')}") { nodes { id } } }`, 'BAD_USER_INPUT'],
    ['a negative cursor', `{ documents(after: "${cursor('offset:-5')}") { totalCount } }`, 'BAD_USER_INPUT'],
    ['a garbage cursor', `{ people(after: "${'%'.repeat(300)}") { totalCount } }`, 'BAD_USER_INPUT'],
    ['a page too large', '{ sessions(first: 101) { nodes { id } } }', 'BAD_USER_INPUT'],
    ['introspection', '{ __schema { types { name } } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a deep query', `{ sessions { nodes { ${'agenda { subItems { '.repeat(4)}title${' } }'.repeat(4)} } } }`, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'an alias bomb',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: documents { totalCount }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a misspelt field (no suggestions)', '{ sesions { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a curation without a token', 'mutation { addAlias(owner: PERSON, id: "x", alias: "y", reason: "z") }', 'FORBIDDEN'],
    ['an unknown id (null, no error)', '{ session(id: "no-such-session") { id } }', null],
  ])('answers %s with a typed error and no internals', async (_case, query, code) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    expect(text).not.toMatch(LEAK);
    expect(text).not.toMatch(/Did you mean/);
    const body = JSON.parse(text) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.[0]?.extensions.code ?? null).toBe(code);
    // Rate limiting is on by default in production: every answer says where the client stands.
    expect(response.headers.get('ratelimit')).toMatch(/^limit=600, remaining=\d+, reset=\d+$/);
  });

  it('refuses an oversized body and malformed JSON with typed errors', async () => {
    const big = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }),
    });
    expect(big.status).toBe(413);
    const bad = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{' });
    expect(bad.status).toBe(400);
  });

  it('replaces an unsafe request id, keeps a safe one', async () => {
    const send = (id: string) =>
      fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': id },
        body: '{"query":"{ __typename }"}',
      });
    const long = await send('a'.repeat(4000));
    expect(long.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const odd = await send('abc<script>');
    expect(odd.headers.get('x-request-id')).not.toContain('<');
    expect((await send('trace-42.a:b_c')).headers.get('x-request-id')).toBe('trace-42.a:b_c');
  });

  it('never registers a persisted query over the size limit', async () => {
    const query = `{ __typename } # ${'z'.repeat(20_000)}`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const registered = await graphql(gatewayUrl, query, {}, { headers: {} });
    expect(registered.errors).toBeUndefined();
    const withHash = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions }),
    });
    expect(((await withHash.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
    const byHash = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions }),
    });
    expect(((await byHash.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  it('has no side door: a subgraph reached directly refuses an unsigned request', async () => {
    const entities = stack.ports[2]!;
    const response = await fetch(`http://127.0.0.1:${entities}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people { totalCount } }' }),
    });
    expect(response.status).toBe(401);
    const signed = await graphql(
      `http://127.0.0.1:${entities}/graphql`,
      '{ people { totalCount } }',
      {},
      { signingSecret: SIGNING_SECRET },
    );
    expect(signed.errors).toBeUndefined();
  });

  it('serves Prometheus metrics that parse: the gateway behind METRICS_TOKEN, every subgraph', async () => {
    const metricsUrl = gatewayUrl.replace('/graphql', '/metrics');
    expect((await fetch(metricsUrl)).status).toBe(401);
    // One operation across the three subgraphs, so each has counted a request.
    const across = await graphql(
      gatewayUrl,
      `query Organization { organization(acronym: "UNODC") {
      name participations(first: 5) { nodes { session { title } } } frameworkRoles(first: 5) { nodes { framework { title } } } } }`,
    );
    expect(across.errors).toBeUndefined();
    const gateway = parsePrometheus(await (await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text());
    for (const name of [
      'graphql_requests_total',
      'graphql_request_duration_seconds_bucket',
      'graphql_errors_total',
      'subgraph_requests_total',
      'subgraph_request_duration_seconds_count',
      'apq_cache_bytes',
      'document_cache_entries',
      'process_resident_memory_bytes',
    ]) {
      expect(gateway.has(name), name).toBe(true);
    }
    for (const port of stack.ports.slice(1, 4)) {
      // npm start gives every process the same METRICS_TOKEN.
      const subgraph = parsePrometheus(
        await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text(),
      );
      expect(subgraph.get('db_pool_connections')?.[0]).toBeGreaterThanOrEqual(0);
      expect(subgraph.has('graphql_requests_total')).toBe(true);
    }
  });
});
