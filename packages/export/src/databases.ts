import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { ConfigError, loadSubgraphConfig } from '@igc/service-kit/config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@igc/service-kit/embedded-db';
import { freePort } from '@igc/launcher';
import type { SubgraphName } from './tables.js';

export interface ExportSource {
  /** Database URL and schema of each subgraph, read from the same variables the subgraphs read. */
  subgraphs: Record<SubgraphName, { url: string; schema: string }>;
  close(): Promise<void>;
}

const SUBGRAPHS: [SubgraphName, number][] = [
  ['sessions', 4001],
  ['entities', 4002],
  ['frameworks', 4003],
];

const portOpen = (host: string, port: number) =>
  new Promise<boolean>((done) => {
    const socket = createConnection({ host, port }, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });

/**
 * Where to read from. With DATABASE_URL (or per-subgraph URLs) set, those databases; otherwise
 * the embedded database: the running one (`npm start`) on EMBEDDED_DB_PORT, or its data folder
 * (EMBEDDED_DB_DIR) opened here when nothing runs.
 */
export async function openExportSource(env: NodeJS.ProcessEnv = process.env): Promise<ExportSource> {
  const configured = env.DATABASE_URL || SUBGRAPHS.every(([name]) => env[`${name.toUpperCase()}_DATABASE_URL`]);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = env.DATABASE_URL;
  if (!configured) {
    const host = '127.0.0.1'; // the embedded database listens on loopback only
    const port = Number(env.EMBEDDED_DB_PORT ?? 5499);
    if (await portOpen(host, port)) {
      databaseUrl = `postgres://postgres@${host}:${port}/postgres`;
    } else {
      const dataDir = resolve(env.EMBEDDED_DB_DIR ?? '.data/pglite');
      if (!existsSync(dataDir)) {
        throw new ConfigError(
          `No database to export: DATABASE_URL is unset, nothing listens on ${host}:${port} (EMBEDDED_DB_PORT) ` +
            `and ${dataDir} (EMBEDDED_DB_DIR) does not exist. Run \`npm start\` once, or set DATABASE_URL.`,
        );
      }
      embedded = await startEmbeddedDatabase({ dataDir, port: await freePort() });
      databaseUrl = embedded.url;
    }
  }
  const subgraphEnv = { ...env, DATABASE_URL: databaseUrl };
  const subgraphs = Object.fromEntries(
    SUBGRAPHS.map(([name, port]) => {
      const config = loadSubgraphConfig(name, port, subgraphEnv);
      return [name, { url: config.databaseUrl, schema: config.databaseSchema }];
    }),
  ) as ExportSource['subgraphs'];
  return { subgraphs, close: async () => embedded?.stop() };
}
