import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SubgraphAnswerTooLargeError, SubgraphClient, SubgraphTimeoutError } from '../src/subgraph-client.js';

const servers: Server[] = [];
const clients: SubgraphClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve).closeAllConnections())));
});

/** A subgraph stand-in that answers with `handle` and counts the connections it accepted. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const sockets: Socket[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => handle(req, res, body));
  });
  server.on('connection', (socket) => sockets.push(socket));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, sockets };
}

function clientFor(url: string, options: { connections?: number; timeoutMs?: number; maxAnswerBytes?: number } = {}) {
  const client = new SubgraphClient(url, {
    connections: options.connections ?? 4,
    timeoutMs: options.timeoutMs ?? 5000,
    maxAnswerBytes: options.maxAnswerBytes,
  });
  clients.push(client);
  return client;
}

const echo = (_req: IncomingMessage, res: ServerResponse, body: string) => {
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'max-age=30');
  res.end(JSON.stringify({ data: { echo: body } }));
};

describe('SubgraphClient', () => {
  it('posts the body with its headers and returns status, content type, cache control and text', async () => {
    const seen: Record<string, string | string[] | undefined>[] = [];
    const { url } = await serve((req, res, body) => {
      seen.push(req.headers);
      echo(req, res, body);
    });
    const answer = await clientFor(url).post('{"query":"{ a }"}', { 'content-type': 'application/json', 'x-request-id': 'r1' });
    expect(answer).toEqual({
      status: 200,
      contentType: 'application/json',
      cacheControl: 'max-age=30',
      text: JSON.stringify({ data: { echo: '{"query":"{ a }"}' } }),
    });
    expect(seen[0]).toMatchObject({ 'x-request-id': 'r1', 'content-length': '17', connection: 'keep-alive' });
  });

  it('keeps the connection for the next request, and opens no more than `connections` at once', async () => {
    let running = 0;
    let mostRunning = 0;
    const { url, sockets } = await serve((req, res, body) => {
      running += 1;
      mostRunning = Math.max(mostRunning, running);
      setTimeout(() => {
        running -= 1;
        echo(req, res, body);
      }, 30);
    });
    const client = clientFor(url, { connections: 2 });
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => client.post(`{"i":${i}}`, {})));
    expect(answers.map((a) => JSON.parse(a.text).data.echo)).toEqual(Array.from({ length: 6 }, (_, i) => `{"i":${i}}`));
    expect(mostRunning).toBe(2);
    expect(sockets).toHaveLength(2);
    for (let i = 0; i < 3; i++) await client.post('{}', {});
    expect(sockets).toHaveLength(2);
  });

  it('never hands a later request bytes a subgraph sent after its answer (response-queue poisoning)', async () => {
    let calls = 0;
    let poisonedClosed!: Promise<void>;
    const { url, sockets } = await serve((_req, res) => {
      calls += 1;
      res.setHeader('content-type', 'application/json');
      if (calls > 1) return void res.end(`{"n":${calls}}`);
      const socket = res.socket!;
      poisonedClosed = new Promise((resolve) => socket.once('close', () => resolve()));
      // A forged second answer, sent unasked on the connection, most likely once it is idle in the
      // client's pool; if it arrives sooner the client's parser refuses it. Either way the connection goes.
      res.end('{"n":1}', () => setTimeout(() => socket.write('HTTP/1.1 200 OK\r\ncontent-length: 13\r\n\r\n{"forged":1}\n'), 20));
    });
    const client = clientFor(url);
    expect((await client.post('{}', {})).text).toBe('{"n":1}');
    // The client drops the connection that received the forged bytes (without it, this never resolves).
    await poisonedClosed;
    expect((await client.post('{}', {})).text).toBe('{"n":2}');
    expect(sockets).toHaveLength(2);
  });

  it('gives up on a subgraph that sends nothing for longer than the timeout', async () => {
    const { url } = await serve(() => undefined);
    await expect(clientFor(url, { timeoutMs: 200 }).post('{}', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
  });

  it('rejects an answer cut off before its end', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"data":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(clientFor(url).post('{}', {})).rejects.toThrow();
  });

  it('rejects when nothing listens', async () => {
    const { url } = await serve(echo);
    const client = clientFor(url);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await expect(client.post('{}', {})).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('stops reading an answer larger than maxAnswerBytes, and reads one of exactly that size', async () => {
    const { url } = await serve((_req, res, body) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: 'é'.repeat(Number(JSON.parse(body).size)) }));
    });
    // `{"data":""}` is 11 bytes and each "é" 2 bytes in UTF-8: 50,000 of them make exactly 100,011.
    const client = clientFor(url, { maxAnswerBytes: 100_011 });
    const exact = await client.post(JSON.stringify({ size: 50_000 }), {});
    expect(Buffer.byteLength(exact.text)).toBe(100_011);
    expect(JSON.parse(exact.text).data).toBe('é'.repeat(50_000));
    await expect(client.post(JSON.stringify({ size: 50_001 }), {})).rejects.toBeInstanceOf(SubgraphAnswerTooLargeError);
    // The connection it was read from is gone; the next call still works.
    expect(JSON.parse((await client.post(JSON.stringify({ size: 3 }), {})).text).data).toBe('ééé');
  });
});
