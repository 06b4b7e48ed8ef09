import http from 'node:http';
import https from 'node:https';

/** What a subgraph answered over HTTP, before the gateway reads it as GraphQL. */
export interface SubgraphHttpAnswer {
  status: number;
  contentType: string;
  /** The subgraph's Cache-Control, which bounds the gateway's (as RemoteGraphQLDataSource honors it). */
  cacheControl: string | undefined;
  text: string;
}

/** The subgraph sent nothing for longer than the timeout, waiting for its headers or between parts of its body. */
export class SubgraphTimeoutError extends Error {
  readonly code = 'SUBGRAPH_TIMEOUT';
}

/** The answer passed the most the gateway reads of one (SUBGRAPH_MAX_ANSWER_BYTES). */
export class SubgraphAnswerTooLargeError extends Error {
  readonly code = 'SUBGRAPH_ANSWER_TOO_LARGE';
  constructor(readonly maxBytes: number) {
    super(`The answer exceeds ${maxBytes} bytes.`);
  }
}

/** SUBGRAPH_MAX_ANSWER_BYTES by default: far above any answer the public limits let an operation ask for. */
export const DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/**
 * POSTs to one subgraph over keep-alive HTTP/1.1 connections, at most `connections` at once
 * (more requests wait in the agent's queue).
 *
 * node:http's `Agent`, not undici's `Pool`: since GHSA-35p6-xmwp-9g52, undici holds every
 * request on a reused idle connection until the event loop's next check phase, so under load
 * each subgraph request waits for the rest of a busy poll phase. Node's agent guards its idle
 * connections against the same response-queue poisoning without waiting: a free socket that
 * receives any byte is destroyed. bench/README.md has the before and after.
 */
export class SubgraphClient {
  private readonly agent: http.Agent;
  private readonly send: typeof http.request;
  private readonly target: { hostname: string; port: string; path: string };

  constructor(
    url: string,
    private readonly options: { connections: number; timeoutMs: number; maxAnswerBytes?: number },
  ) {
    const parsed = new URL(url);
    const secure = parsed.protocol === 'https:';
    this.send = secure ? https.request : http.request;
    this.agent = new (secure ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: options.connections });
    // URL keeps the brackets of an IPv6 host; the socket wants the bare address.
    const hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    this.target = { hostname, port: parsed.port, path: `${parsed.pathname}${parsed.search}` };
  }

  post(body: string, headers: Record<string, string>): Promise<SubgraphHttpAnswer> {
    return new Promise((resolve, reject) => {
      const request = this.send(
        {
          ...this.target,
          method: 'POST',
          agent: this.agent,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (response) => {
          const maxBytes = this.options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
          const chunks: Buffer[] = [];
          let bytes = 0;
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (bytes > maxBytes) {
              const error = new SubgraphAnswerTooLargeError(maxBytes);
              reject(error);
              return void request.destroy(error);
            }
            chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('close', () => {
            if (!response.complete) reject(new Error('The subgraph closed the connection before the end of its answer.'));
          });
          response.on('end', () => {
            const cacheControl = response.headers['cache-control'];
            resolve({
              status: response.statusCode ?? 0,
              contentType: response.headers['content-type'] ?? '',
              cacheControl,
              text: Buffer.concat(chunks, bytes).toString('utf8'),
            });
          });
        },
      );
      // Inactivity on the connection, as undici's headersTimeout and bodyTimeout measured it.
      request.setTimeout(this.options.timeoutMs, () =>
        request.destroy(new SubgraphTimeoutError(`No answer within ${this.options.timeoutMs} ms.`)),
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Closes the keep-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}
