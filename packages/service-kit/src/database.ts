import 'reflect-metadata';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { DefaultLogger, MikroORM, PostgreSqlDriver, type EntityManager, type LogContext, type Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import pg from 'pg';
import type { Logger } from './logger.js';

export type Constructor<T> = new (...args: never[]) => T;

export interface DatabaseOptions {
  /** postgres:// URL: a real PostgreSQL, or the embedded PGlite served over the wire protocol. */
  url: string;
  /** The schema that holds this subgraph's tables; no subgraph touches another's schema. */
  schema: string;
  entities: Constructor<object>[];
  migrations: MigrationObject[];
  logger?: Logger;
  /** Called with every SQL statement, e.g. to count statements per request in tests. */
  onQuery?: (sql: string) => void;
  /** Most connections in the pool (default 4). */
  poolSize?: number;
  /** PostgreSQL's `statement_timeout` for every connection: a runaway statement is cancelled by the server. */
  statementTimeoutMs?: number;
}

export function ormOptions(options: DatabaseOptions): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    // Entities carry no schema; the ORM qualifies every table with this one at run time.
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 4 },
    // Options of `pg`'s Pool: sent in the startup message, so the timeout survives `reset all`.
    driverOptions: options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : undefined,
    migrations: {
      // Migrations are unqualified SQL applied inside `schema`, so tests can use throwaway schemas.
      schema: options.schema,
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    debug: options.onQuery ? ['query'] : false,
    loggerFactory: (loggerOptions) => new QueryLogger(loggerOptions, options),
    ignoreUndefinedInQuery: true,
    forceUtcTimezone: true,
  };
}

/**
 * Opens the subgraph's database and brings its schema up to date with the committed
 * migrations. Never drops anything: a schema created by an older version is migrated forward.
 */
export async function initORM(options: DatabaseOptions): Promise<MikroORM> {
  // Migrations run without the statement timeout: an index over a large corpus may take longer.
  const migrating = await MikroORM.init(ormOptions({ ...options, statementTimeoutMs: undefined }));
  try {
    await underMigrationLock(options.url, async () => {
      await migrating.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
      await migrating.migrator.up();
    });
  } catch (error) {
    await migrating.close();
    throw error;
  }
  if (!options.statementTimeoutMs) return migrating;
  await migrating.close();
  return MikroORM.init(ormOptions(options));
}

/**
 * The EntityManager of one request. When `signal` aborts (the caller went away, e.g. the gateway
 * gave up at its deadline), the statement in flight is cancelled in PostgreSQL (`pg_cancel_backend`)
 * instead of running on for nobody.
 */
export function forkForRequest(orm: MikroORM, signal: AbortSignal): EntityManager {
  return orm.em.fork({ signal, inflightQueryAbortStrategy: 'cancel query' }) as EntityManager;
}

/** One key for the whole database: subgraphs sharing it also share extensions (`create extension`). */
const MIGRATION_LOCK_KEY = 0x1c_0de_91a;

/**
 * Runs the migrations of one process at a time per database, under a PostgreSQL session advisory
 * lock: replicas starting together wait for the first to migrate, then find nothing left to do,
 * instead of racing on `create table` (duplicate key in pg_type). The lock goes with the session,
 * so a replica that dies while migrating releases it.
 */
async function underMigrationLock(url: string, migrate: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Simple-protocol statements (no parameters): the embedded database multiplexes connections onto
    // one session, where interleaved unnamed prepared statements of several clients collide.
    await client.query(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await migrate();
    } finally {
      await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    await client.end();
  }
}

/** True when the database answers a trivial query; used by /ready. */
export async function databaseIsReady(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}

/** Routes the ORM's output to the service logger, and every SQL statement to `onQuery` when set. */
class QueryLogger extends DefaultLogger {
  constructor(
    loggerOptions: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly database: Pick<DatabaseOptions, 'logger' | 'onQuery'>,
  ) {
    super({ ...loggerOptions, writer: (message) => database.logger?.debug({ orm: true }, message) });
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (this.database.onQuery) this.database.onQuery(context.query);
    else super.logQuery(context);
  }
}
