import { createHash } from 'node:crypto';
import { ingestSources, openSubgraphDatabases, readSource, seedFiles } from '@igc/seeds';
import { DATABASE_KINDS, startTestDatabase, type TestDatabase } from '@igc/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { metamorphicVariants } from '@igc/testing-corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Source = ReturnType<typeof readSource>;
const seeds = seedFiles().map(readSource);
const [hlcp26, ceb2013, consultation, sgReport] = seeds as [Source, Source, Source, Source];

const source = (fileName: string, text: string): Source => ({ fileName, text, sha256: createHash('sha256').update(text).digest('hex') });
/** Seed 000 as the report of a later session: another number and year, the same annexed framework. */
const laterSession = (edit: (text: string) => string = (t) => t) =>
  source('hlcp-27.txt', edit(hlcp26.text.replaceAll('twenty-sixth', 'twenty-seventh').replaceAll('2013', '2014')));
/** The later report names the Vice-Chair and the Chair in spellings seed 000 does not use. */
const otherSpellings = laterSession((t) => t.replaceAll(/Elliott? Harris/g, 'Eliott Harris').replaceAll('Achim Steiner', 'Achim Steinner'));

/** A later report of the committee, retitled, with other people and delegations, re-paginated and with moved line breaks. */
const laterVariant = metamorphicVariants('report-with-participants', { count: 50, seed: 1 }).find(
  (v) =>
    v.expected.session.number !== 26 && v.mutations.includes('title rephrased') && v.mutations.some((m) => m.startsWith('lines broken')),
)!;
const laterPaginated = source(laterVariant.fileName, laterVariant.text);

const PAIRS: { name: string; a: Source[]; b: Source[] }[] = [
  { name: 'a later report phrased and paginated differently', a: [hlcp26], b: [laterPaginated] },
  { name: 'a report annexing a framework already loaded', a: [hlcp26], b: [laterSession()] },
  { name: 'a person already known under another spelling', a: [hlcp26], b: [otherSpellings] },
  { name: 'a summary that gives an already loaded report its symbol', a: [hlcp26, consultation], b: [ceb2013, sgReport] },
];

/** Every row of every table the three subgraphs own, in a stable order. */
async function dump(dbs: Awaited<ReturnType<typeof openSubgraphDatabases>>): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const [name, orm] of Object.entries({ sessions: dbs.sessions, entities: dbs.entities, frameworks: dbs.frameworks }) as [
    string,
    MikroORM,
  ][]) {
    const connection = orm.em.getConnection();
    const schema = orm.config.get('schema');
    const rows = await connection.execute<{ table_name: string }[]>(
      `select table_name from information_schema.tables where table_schema = ? and table_name not like 'mikro_orm%' order by 1`,
      [schema],
    );
    for (const { table_name } of rows) {
      const all = await connection.execute<Record<string, unknown>[]>(`select * from "${schema}"."${table_name}"`);
      tables[`${name}.${table_name}`] = all.map((row) => JSON.stringify(row)).sort();
    }
  }
  return tables;
}

describe.each(DATABASE_KINDS)('incremental loads on %s', (kind) => {
  let db: TestDatabase;
  const open = () => {
    const env = {
      DATABASE_URL: db.url,
      SESSIONS_DB_SCHEMA: db.schema('sessions'),
      ENTITIES_DB_SCHEMA: db.schema('entities'),
      FRAMEWORKS_DB_SCHEMA: db.schema('frameworks'),
      LOG_LEVEL: 'silent',
    };
    return openSubgraphDatabases(env);
  };
  beforeAll(async () => {
    db = await startTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.stop();
  });

  it.each(PAIRS)('loading A then B equals loading A and B together: $name', async ({ a, b }) => {
    const together = await open();
    const stepwise = await open();
    try {
      const bulk = await ingestSources([...a, ...b], together);
      expect(bulk.load.failed).toEqual([]);
      const first = await ingestSources(a, stepwise);
      expect(first.load.failed).toEqual([]);
      const second = await ingestSources(b, stepwise);
      expect(second.load.failed).toEqual([]);
      expect(second.reread).toEqual(a.map((s) => s.fileName));
      const [bulkRows, stepRows] = [await dump(together), await dump(stepwise)];
      expect(Object.keys(stepRows)).toEqual(Object.keys(bulkRows));
      for (const table of Object.keys(bulkRows)) expect(stepRows[table], table).toEqual(bulkRows[table]);
      expect(bulkRows['frameworks.provision']!.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([together.close(), stepwise.close()]);
    }
  });

  it('loads a later report phrased and paginated differently with its session, agenda, participants, outcomes and framework', async () => {
    const dbs = await open();
    try {
      await ingestSources([hlcp26], dbs);
      expect((await ingestSources([laterPaginated], dbs)).load.failed).toEqual([]);
      const rows = await dump(dbs);
      const of = <T>(table: string) => rows[table]!.map((r) => JSON.parse(r as string) as T);
      const { expected } = laterVariant;
      const sessionId = expected.session.id;
      expect(of<{ id: string; number: number; year: number }>('sessions.session').find((s) => s.id === sessionId)).toMatchObject({
        number: expected.session.number,
        year: expected.session.year,
      });
      expect(of<{ session_id: string }>('sessions.agenda_item').filter((i) => i.session_id === sessionId)).toHaveLength(
        expected.agendaItems!,
      );
      expect(of<{ session_id: string }>('entities.participation').filter((p) => p.session_id === sessionId)).toHaveLength(
        expected.participations!,
      );
      expect(of<{ session_id: string }>('sessions.outcome').filter((o) => o.session_id === sessionId)).toHaveLength(expected.outcomes!);
      const cyber = of<{ id: string; source_document_ids: string[] }>('frameworks.framework').find(
        (f) => f.id === expected.provisions![0]!.frameworkId,
      )!;
      expect(cyber.source_document_ids).toHaveLength(2);
    } finally {
      await dbs.close();
    }
  });

  it('keeps one framework and one person when a later report annexes the framework and respells the person', async () => {
    const dbs = await open();
    try {
      await ingestSources([hlcp26], dbs);
      const later = await ingestSources([otherSpellings], dbs);
      expect(later.load.failed).toEqual([]);
      const rows = await dump(dbs);
      const frameworks = rows['frameworks.framework']!.map((r) => JSON.parse(r as string) as { id: string; source_document_ids: string[] });
      const cyber = frameworks.find((f) => f.id === 'un-wide-framework-on-cybersecurity-and-cybercrime')!;
      expect(cyber.source_document_ids).toHaveLength(2);
      const people = rows['entities.person']!.map((r) => JSON.parse(r as string) as { id: string });
      expect(people.filter((p) => /harris/.test(p.id))).toHaveLength(1);
      expect(people.filter((p) => /steinn?er/.test(p.id))).toHaveLength(1);
    } finally {
      await dbs.close();
    }
  });
});
