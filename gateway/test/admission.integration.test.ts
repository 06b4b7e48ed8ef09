import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededGateway, startSeededGateway } from './seeded-gateway.js';

const QUERY = '{ sessions(first: 20) { nodes { id participants { person { name } organization { name } } } } }';

describe('operations in flight at the gateway', () => {
  let seeded: SeededGateway;
  let tight: { url: string; stop(): Promise<void> };
  let queued: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    seeded = await startSeededGateway('pglite');
    tight = await seeded.startGateway({ MAX_CONCURRENT_OPERATIONS: '1', MAX_WAITING_OPERATIONS: '0' });
    queued = await seeded.startGateway({ MAX_CONCURRENT_OPERATIONS: '1', MAX_WAITING_OPERATIONS: '100' });
  }, 180_000);
  afterAll(async () => {
    await seeded?.stop();
  });

  const post = (url: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });

  it('are bounded: past the limit and its queue the answer is 503 SERVICE_UNAVAILABLE with Retry-After', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => post(tight.url)));
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.some((a) => a.status === 200)).toBe(true);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    const body = (await refused[0]!.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0]!.message).toMatch(/1 operations running, 0 waiting/);
  });

  it('wait their turn while the queue has room: the same burst, one at a time, is answered in full', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => post(queued.url)));
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
  });
});
