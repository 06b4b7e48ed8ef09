import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { extractCorpus, readSource, seedFiles } from '@igc/seeds';
import {
  freePort,
  graphql,
  launch,
  type ServiceProcess,
  startService,
  startSubgraphProcess,
  startTestDatabase,
  type TestDatabase,
} from '@igc/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './contract-path.js';

const QUERY = '{ session(id: "hlcp-26") { title participants(role: CHAIR) { person { name } } } }';
let stopClients: (() => void) | undefined;

/** Faults with the real processes: a subgraph killed under load, then back. */
describe('a subgraph that dies under load', () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const services: Record<string, ServiceProcess> = {};

  beforeAll(async () => {
    db = await startTestDatabase('pglite');
    env = {
      DATABASE_URL: db.url,
      SESSIONS_DB_SCHEMA: db.schema('s'),
      ENTITIES_DB_SCHEMA: db.schema('e'),
      FRAMEWORKS_DB_SCHEMA: db.schema('f'),
      LOG_LEVEL: 'info',
    };
    for (const name of ['sessions', 'entities', 'frameworks'] as const) services[name] = await startSubgraphProcess(name, env);
    // Asynchronously: the embedded test database lives in this process and must keep serving.
    expect(await launch({ name: 'ingest', script: 'seeds/dist/cli.js', env: { ...process.env, ...env } }).exited).toBe(0);
    const port = await freePort();
    services.gateway = await startService('gateway', 'gateway/dist/main.js', port, {
      GATEWAY_PORT: String(port),
      SESSIONS_URL: services.sessions!.url,
      ENTITIES_URL: services.entities!.url,
      FRAMEWORKS_URL: services.frameworks!.url,
      SUBGRAPH_TIMEOUT_MS: '2000',
      LOG_LEVEL: 'info',
    });
  }, 180_000);

  afterAll(async () => {
    for (const service of Object.values(services)) await service.stop();
    await db?.stop();
  });

  it('logs each request as JSON with the request id the gateway passed to the subgraphs', async () => {
    const response = await fetch(services.gateway!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-4711' },
      body: JSON.stringify({ query: 'query Traced { session(id: "hlcp-26") { participants(role: CHAIR) { person { name } } } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-4711');
    await response.json();
    const lines = (name: string) =>
      services[name]!.output()
        .split('\n')
        .filter((l) => l.includes('trace-4711'))
        .map((l) => JSON.parse(l));
    // Log lines reach the pipes asynchronously: wait until each process has written its line.
    for (const name of ['gateway', 'sessions', 'entities'])
      await expect.poll(() => lines(name).length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(lines('gateway')[0]).toMatchObject({ service: 'gateway', requestId: 'trace-4711', operationName: 'Traced', errors: 0 });
    expect(lines('sessions')[0]).toMatchObject({ service: 'subgraph-sessions', requestId: 'trace-4711' });
    expect(lines('entities')[0]).toMatchObject({ service: 'subgraph-entities', requestId: 'trace-4711' });
  });

  it('answers with partial data and an error naming the service, never crashing, then recovers', async (context) => {
    context.onTestFinished(() => {
      stopClients?.();
    });
    const gateway = services.gateway!.url;
    expect((await graphql(gateway, QUERY)).data).toEqual({
      session: {
        title: 'twenty-sixth session of the High-level Committee on Programmes',
        participants: [{ person: { name: 'Achim Steiner' } }],
      },
    });

    // Load from several clients while the entities subgraph is killed.
    let stop = false;
    stopClients = () => (stop = true);
    const statuses: number[] = [];
    const clients = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const response = await fetch(gateway, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        });
        statuses.push(response.status);
        await response.json();
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    await services.entities!.stop('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));

    // The sessions part still answers; the entities part is null with an error naming the service.
    const partial = await graphql<{ session: { title: string } | null; organization: unknown }>(
      gateway,
      '{ session(id: "hlcp-26") { title } organization(id: "ohchr") { name } }',
    );
    expect(partial.data).toEqual({
      session: { title: 'twenty-sixth session of the High-level Committee on Programmes' },
      organization: null,
    });
    expect(partial.errors?.[0]?.extensions?.serviceName).toBe('entities');
    expect(partial.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect((await fetch(gateway.replace('/graphql', '/health'))).status).toBe(200);
    expect((await fetch(gateway.replace('/graphql', '/ready'))).status).toBe(503);

    services.entities = await startSubgraphProcess('entities', env, services.entities!.port);
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await Promise.all(clients);
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await graphql(gateway, QUERY)).data).toEqual({
      session: {
        title: 'twenty-sixth session of the High-level Committee on Programmes',
        participants: [{ person: { name: 'Achim Steiner' } }],
      },
    });
    expect((await fetch(gateway.replace('/graphql', '/ready'))).status).toBe(200);
  }, 60_000);
});

describe('ingestion killed in the middle', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await startTestDatabase('postgres');
  });

  afterAll(async () => {
    await db?.stop();
  });

  it('leaves every document either wholly loaded or not at all, and a rerun completes it', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      SESSIONS_DB_SCHEMA: db.schema('s'),
      ENTITIES_DB_SCHEMA: db.schema('e'),
      FRAMEWORKS_DB_SCHEMA: db.schema('f'),
    };
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const consistent = async () => {
      const { rows } = await client.query(
        `select d.id, count(p.id)::int as paragraphs from "${env.SESSIONS_DB_SCHEMA}".document d
           left join "${env.SESSIONS_DB_SCHEMA}".paragraph p on p.document_id = d.id group by d.id`,
      );
      return rows as { id: string; paragraphs: number }[];
    };
    try {
      const { corpus } = extractCorpus(seedFiles().map(readSource));
      const expected = new Map(corpus.documents.map((d) => [d.id, d.paragraphs.length]));
      // Kill it right after it reports its first document loaded: the load is then in progress.
      const ingest = launch({ name: 'ingest', script: 'seeds/dist/cli.js', env });
      await new Promise<void>((resolve) =>
        ingest.child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('loaded ') && resolve()),
      );
      await ingest.stop('SIGKILL');
      const rows = await consistent();
      // A document is present only with all its paragraphs: never half-loaded.
      for (const row of rows) expect(row.paragraphs).toBe(expected.get(row.id));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(expected.size);
      const full = spawnSync(process.execPath, ['seeds/dist/cli.js'], { cwd: ROOT, env, encoding: 'utf8' });
      expect(full.status).toBe(0);
      const loaded = await consistent();
      expect(loaded).toHaveLength(4);
      const paragraphs = Object.fromEntries(loaded.map((r) => [r.id, r.paragraphs]));
      expect(paragraphs['ceb-2013-6']).toBe(252);
      expect(paragraphs['ceb-2013-2']).toBe(175);
    } finally {
      await client.end();
    }
  }, 120_000);
});

describe('PostgreSQL restarted under a running subgraph', () => {
  let db: TestDatabase;
  let sessions: ServiceProcess;

  beforeAll(async () => {
    db = await startTestDatabase('postgres');
    const env = {
      DATABASE_URL: db.url,
      SESSIONS_DB_SCHEMA: db.schema('s'),
      ENTITIES_DB_SCHEMA: db.schema('e'),
      FRAMEWORKS_DB_SCHEMA: db.schema('f'),
    };
    sessions = await startSubgraphProcess('sessions', env);
    const ingest = spawnSync(process.execPath, ['seeds/dist/cli.js'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(ingest.status).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await sessions?.stop();
    await db?.stop();
  });

  it('keeps the process up, answers with a typed error meanwhile, and recovers by itself', async () => {
    const query = '{ documents { totalCount } }';
    expect((await graphql(sessions.url, query)).data).toEqual({ documents: { totalCount: 4 } });
    const cluster = readdirSync('/etc/postgresql')[0]!;
    const stop = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'stop', '-m', 'fast'], { encoding: 'utf8' });
    expect(stop.status).toBe(0);
    try {
      const during = await graphql(sessions.url, query).catch((error: unknown) => {
        throw new Error(`the subgraph did not answer while the database was down: ${String(error)}\n${sessions.output()}`);
      });
      expect(during.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(sessions.child.exitCode).toBeNull();
      expect((await fetch(sessions.url.replace('/graphql', '/ready'))).status).toBe(503);
    } finally {
      const start = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'start'], { encoding: 'utf8' });
      expect(start.status).toBe(0);
    }
    const deadline = Date.now() + 30_000;
    let after = await graphql(sessions.url, query);
    while (after.errors && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      after = await graphql(sessions.url, query);
    }
    expect(after).toEqual({ data: { documents: { totalCount: 4 } } });
  }, 90_000);
});
