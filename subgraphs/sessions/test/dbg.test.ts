import { extractCorpus, readSource, seedFiles, startSeededSubgraph } from '@igc/seeds';
import { graphql, startTestDatabase } from '@igc/service-kit/testing';
import { ingestSessionsBatch, sessionsSubgraph } from '@igc/sessions';
import { it } from 'vitest';
it('dbg', async () => {
  const db = await startTestDatabase('postgres');
  const { subgraph } = await startSeededSubgraph(sessionsSubgraph, ingestSessionsBatch, db);
  for (const q of ['{ document(symbol: "CEB/2013/2") { id paragraphs(first: 2) { totalCount nodes { number } } citedBy { totalCount nodes { id date } } } }',
    '{ search(query: "the") { totalCount totalCountIsExact nodes { score } } }',
    '{ _entities(representations: [{__typename: "Organization", id: "hlcp"}, {__typename: "Organization", id: "ceb"}]) { ... on Organization { sessionsConvened(first: 2) { totalCount nodes { id startDate } } mentions(first: 1) { totalCount } } } }',
    '{ _entities(representations: [{__typename: "Framework", id: "x"}]) { ... on Framework { endorsements { totalCount } sourceDocuments { id } } } }',
  ]) console.log(JSON.stringify(await graphql(subgraph.url, q)).slice(0, 1500));
  await subgraph.stop(); await db.stop();
}, 60000);
