import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions, type DatabaseOptions } from './database.js';
import { startEmbeddedDatabase } from './embedded-db.js';

/**
 * Writes the next migration of a subgraph: the SQL that brings a database migrated with the
 * existing migrations up to the current entities. It diffs against a throwaway in-memory
 * database in the default schema, so the SQL is unqualified and applies to any schema.
 */
export async function createMigration(
  options: Pick<DatabaseOptions, 'entities' | 'migrations'>,
  folder: string,
  name: string,
): Promise<string | null> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const db = await startEmbeddedDatabase({ dataDir: 'memory://', port });
  try {
    const config = ormOptions({ ...options, url: db.url, schema: 'public' });
    const orm = await MikroORM.init({
      ...config,
      schema: undefined,
      migrations: { ...config.migrations, schema: undefined, path: folder, pathTs: folder, emit: 'ts' },
    });
    await orm.migrator.up();
    const result = await orm.migrator.create(folder, false, options.migrations.length === 0, name);
    await orm.close();
    return result.diff.up.length ? result.fileName : null;
  } finally {
    await db.stop();
  }
}
