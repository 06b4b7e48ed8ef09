import { createServer, type RequestListener } from 'node:http';
import { loadGatewayConfig, startGateway } from '@igc/gateway';
import { freePort, graphql } from '@igc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A gateway in this process whose three subgraphs all live at `subgraphUrl` (by default, nowhere). */
async function gatewayFor(env: NodeJS.ProcessEnv = {}, subgraphUrl?: string) {
  const url = subgraphUrl ?? `http://127.0.0.1:${await freePort()}/graphql`;
  return startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: String(await freePort()),
      SESSIONS_URL: url,
      ENTITIES_URL: url,
      FRAMEWORKS_URL: url,
      LOG_LEVEL: 'silent',
      ...env,
    }),
  );
}

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  type Body = { errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
  return { status: response.status, body: (await response.json()) as Body };
}

/** Refusals happen before any subgraph is called, so the gateway runs here without subgraphs. */
describe('gateway operation limits and request checks', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    const limits = { MAX_DEPTH: '6', MAX_ALIASES: '3', MAX_DIRECTIVES: '2', MAX_TOKENS: '60', MAX_BODY_BYTES: '2048', MAX_COST: '5000' };
    gateway = await gatewayFor(limits);
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('refuses a query deeper than the limit, naming the limit', async () => {
    const deep = '{ sessions { nodes { agenda { subItems { subItems { subItems { subItems { title } } } } } } } }';
    const { errors } = await graphql(gateway.url, deep);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toContain('Query depth limit of 6 exceeded');
  });

  it('refuses an alias bomb, naming the limit', async () => {
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: documents { totalCount }`).join(' ');
    const { errors } = await graphql(gateway.url, `{ ${aliases} }`);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/Aliases limit of 3 exceeded/);
  });

  it('refuses a directive flood, naming the limit', async () => {
    const { errors } = await graphql(gateway.url, '{ documents @include(if: true) @include(if: true) @skip(if: false) { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/Directives limit of 2 exceeded/);
  });

  it('refuses a document with more tokens than the limit, naming it', async () => {
    const fields = Array.from({ length: 80 }, () => 'totalCount').join(' ');
    const { errors } = await graphql(gateway.url, `{ documents { ${fields} } }`);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/Token limit of 60 exceeded/);
  });

  it('refuses an operation whose list-aware cost is over MAX_COST, naming the estimate and the limit', async () => {
    const fanOut = '{ sessions(first: 100) { nodes { participants { person { name } } } } }';
    const response = await post(gateway.url, { query: fanOut });
    expect(response.status).toBe(400);
    const { errors, extensions } = response.body;
    expect(errors?.[0]?.extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    const cost = extensions?.cost as { estimated: number; max: number };
    expect(cost.max).toBe(5000);
    expect(cost.estimated).toBeGreaterThan(5000);
    expect(errors?.[0]?.message).toContain(`Operation cost ${cost.estimated} exceeds the maximum of 5000`);
  });

  it('prices the page size a variable asks for, and reports the estimate of an accepted operation', async () => {
    const query = 'query Page($n: Int) { sessions(first: $n) { nodes { participants { person { name } } } } }';
    const small = await post(gateway.url, { query, variables: { n: 2 } });
    // Accepted (the subgraphs are absent here, so the data is missing), with its price.
    expect(small.body.errors?.[0]?.extensions?.code).not.toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    const smallCost = small.body.extensions?.cost as { estimated: number; max: number };
    expect(smallCost.max).toBe(5000);
    expect(smallCost.estimated).toBeLessThanOrEqual(5000);
    const large = await post(gateway.url, { query, variables: { n: 100 } });
    expect(large.body.errors?.[0]?.extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect((large.body.extensions!.cost as { estimated: number }).estimated).toBe(50 * smallCost.estimated - 49);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ documents { totalCount } } # ${'x'.repeat(4000)}` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('refuses malformed JSON with a typed error', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('blocks a simple cross-site GET query (CSRF prevention)', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ documents { totalCount } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses a mutation over GET', async () => {
    const query = encodeURIComponent('mutation { addAlias(owner: PERSON, id: "x", alias: "y", reason: "z") }');
    const response = await fetch(`${gateway.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    expect(await response.text()).toMatch(/mutations? .*GET|GET .*mutation/i);
  });

  it('refuses a POST with a content type that is not JSON (CSRF prevention)', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ documents { totalCount } }"}',
    });
    expect(response.status).toBe(400);
  });

  it('refuses a fragment cycle and an unknown operation name with typed errors', async () => {
    const cycle = await graphql(
      gateway.url,
      'query { documents { ...A } } fragment A on DocumentConnection { ...B } fragment B on DocumentConnection { ...A }',
    );
    expect(cycle.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { documents { totalCount } }', operationName: 'B' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toMatch(/Unknown operation named "B"/);
    // Apollo Gateway reports it as INVALID_GRAPHQL: a client error, not an internal one.
    expect(body.errors[0]!.extensions.code).toBe('INVALID_GRAPHQL');
  });

  it('reports an invalid field as a validation error', async () => {
    const { errors } = await graphql(gateway.url, '{ sessions { nodes { nonexistent } } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names the subgraph that is down instead of failing the gateway', async () => {
    const { errors } = await graphql(gateway.url, '{ documents { totalCount } }');
    expect(errors?.[0]?.extensions?.serviceName).toBe('sessions');
    const health = await fetch(gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const ready = await fetch(gateway.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(503);
  });
});

describe('gateway in production', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    gateway = await gatewayFor({ NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: 'a-signing-secret-for-tests-0123456789abcdef' });
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  it('turns introspection and the Sandbox off', async () => {
    const { errors } = await graphql(gateway.url, '{ __schema { types { name } } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/introspection/i);
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/sandbox/i);
  });

  it('hides stack traces and does not suggest field names', async () => {
    const { errors } = await graphql(gateway.url, '{ documents { totalCount } }');
    expect(JSON.stringify(errors)).not.toContain('stacktrace');
    const typo = await graphql(gateway.url, '{ sesions { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

/** The error a gateway gives for `documents` when the sessions subgraph is a stand-in answering with `handle`. */
async function sessionsErrorWith(handle: RequestListener, env: NodeJS.ProcessEnv) {
  const standIn = createServer(handle);
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(standIn.address() as { port: number }).port}/graphql`;
  const gateway = await gatewayFor(env, url);
  try {
    const { errors } = await graphql(gateway.url, '{ documents { totalCount } }');
    return errors?.[0];
  } finally {
    await gateway.stop();
    standIn.closeAllConnections();
    standIn.close();
  }
}

describe('a subgraph that does not answer', () => {
  it('is cut off after SUBGRAPH_TIMEOUT_MS with an error naming it', async () => {
    const never = () => {
      /* never answers */
    };
    expect(await sessionsErrorWith(never, { SUBGRAPH_TIMEOUT_MS: '500' })).toMatchObject({
      message: 'The sessions service did not answer within 500 ms; its part of the result is missing.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'sessions' },
    });
  });
});

describe('a subgraph that answers more than SUBGRAPH_MAX_ANSWER_BYTES', () => {
  it('is cut off with an error naming it and the limit', async () => {
    const flood: RequestListener = (req, res) => {
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { documents: { totalCount: 1, padding: 'x'.repeat(200_000) } } }));
    };
    expect(await sessionsErrorWith(flood, { SUBGRAPH_MAX_ANSWER_BYTES: '65536' })).toMatchObject({
      message: 'The sessions service answered with more than 65536 bytes; its part of the result is missing.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'sessions' },
    });
  });
});

describe('identical subgraph queries in flight', () => {
  it('share one request to the subgraph; different ones do not', async () => {
    const received: string[] = [];
    const slow = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(body);
        setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: { documents: { totalCount: 4 } } }));
        }, 1000);
      });
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(slow.address() as { port: number }).port}/graphql`;
    const gateway = await gatewayFor({}, url);
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => graphql(gateway.url, '{ documents { totalCount } }')));
      expect(answers.map((answer) => answer.data)).toEqual(Array(8).fill({ documents: { totalCount: 4 } }));
      expect(received).toHaveLength(1);
      await Promise.all([
        graphql(gateway.url, '{ documents(first: 1) { totalCount } }'),
        graphql(gateway.url, '{ documents(first: 2) { totalCount } }'),
      ]);
      expect(received).toHaveLength(3);
    } finally {
      await gateway.stop();
      slow.closeAllConnections();
      slow.close();
    }
  });
});

describe('rate limiting per client', () => {
  const SECRET = 'rate-limit-test-secret-0123456789abcdef';
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    gateway = await gatewayFor({ RATE_LIMIT_PER_MINUTE: '3', AUTH_JWT_SECRET: SECRET });
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  const post = (headers: Record<string, string> = {}) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('answers 429 with Retry-After past the limit, with RateLimit headers on every answer', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post());
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers.get('ratelimit'))).toEqual([
      expect.stringMatching(/^limit=3, remaining=2, reset=\d+$/),
      expect.stringMatching(/^limit=3, remaining=1, reset=\d+$/),
      expect.stringMatching(/^limit=3, remaining=0, reset=\d+$/),
      expect.stringMatching(/^limit=3, remaining=0, reset=\d+$/),
    ]);
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe('3;w=60');
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await answers[3]!.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]!.message).toMatch(/at most 3 a minute/);
  });

  it('counts a verified token subject apart from its IP address; a forged token counts as the IP', async () => {
    const { SignJWT } = await import('jose');
    const signed = (secret: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('reader-1')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secret));
    const reader = { authorization: `Bearer ${await signed(SECRET)}` };
    expect((await post(reader)).status).toBe(200);
    const forged = { authorization: `Bearer ${await signed('not-the-secret-but-long-enough-012345')}` };
    expect((await post(forged)).status).toBe(429);
  });

  it('is on by default in production and off by default elsewhere', () => {
    const production = loadGatewayConfig({ NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: SECRET });
    expect(production.rateLimitPerMinute).toBe(600);
    expect(loadGatewayConfig({}).rateLimitPerMinute).toBe(0);
    expect(
      loadGatewayConfig({ NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute,
    ).toBe(0);
  });
});
