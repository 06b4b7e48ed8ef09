import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * One embedded PostgreSQL (PGlite, WASM) for the whole stack, served over the Postgres wire
 * protocol. PGlite costs 580–830 MiB of RSS per instance, so the three subgraphs share this one
 * and keep their tables apart in one schema each; they reach it with the same driver they
 * use for a real PostgreSQL.
 */
export async function startEmbeddedDatabase(options: {
  /** Folder for the data files, or 'memory://' for a throwaway database. */
  dataDir: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  let dataDir = options.dataDir;
  if (dataDir !== 'memory://') {
    dataDir = resolve(dataDir);
    // PGlite creates only the last folder of its path.
    mkdirSync(dirname(dataDir), { recursive: true });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await initializeInChildProcess(dataDir);
  }
  const db = await openPGlite(dataDir === 'memory://' ? undefined : dataDir);
  // Loopback only: the embedded database trusts every connection (user `postgres`, no password).
  const host = '127.0.0.1';
  const server = new PGLiteSocketServer({
    db,
    host,
    port: options.port,
    // Connections are multiplexed onto the single PGlite session; transactions stay exclusive.
    maxConnections: options.maxConnections ?? 32,
  });
  await server.start();
  return {
    url: `postgres://postgres@${host}:${options.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Opens (or, in an empty folder, initializes) PGlite with the stack's settings. */
export function openPGlite(dataDir: string | undefined): Promise<PGlite> {
  return PGlite.create({
    dataDir,
    // PostgreSQL's 128 MB of shared buffers suit a server, not an embedded development database:
    // 16 MB saves ~80 MiB of resident memory (measured) for a corpus that fits in it many times.
    postgresqlconf: ['shared_buffers = 16MB', 'work_mem = 4MB', 'maintenance_work_mem = 32MB'],
    // The forgiving lookups pre-filter candidates with trigrams and a bounded edit distance in SQL;
    // the migrations CREATE EXTENSION them, as on PostgreSQL.
    extensions: { pg_trgm, fuzzystrmatch },
  });
}

/**
 * The first run's initdb in a short-lived process: initializing in the long-lived one left it
 * at ~350 MiB for good (the allocator keeps what initdb freed), reopening costs ~220 MiB.
 */
function initializeInChildProcess(dataDir: string): Promise<void> {
  const child = fork(fileURLToPath(new URL('./embedded-db-init.js', import.meta.url)), [dataDir], { stdio: 'inherit' });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`initializing the embedded database in ${dataDir} failed (exit code ${code})`));
    });
  });
}
