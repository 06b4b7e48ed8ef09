import { seedBatches } from '@igc/seeds';
import { startSubgraph, type RunningSubgraph } from '@igc/service-kit';
import { DATABASE_KINDS, freePort, graphql, startTestDatabase, type TestDatabase } from '@igc/testing';
import { Document, ingestSessionsBatch, Paragraph, sessionsSubgraph } from '@igc/sessions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe.each(DATABASE_KINDS)('sessions subgraph on %s', (kind) => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph;
  let env: NodeJS.ProcessEnv;
  const batches = seedBatches();
  const load = async () => {
    for (const batch of batches) await ingestSessionsBatch(subgraph.orm.em.fork() as EntityManager, batch);
  };
  const count = <T extends object>(entity: new () => T) => subgraph.orm.em.fork().count(entity, {});

  beforeAll(async () => {
    db = await startTestDatabase(kind);
    env = { DATABASE_URL: db.url, SESSIONS_DB_SCHEMA: db.schema('sessions'), SESSIONS_PORT: String(await freePort()), LOG_LEVEL: 'silent' };
    subgraph = await startSubgraph(sessionsSubgraph, { env, handleSignals: false });
    await load();
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.stop();
  });

  it('loads every seed document with its paragraphs', async () => {
    expect(await count(Document)).toBe(4);
    const paragraphs = batches.reduce((n, b) => n + b.document.paragraphs.length, 0);
    expect(await count(Paragraph)).toBe(paragraphs);
  });

  it('is idempotent: loading the same documents again changes nothing', async () => {
    const before = [await count(Document), await count(Paragraph)];
    await load();
    expect([await count(Document), await count(Paragraph)]).toEqual(before);
  });

  it('is transactional per document: a batch that fails leaves the earlier rows of that document intact', async () => {
    const batch = batches.find((b) => b.document.id === 'ceb-2013-2')!;
    const before = await subgraph.orm.em.fork().count(Paragraph, { document: 'ceb-2013-2' });
    const broken = {
      ...batch,
      outcomes: [...batch.outcomes, { ...batch.outcomes[0]!, id: 'broken', paragraphId: 'ceb-2013-2/para_9999' }],
    };
    await expect(ingestSessionsBatch(subgraph.orm.em.fork() as EntityManager, broken)).rejects.toThrow();
    expect(await subgraph.orm.em.fork().count(Paragraph, { document: 'ceb-2013-2' })).toBe(before);
    expect(before).toBe(batch.document.paragraphs.length);
  });

  it('serves a session with its agenda, documents and outcomes', async () => {
    const { data } = await graphql<{
      session: {
        title: string;
        startDate: string;
        location: { city: string; host: { id: string } };
        agenda: { label: string; subItems: { label: string }[] }[];
        documents: { symbol: string }[];
        outcomes: { kind: string; paragraph: { number: number }; framework: { id: string } | null }[];
      };
    }>(
      subgraph.url,
      '{ session(id: "hlcp-26") { title startDate location { city host { id } } agenda { label subItems { label } } documents { ' +
        'symbol } outcomes(kind: ENDORSED) { kind paragraph { number } framework { id } } } }',
    );
    expect(data!.session).toMatchObject({
      title: 'twenty-sixth session of the High-level Committee on Programmes',
      startDate: '2013-10-17',
      location: { city: 'Geneva', host: { id: 'ohchr' } },
      documents: [{ symbol: 'CEB/2013/6' }],
    });
    expect(data!.session.agenda.map((i) => i.label)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(data!.session.agenda[2]!.subItems.map((i) => i.label)).toEqual(['3 (a)', '3 (b)', '3 (c)', '3 (d)', '3 (e)']);
    expect(data!.session.outcomes).toContainEqual({
      kind: 'ENDORSED',
      paragraph: { number: 49 },
      framework: { id: 'un-wide-framework-on-cybersecurity-and-cybercrime' },
    });
  });

  it('filters sessions by body given as acronym or full name, and by status', async () => {
    const query = 'query($body: String) { sessions(filter: { body: $body, status: HELD, year: 2013 }) { nodes { id } } }';
    const byAcronym = await graphql<{ sessions: { nodes: { id: string }[] } }>(subgraph.url, query, { body: 'HLCP' });
    const byName = await graphql<{ sessions: { nodes: { id: string }[] } }>(subgraph.url, query, {
      body: 'High-level Committee on Programmes',
    });
    expect(byAcronym.data!.sessions.nodes.map((n) => n.id)).toEqual(['hlcp-26']);
    expect(byName.data).toEqual(byAcronym.data);
  });

  it('looks a document up by symbol, forgiving case and spaces, with its paragraphs in order', async () => {
    const { data } = await graphql<{
      document: { id: string; kind: string; paragraphs: { totalCount: number; nodes: { number: number; text: string }[] } };
    }>(subgraph.url, '{ document(symbol: " ceb/2013/2 ") { id kind paragraphs(first: 2) { totalCount nodes { number text } } } }');
    expect(data?.document.id).toBe('ceb-2013-2');
    expect(data?.document.kind).toBe('SUMMARY_OF_CONCLUSIONS');
    expect(data?.document.paragraphs.nodes[0]?.number).toBe(1);
    expect(data?.document.paragraphs.nodes[0]?.text).toMatch(
      new RegExp(
        '^The second regular session of the United Nations System Chief Executives Board for Coordination \\(CEB\\) of 2013, ' +
          'chaired by the Secretary-General',
      ),
    );
  });

  it('gives null for an unknown id and a typed error for a page over the limit', async () => {
    const unknown = await graphql(subgraph.url, '{ document(id: "no-such-document") { id } session(id: "nope") { id } }');
    expect(unknown).toEqual({ data: { document: null, session: null } });
    const tooMany = await graphql(subgraph.url, '{ documents(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toContain('between 0 and 100');
  });

  it('pages documents with cursors', async () => {
    const first = await graphql<{
      documents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] };
    }>(subgraph.url, '{ documents(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }');
    expect(first.data?.documents.totalCount).toBe(4);
    expect(first.data?.documents.pageInfo.hasNextPage).toBe(true);
    const rest = await graphql<{ documents: { pageInfo: { hasNextPage: boolean }; nodes: { id: string }[] } }>(
      subgraph.url,
      'query($after: String) { documents(first: 3, after: $after) { pageInfo { hasNextPage } nodes { id } } }',
      { after: first.data?.documents.pageInfo.endCursor },
    );
    expect(rest.data?.documents.nodes).toHaveLength(1);
    expect(rest.data?.documents.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.data!.documents.nodes, ...rest.data!.documents.nodes].map((d) => d.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('searches paragraphs with ranking and <mark> highlights', async () => {
    const { data } = await graphql<{
      search: { totalCount: number; nodes: { score: number; highlight: string; paragraph: { id: string } }[] };
    }>(
      subgraph.url,
      '{ search(query: "cybercrime", filter: { documentId: "ceb-2013-6" }, first: 5) { totalCount nodes { score highlight paragraph ' +
        '{ id } } } }',
    );
    expect(data!.search.totalCount).toBeGreaterThan(5);
    const scores = data!.search.nodes.map((n) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const node of data!.search.nodes) {
      expect(node.paragraph.id.startsWith('ceb-2013-6/')).toBe(true);
      expect(node.highlight).toMatch(/<mark>cybercrime<\/mark>/i);
    }
  });

  it('pages search hits, and still counts them on a page past the end', async () => {
    const query =
      'query($after: String) { search(query: "human rights", first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor ' +
      '} nodes { paragraph { id } } } }';
    type Page = {
      search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { paragraph: { id: string } }[] };
    };
    const first = (await graphql<Page>(subgraph.url, query)).data!.search;
    const second = (await graphql<Page>(subgraph.url, query, { after: first.pageInfo.endCursor })).data!.search;
    expect(first.nodes).toHaveLength(3);
    expect(second.totalCount).toBe(first.totalCount);
    expect(second.nodes.map((n) => n.paragraph.id)).not.toContain(first.nodes[0]!.paragraph.id);
    const beyond = Buffer.from(`offset:${first.totalCount + 10}`).toString('base64url');
    const past = (await graphql<Page>(subgraph.url, query, { after: beyond })).data!.search;
    expect(past).toMatchObject({ totalCount: first.totalCount, nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('narrows a search to the records of one body, named by acronym', async () => {
    const { data } = await graphql<{ search: { totalCount: number; nodes: { paragraph: { document: { id: string } } }[] } }>(
      subgraph.url,
      '{ search(query: "cybercrime", filter: { body: "CEB", year: 2013 }, first: 50) { totalCount nodes { paragraph { document { id ' +
        '} } } } }',
    );
    expect(data!.search.totalCount).toBeGreaterThan(0);
    expect(new Set(data!.search.nodes.map((n) => n.paragraph.document.id))).toEqual(new Set(['ceb-2013-2']));
  });

  it('keeps its data across a restart: migrations never drop', async () => {
    await subgraph.stop();
    subgraph = await startSubgraph(sessionsSubgraph, { env, handleSignals: false });
    expect(await count(Document)).toBe(4);
  });
});
