import { seedBatches } from '@igc/seeds';
import { startSubgraph, type RunningSubgraph } from '@igc/service-kit';
import { readAllPages, type ConnectionPage } from '@igc/testing';
import { DATABASE_KINDS, freePort, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import { ingestSessionsBatch, sessionsSubgraph } from '@igc/sessions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

describe.each(DATABASE_KINDS)('sessions connections and bounded search on %s', (kind) => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let schema: string;
  const sql = <T>(text: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(text, params);

  beforeAll(async () => {
    db = await startTestDatabase(kind);
    schema = db.schema('sessions');
    const env = { DATABASE_URL: db.url, SESSIONS_DB_SCHEMA: schema, SESSIONS_PORT: String(await freePort()), LOG_LEVEL: 'silent' };
    subgraph = await startSubgraph(sessionsSubgraph, { env, handleSignals: false });
    for (const batch of seedBatches()) await ingestSessionsBatch(subgraph.orm.em.fork() as EntityManager, batch);
    // Three later documents citing CEB/2013/2, one undated, and one holding 1,100 paragraphs on the same rare word.
    for (const [id, date] of [
      ['cite-a', '2014-03-01'],
      ['cite-b', null],
      ['cite-c', '2015-06-30'],
      ['bulk', '2016-01-01'],
    ] as const) {
      await sql(`insert into "${schema}".document (id, title, kind, date, file_name, sha256) values (?, ?, 'OTHER', ?, ?, 'x')`, [
        id,
        id,
        date,
        `${id}.txt`,
      ]);
    }
    for (const id of ['cite-a', 'cite-b', 'cite-c']) {
      await sql(
        `insert into "${schema}".paragraph
                 (id, document_id, position, section_path, text, line, organization_ids, person_ids, framework_ids, session_ids)
                 values (?, ?, 0, '{}', 'As noted in CEB/2013/2.', 1, '{}', '{}', '{}', '{}')`,
        [`${id}/p0`, id],
      );
      await sql(
        `insert into "${schema}".document_reference (id, citing_document_id, symbol, paragraph_id)
                 values (?, ?, 'CEB/2013/2', ?)`,
        [`${id}/r0`, id, `${id}/p0`],
      );
    }
    await sql(`insert into "${schema}".paragraph
                 (id, document_id, position, section_path, text, line, organization_ids, person_ids, framework_ids, session_ids)
               select 'bulk/p' || n, 'bulk', n, '{}', 'The zebracorn committee met for the ' || n || 'th time.', n, '{}', '{}', '{}', '{}'
                 from generate_series(1, 1100) as n`);
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.stop();
  });

  const entity = async <T>(typename: string, id: string, selection: string): Promise<T> => {
    const { data, errors } = await graphql<{ _entities: T[] }>(
      subgraph.url,
      `{ _entities(representations: [{ __typename: "${typename}", id: ${JSON.stringify(id)} }]) { ... on ${typename} { ${selection} } } }`,
    );
    expect(errors).toBeUndefined();
    return data!._entities[0]!;
  };
  const after = (cursor: string | null) => (cursor ? `, after: ${JSON.stringify(cursor)}` : '');

  it('pages the sessions a body convened newest first, with a total', async () => {
    const expected = await sql<{ id: string }>(
      `select id from "${schema}".session where body_id = 'hlcp' order by start_date desc nulls last, id desc`,
    );
    expect(expected.length).toBeGreaterThan(3);
    const fetch = async (first: number, cursor: string | null) =>
      (
        await entity<{ sessionsConvened: ConnectionPage<{ id: string }> }>(
          'Organization',
          'hlcp',
          `sessionsConvened(first: ${first}${after(cursor)}) { ${PAGE} nodes { id } }`,
        )
      ).sessionsConvened;
    const { nodes, totalCounts, pages } = await readAllPages(fetch, 3);
    expect(nodes.map((n) => n.id)).toEqual(expected.map((row) => row.id));
    expect(new Set(totalCounts)).toEqual(new Set([expected.length]));
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

  it('pages the paragraphs that mention an organization in document order, in SQL', async () => {
    const expected = await sql<{ id: string }>(
      `select id from "${schema}".paragraph where organization_ids @> array['undp'] order by document_id, position`,
    );
    expect(expected.length).toBeGreaterThan(5);
    const fetch = async (first: number, cursor: string | null) =>
      (
        await entity<{ mentions: ConnectionPage<{ id: string }> }>(
          'Organization',
          'undp',
          `mentions(first: ${first}${after(cursor)}) { ${PAGE} nodes { id } }`,
        )
      ).mentions;
    const { nodes, totalCounts } = await readAllPages(fetch, 4);
    expect(nodes.map((n) => n.id)).toEqual(expected.map((row) => row.id));
    expect(totalCounts[0]).toBe(expected.length);
  });

  it('lists the documents citing a report newest first, undated last', async () => {
    const { data } = await graphql<{ document: { citedBy: ConnectionPage<{ id: string }> } }>(
      subgraph.url,
      `{ document(symbol: "CEB/2013/2") { citedBy(first: 2) { ${PAGE} nodes { id } } } }`,
    );
    expect(data!.document.citedBy.totalCount).toBe(3);
    expect(data!.document.citedBy.nodes.map((n) => n.id)).toEqual(['cite-c', 'cite-a']);
    const rest = await graphql<{ document: { citedBy: ConnectionPage<{ id: string }> } }>(
      subgraph.url,
      `{ document(symbol: "CEB/2013/2") {
          citedBy(first: 2${after(data!.document.citedBy.pageInfo.endCursor)}) { ${PAGE} nodes { id } } } }`,
    );
    expect(rest.data!.document.citedBy.nodes.map((n) => n.id)).toEqual(['cite-b']);
    expect(rest.data!.document.citedBy.pageInfo.hasNextPage).toBe(false);
  });

  it("lists a framework's endorsements oldest first", async () => {
    const framework = 'un-wide-framework-on-cybersecurity-and-cybercrime';
    const { endorsements } = await entity<{ endorsements: ConnectionPage<{ session: { id: string } }> }>(
      'Framework',
      framework,
      `endorsements(first: 1) { ${PAGE} nodes { session { id } } }`,
    );
    expect(endorsements.totalCount).toBe(2);
    expect(endorsements.nodes.map((n) => n.session.id)).toEqual(['hlcp-26']);
    const next = await entity<{ endorsements: ConnectionPage<{ session: { id: string } }> }>(
      'Framework',
      framework,
      `endorsements(first: 1${after(endorsements.pageInfo.endCursor)}) { ${PAGE} nodes { session { id } } }`,
    );
    expect(next.endorsements.nodes.map((n) => n.session.id)).toEqual(['ceb-2013-2']);
  });

  it('refuses a page over 100 on a per-parent connection, stating the limit', async () => {
    const { errors } = await graphql(subgraph.url, '{ document(symbol: "CEB/2013/2") { citedBy(first: 101) { totalCount } } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum: 100 });
  });

  it('ranks at most 1,000 matches of a common word and says the total is a lower bound', async () => {
    type Hits = ConnectionPage<{ highlight: string; paragraph: { id: string } }> & { totalCountIsExact: boolean };
    const { data } = await graphql<{ search: Hits }>(
      subgraph.url,
      `{ search(query: "zebracorn", first: 20) { ${PAGE} totalCountIsExact nodes { highlight paragraph { id } } } }`,
    );
    expect(data!.search.totalCount).toBe(1000);
    expect(data!.search.totalCountIsExact).toBe(false);
    expect(data!.search.pageInfo.hasNextPage).toBe(true);
    expect(data!.search.nodes).toHaveLength(20);
    expect(data!.search.nodes.every((n) => n.highlight.includes('<mark>zebracorn</mark>'))).toBe(true);
  });

  it('counts exactly below the cap', async () => {
    const [{ count }] = (await sql<{ count: string }>(
      `select count(*) from "${schema}".paragraph where search_vector @@ websearch_to_tsquery('english', 'cybersecurity')`,
    )) as [{ count: string }];
    const { data } = await graphql<{ search: { totalCount: number; totalCountIsExact: boolean } }>(
      subgraph.url,
      '{ search(query: "cybersecurity") { totalCount totalCountIsExact } }',
    );
    expect(Number(count)).toBeGreaterThan(0);
    expect(data!.search).toEqual({ totalCount: Number(count), totalCountIsExact: true });
  });

  it.each([
    ['search(query: $text) { totalCount }', 500],
    ['search(query: "migration", filter: { body: $text }) { totalCount }', 200],
    ['sessions(filter: { body: $text }) { totalCount }', 200],
  ])('refuses a 100 KB input to %s at once, stating the limit', async (field, maximum) => {
    const { errors } = await graphql(subgraph.url, `query($text: String!) { ${field} }`, { text: 'word '.repeat(20_000) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum });
    expect(errors?.[0]?.message).toContain(`at most ${maximum} characters`);
  });
});
