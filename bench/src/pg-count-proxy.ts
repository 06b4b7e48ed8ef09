/**
 * A PostgreSQL wire-protocol proxy that counts SQL statements, one listener per subgraph, run
 * as a child process of the benchmark (started with `fork`, answers `counts` over IPC).
 *
 * It reads only the message framing of what clients send: after the startup message, every
 * frontend message is a type byte and a length. A simple query ('Q') or an Execute ('E') of
 * the extended protocol is one statement. Bytes are forwarded unchanged, so the subgraphs run
 * their own code against the real database; the only cost is one local hop.
 *
 * argv: <upstreamHost> <upstreamPort> <name>=<listenPort> ...
 */
import { createConnection, createServer, type Socket } from 'node:net';

const [upstreamHost, upstreamPortText, ...listeners] = process.argv.slice(2);
const upstreamPort = Number(upstreamPortText);
const counts: Record<string, number> = {};

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const Q = 0x51;
const E = 0x45;

/** Counts statements in one client's byte stream, across arbitrary chunk boundaries. */
function statementCounter(name: string) {
  let startup = true;
  let header = Buffer.alloc(0); // bytes of an incomplete header
  let skip = 0; // body bytes of the current message still to pass
  return (chunk: Buffer) => {
    let offset = 0;
    while (offset < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - offset);
        skip -= n;
        offset += n;
        continue;
      }
      const headerLength = startup ? 8 : 5;
      const need = headerLength - header.length;
      const take = chunk.subarray(offset, offset + need);
      header = header.length ? Buffer.concat([header, take]) : Buffer.from(take);
      offset += take.length;
      if (header.length < headerLength) break;
      if (startup) {
        const length = header.readInt32BE(0);
        const code = header.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
        skip = length - 8;
      } else {
        const type = header[0]!;
        const length = header.readInt32BE(1);
        if (type === Q || type === E) counts[name] = (counts[name] ?? 0) + 1;
        skip = length - 4;
      }
      header = Buffer.alloc(0);
    }
  };
}

for (const spec of listeners) {
  const [name, port] = spec.split('=') as [string, string];
  counts[name] = 0;
  const server = createServer((client: Socket) => {
    const upstream = createConnection({ host: upstreamHost, port: upstreamPort });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const count = statementCounter(name);
    client.on('data', (chunk: Buffer) => {
      count(chunk);
      if (!upstream.write(chunk)) client.pause();
    });
    upstream.on('drain', () => client.resume());
    upstream.on('data', (chunk: Buffer) => {
      if (!client.write(chunk)) upstream.pause();
    });
    client.on('drain', () => upstream.resume());
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  server.listen(Number(port), '127.0.0.1', () => process.send?.({ listening: name }));
}

process.on('message', (message: unknown) => {
  if (message === 'counts') process.send?.({ counts: { ...counts } });
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
