import { describe, expect, it } from 'vitest';
import { ConfigError, loadSubgraphConfig } from '../src/config.js';

describe('loadSubgraphConfig', () => {
  it('reads the shared DATABASE_URL, defaults and the subgraph schema', () => {
    const config = loadSubgraphConfig('sessions', 4001, { DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(config).toMatchObject({ port: 4001, databaseUrl: 'postgres://u@h:5432/db', databaseSchema: 'sessions', host: '127.0.0.1' });
  });

  it('prefers the per-subgraph URL, port and schema', () => {
    const config = loadSubgraphConfig('entities', 4002, {
      DATABASE_URL: 'postgres://shared/db',
      ENTITIES_DATABASE_URL: 'postgresql://own/db',
      ENTITIES_PORT: '5002',
      ENTITIES_DB_SCHEMA: 'people_v2',
    });
    expect(config).toMatchObject({ port: 5002, databaseUrl: 'postgresql://own/db', databaseSchema: 'people_v2' });
  });

  it('names every invalid variable and what it expects', () => {
    const attempt = () => loadSubgraphConfig('sessions', 4001, { DATABASE_URL: 'mysql://x', SESSIONS_PORT: '70000', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/SESSIONS_PORT="70000"/);
    expect(attempt).toThrow(/DATABASE_URL="mysql:\/\/x": a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(attempt).toThrow(/LOG_LEVEL="loud"/);
  });

  it('refuses to start without a database URL and says how to get one', () => {
    expect(() => loadSubgraphConfig('frameworks', 4003, {})).toThrow(
      /DATABASE_URL \(or FRAMEWORKS_DATABASE_URL\)=\(unset\): it is required/,
    );
  });

  it('rejects a schema name that is not a plain SQL identifier', () => {
    expect(() => loadSubgraphConfig('sessions', 4001, { DATABASE_URL: 'postgres://h/db', SESSIONS_DB_SCHEMA: 'x"; drop' })).toThrow(
      /SESSIONS_DB_SCHEMA=.*lowercase SQL identifier/,
    );
  });

  it('protects the database by default: a 5 s statement timeout and 4 connections, both configurable', () => {
    const url = { DATABASE_URL: 'postgres://h/db' };
    expect(loadSubgraphConfig('sessions', 4001, url)).toMatchObject({ statementTimeoutMs: 5000, poolMax: 4 });
    expect(loadSubgraphConfig('sessions', 4001, { ...url, DB_STATEMENT_TIMEOUT_MS: '800', DB_POOL_MAX: '12' })).toMatchObject({
      statementTimeoutMs: 800,
      poolMax: 12,
    });
    const attempt = () => loadSubgraphConfig('sessions', 4001, { ...url, DB_STATEMENT_TIMEOUT_MS: '0', DB_POOL_MAX: 'many' });
    expect(attempt).toThrow(/DB_STATEMENT_TIMEOUT_MS="0"/);
    expect(attempt).toThrow(/DB_POOL_MAX="many"/);
  });
});
