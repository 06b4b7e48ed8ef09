import { randomBytes } from 'node:crypto';
import { freePort } from '@igc/launcher';
import { startEmbeddedDatabase } from '@igc/service-kit/embedded-db';
import pg from 'pg';

/** For integration tests: a real database of each supported kind. */

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
