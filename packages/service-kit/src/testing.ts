import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbeddedDatabase } from './embedded-db.js';

/** Helpers for integration tests: a real database of each supported kind, and free ports. */

export type DatabaseKind = 'pglite' | 'postgres';
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

/** The PostgreSQL the machines and CI run (trust auth, database `test`). */
export const POSTGRES_TEST_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  /** A fresh schema name; tests create their tables in it and drop it afterwards. */
  schema(prefix: string): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** An in-memory PGlite served over the wire protocol, or schemas in the real PostgreSQL. */
export async function startTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const schemas: string[] = [];
  const schema = (prefix: string) => {
    const name = `t_${prefix}_${randomBytes(4).toString('hex')}`;
    schemas.push(name);
    return name;
  };
  if (kind === 'pglite') {
    const db = await startEmbeddedDatabase({ dataDir: 'memory://', port: await freePort() });
    return { kind, url: db.url, schema, stop: () => db.stop() };
  }
  return {
    kind,
    url: POSTGRES_TEST_URL,
    schema,
    stop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      try {
        for (const name of schemas) await client.query(`drop schema if exists "${name}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL operation and returns the parsed JSON body. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
