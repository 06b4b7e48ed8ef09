import { randomBytes } from 'node:crypto';
import { entitiesSubgraph } from '@igc/entities';
import { frameworksSubgraph } from '@igc/frameworks';
import { sessionsSubgraph } from '@igc/sessions';
import { startSubgraph, type RunningSubgraph } from '@igc/service-kit';
import { freePort, POSTGRES_TEST_URL } from '@igc/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

/** Runs one statement on the test server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('scale out', () => {
  const database = `t_replicas_${randomBytes(4).toString('hex')}`;
  const running: RunningSubgraph[] = [];

  afterAll(async () => {
    await Promise.all(running.map((subgraph) => subgraph.stop()));
    await admin(`drop database if exists "${database}" with (force)`);
  });

  it('starts three replicas of each subgraph at once on an empty PostgreSQL database; all become ready', async () => {
    await admin(`create database "${database}"`);
    const url = new URL(POSTGRES_TEST_URL);
    url.pathname = `/${database}`;
    const definitions = [sessionsSubgraph, entitiesSubgraph, frameworksSubgraph];
    const starts = definitions.flatMap((definition) =>
      [1, 2, 3].map(async () =>
        startSubgraph(definition as never, {
          env: { DATABASE_URL: url.toString(), [`${definition.name.toUpperCase()}_PORT`]: String(await freePort()), LOG_LEVEL: 'silent' },
          handleSignals: false,
        }),
      ),
    );
    const results = await Promise.allSettled(starts);
    for (const result of results) if (result.status === 'fulfilled') running.push(result.value);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(running).toHaveLength(9);
    const ready = await Promise.all(running.map((subgraph) => fetch(subgraph.url.replace('/graphql', '/ready')).then((r) => r.status)));
    expect(ready).toEqual(Array(9).fill(200));
    // Each schema was migrated once: one row per migration, not three.
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      for (const definition of definitions) {
        const { rows } = await client.query(`select count(*)::int as n from "${definition.name}".mikro_orm_migrations`);
        expect(rows[0].n).toBe(definition.migrations.length);
      }
    } finally {
      await client.end();
    }
  });
});
