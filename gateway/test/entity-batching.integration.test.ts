import { graphql } from '@igc/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededGateway, startSeededGateway } from './seeded-gateway.js';

// Its plan fetches the session from `sessions`, then, in one step, the participants and the
// convening body from `entities`: two entity fetches to the same subgraph.
const SESSION = `query Session($id: ID!) {
  session(id: $id) {
    id title
    body { id name acronym }
    participants { role person { id name } organization { id name acronym } }
  }
}`;

async function entitiesRequests(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace('/graphql', '/metrics'))).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith('subgraph_requests_total{') && l.includes('subgraph="entities"') && l.includes('outcome="ok"'));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('entity fetches of one plan step to one subgraph', () => {
  let seeded: SeededGateway;
  let unbatched: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    seeded = await startSeededGateway('pglite');
    unbatched = await seeded.startGateway({ BATCH_ENTITY_FETCHES: 'false' });
  }, 180_000);
  afterAll(async () => {
    await seeded?.stop();
  });

  it('go as one request, with the same answer as separate requests', async () => {
    const before = { batched: await entitiesRequests(seeded.url), unbatched: await entitiesRequests(unbatched.url) };
    const batched = await graphql<{ session: { body: unknown; participants: unknown[] } }>(seeded.url, SESSION, { id: 'hlcp-26' });
    const separate = await graphql(unbatched.url, SESSION, { id: 'hlcp-26' });
    expect(batched.errors).toBeUndefined();
    expect(batched.data?.session.participants.length).toBeGreaterThan(10);
    expect(batched.data?.session.body).toMatchObject({ acronym: expect.any(String) });
    expect(batched).toEqual(separate);
    expect((await entitiesRequests(seeded.url)) - before.batched).toBe(1);
    expect((await entitiesRequests(unbatched.url)) - before.unbatched).toBe(2);
  });

  it('keep each fetch its own null for an unknown entity and its own errors', async () => {
    const query = `{ a: session(id: "hlcp-26") { body { name } participants { person { name } } } b: session(id: "no-such-session") { id } }`;
    const batched = await graphql(seeded.url, query);
    expect(batched).toEqual(await graphql(unbatched.url, query));
    expect(batched.data).toMatchObject({ b: null });
  });
});
