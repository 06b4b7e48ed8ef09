/**
 * Growth: a synthetic corpus of N× the seeds, loaded through the real ingestion path
 * (`loadCorpus`: each subgraph's own loader, one transaction per document) into a PostgreSQL
 * database of its own, then the three subgraphs and our gateway run on it and every journey
 * (scale-operations.ts) is driven for its p95. The database is dropped afterwards.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, openSubgraphDatabases } from '@igc/seeds';
import { syntheticCorpus } from '@igc/testing-corpus';
import pg from 'pg';
import { discover } from './compare.js';
import { runCell, summarize } from './load.js';
import { SCALE_JOURNEYS, scalePools } from './scale-operations.js';
import { freePort, HOST, httpOk, startNode, stop, waitFor, type Managed } from './processes.js';

/** 1× = the seeds' size in paragraphs (~600): 30 synthetic sessions of 20 paragraphs each. */
export const SESSIONS_PER_SCALE = 30;

export interface ScaleLevel {
  scale: number;
  database: string;
  /** host:port of the PostgreSQL it ran on. */
  server?: string;
  sessions: number;
  documents: number;
  paragraphs: number;
  participations: number;
  ingestSeconds: number;
  paragraphsPerSecond: number;
  databaseMiB: number;
  p95: Record<string, number | null>;
  p50: Record<string, number | null>;
  requests: Record<string, number>;
  errors: Record<string, number>;
}

export interface ScaleResult {
  levels: ScaleLevel[];
  note: string;
  settings: { connections: number; seconds: number; postgres: string };
}

export async function runScale(options: {
  scales: number[];
  postgresUrl: string;
  connections: number;
  seconds: number;
  tmpDir: string;
  log: (line: string) => void;
  onLevel?: (partial: ScaleResult) => void;
}): Promise<ScaleResult> {
  const result: ScaleResult = {
    levels: [],
    note: [
      `1× = ${SESSIONS_PER_SCALE} synthetic sessions × 20 paragraphs (≈ the seeds' ~600 paragraphs),`,
      'from syntheticCorpus (packages/testing-corpus/src/synthetic.ts): 4 bodies meeting yearly, 5 agenda items + 4 sub-items,',
      '25 participants from a pool of 400 people and 60 organizations, one framework with 8 provisions',
      'and 3 outcomes per session, a citation to the previous report.',
      'Loaded with loadCorpus (the ingest path of npm run ingest), the whole corpus in one call,',
      'into a fresh PostgreSQL database; p95 through our gateway,',
      `${options.connections} connections, ${options.seconds} s per operation;`,
      'ids discovered like the gateway comparison (the richest item on the first page).',
    ].join(' '),
    settings: { connections: options.connections, seconds: options.seconds, postgres: options.postgresUrl.replace(/\/\/[^@]*@/, '//') },
  };
  for (const scale of options.scales) {
    try {
      result.levels.push(await runLevel(scale, options));
      options.onLevel?.(result);
    } catch (error) {
      // e.g. the shared PostgreSQL restarted under the run: report it, go on with the next level.
      options.log(`scale ${scale}× failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}

async function runLevel(
  scale: number,
  options: { postgresUrl: string; connections: number; seconds: number; tmpDir: string; log: (line: string) => void },
): Promise<ScaleLevel> {
  const { log } = options;
  mkdirSync(options.tmpDir, { recursive: true });
  // Named per run: other runs may share the PostgreSQL server.
  const database = `bench_${scale}x_${process.pid}`;
  const admin = new pg.Client({ connectionString: options.postgresUrl });
  admin.on('error', (error) => log(`  PostgreSQL connection lost: ${error.message}`));
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  const url = new URL(options.postgresUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const managed: Managed[] = [];
  try {
    const corpus = syntheticCorpus({ sessions: SESSIONS_PER_SCALE * scale });
    const paragraphs = corpus.documents.reduce((s, d) => s + d.paragraphs.length, 0);
    log(`scale ${scale}×: ${corpus.sessions.length} sessions, ${paragraphs} paragraphs → ${database}`);
    const dbs = await openSubgraphDatabases({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });
    const started = performance.now();
    let loadedDocs = 0;
    try {
      // The whole corpus in one call: `toBatches` groups the facts by document once (linear in the corpus).
      const loaded = await loadCorpus(corpus, dbs);
      loadedDocs = loaded.loaded.length;
      if (loaded.failed.length) log(`  ${loaded.failed.length} documents failed, e.g. ${loaded.failed[0]!.error}`);
    } finally {
      await dbs.close();
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    await admin.query('vacuum analyze').catch(() => undefined);
    const size = await admin.query<{ size: string }>('select pg_database_size($1) as size', [database]);
    const databaseMiB = Number(size.rows[0]!.size) / 1024 ** 2;
    const rate = (paragraphs / ingestSeconds).toFixed(0);
    log(
      `  ingested ${loadedDocs} documents in ${ingestSeconds.toFixed(1)} s (${rate} paragraphs/s); database ${databaseMiB.toFixed(1)} MiB`,
    );

    const ports = { sessions: await freePort(), entities: await freePort(), frameworks: await freePort(), gateway: await freePort() };
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST,
      LOG_LEVEL: 'warn',
      SESSIONS_PORT: String(ports.sessions),
      ENTITIES_PORT: String(ports.entities),
      FRAMEWORKS_PORT: String(ports.frameworks),
      GATEWAY_PORT: String(ports.gateway),
      SESSIONS_URL: `http://${HOST}:${ports.sessions}/graphql`,
      ENTITIES_URL: `http://${HOST}:${ports.entities}/graphql`,
      FRAMEWORKS_URL: `http://${HOST}:${ports.frameworks}/graphql`,
      SUBGRAPH_TIMEOUT_MS: '60000',
    };
    for (const name of ['sessions', 'entities', 'frameworks'] as const) {
      const m = startNode(name, [`subgraphs/${name}/dist/main.js`], env, join(options.tmpDir, `scale-${scale}-${name}.log`));
      managed.push(m);
      await waitFor(name, httpOk(`http://${HOST}:${ports[name]}/ready`), 60_000, m.child);
    }
    const gateway = startNode('gateway', ['gateway/dist/main.js'], env, join(options.tmpDir, `scale-${scale}-gateway.log`));
    managed.push(gateway);
    await waitFor('gateway', httpOk(`http://${HOST}:${ports.gateway}/ready`), 60_000, gateway.child);
    const gatewayUrl = `http://${HOST}:${ports.gateway}/graphql`;
    const pools = await scalePools(gatewayUrl, (await discover(gatewayUrl)).pools);
    const level: ScaleLevel = {
      scale,
      database,
      server: url.host,
      sessions: corpus.sessions.length,
      documents: corpus.documents.length,
      paragraphs,
      participations: corpus.participations.length,
      ingestSeconds: Math.round(ingestSeconds * 10) / 10,
      paragraphsPerSecond: Math.round(paragraphs / ingestSeconds),
      databaseMiB: Math.round(databaseMiB * 10) / 10,
      p95: {},
      p50: {},
      requests: {},
      errors: {},
    };
    for (const op of SCALE_JOURNEYS) {
      const document = op.document;
      const bodies = pools[op.key].map((v) => JSON.stringify({ query: document, variables: v }));
      await runCell({ url: gatewayUrl, bodies, connections: 1, seconds: 1, timeoutSeconds: 60 });
      const summary = summarize([
        await runCell({ url: gatewayUrl, bodies, connections: options.connections, seconds: options.seconds, timeoutSeconds: 60 }),
      ]);
      level.p95[op.key] = summary.p95;
      level.p50[op.key] = summary.p50;
      level.requests[op.key] = summary.requests;
      level.errors[op.key] = summary.errors + summary.graphqlErrors + summary.non2xx;
      log(`  ${op.key}: p50 ${summary.p50} ms, p95 ${summary.p95} ms (${summary.requests} requests, ${level.errors[op.key]} errors)`);
    }
    return level;
  } finally {
    for (const m of [...managed].reverse()) await stop(m);
    await admin.end().catch(() => undefined);
    const dropper = new pg.Client({ connectionString: options.postgresUrl });
    dropper.on('error', () => undefined);
    await dropper
      .connect()
      .then(() => dropper.query(`drop database if exists ${database} with (force)`))
      .catch((e: unknown) => log(`  could not drop ${database}: ${String(e)}`));
    await dropper.end().catch(() => undefined);
  }
}
