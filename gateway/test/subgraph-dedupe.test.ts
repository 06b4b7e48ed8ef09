import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyRequestBodySignature } from '@igc/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubgraphDataSource } from '../src/subgraph-data-source.js';

// A subgraph that answers after a pause, so identical requests are in flight together.
let server: Server;
let url: string;
const received: string[] = [];
const signatures: (string | undefined)[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(body);
      signatures.push(req.headers[SIGNATURE_HEADER] as string | undefined);
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { session: { id: 'hlcp-26', agenda: [{ id: 'hlcp-26/item_1' }] } } }));
      }, 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const source = (deduplicate: boolean, signingSecret?: string) =>
  new SubgraphDataSource('sessions', { url, timeoutMs: 5000, deduplicate, batchEntityFetches: false, connections: 4, signingSecret });
type ProcessOptions = Parameters<SubgraphDataSource['process']>[0];
const call = (from: SubgraphDataSource, operation: 'query' | 'mutation', requestId: string) =>
  from.process({
    kind: 'incoming operation',
    request: { query: `${operation} { session(id: "hlcp-26") { id agenda { id } } }`, variables: {} },
    context: { requestId },
    incomingRequestContext: { operation: { operation } },
  } as unknown as ProcessOptions) as Promise<{ data: { session: { id: string; agenda: { id: string }[] } } }>;

describe('identical subgraph queries in flight', () => {
  it('share one request, and each caller gets its own copy of the answer', async () => {
    const from = source(true);
    received.length = 0;
    const [a, b, c] = await Promise.all([call(from, 'query', 'r1'), call(from, 'query', 'r2'), call(from, 'query', 'r3')]);
    expect(received).toHaveLength(1);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    // The gateway merges later fetches into the answer it gets: one caller's merge must not reach another.
    a.data.session.agenda.push({ id: 'merged' });
    (b.data.session as Record<string, unknown>).title = 'merged';
    expect(c.data.session).toEqual({ id: 'hlcp-26', agenda: [{ id: 'hlcp-26/item_1' }] });
    await from.close();
  });

  it('are not shared when they are mutations or deduplication is off', async () => {
    const from = source(true);
    received.length = 0;
    await Promise.all([call(from, 'mutation', 'r1'), call(from, 'mutation', 'r2')]);
    expect(received).toHaveLength(2);
    await from.close();

    const off = source(false);
    received.length = 0;
    const [a, b] = await Promise.all([call(off, 'query', 'r1'), call(off, 'query', 'r2')]);
    expect(received).toHaveLength(2);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    await off.close();
  });

  it('are signed once, as the one request sent, when the subgraphs want signatures', async () => {
    const secret = 'test-signing-secret';
    const from = source(true, secret);
    received.length = 0;
    signatures.length = 0;
    await Promise.all([call(from, 'query', 'r1'), call(from, 'query', 'r2'), call(from, 'mutation', 'r3')]);
    expect(received).toHaveLength(2);
    for (const [index, body] of received.entries()) expect(verifyRequestBodySignature(secret, signatures[index], body)).toBe(true);
    from.close();
  });
});
