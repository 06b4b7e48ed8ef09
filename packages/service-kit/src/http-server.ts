import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { type Admission, AtCapacityError } from './admission.js';
import { releaseMemoryWhenIdle } from './idle-memory.js';
import type { Logger } from './logger.js';
import { SIGNATURE_HEADER, verifyRequestBodySignature } from './signing.js';

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  logger: Logger;
  /**
   * Builds the per-request context (an EntityManager fork, loaders...). `signal` aborts when the
   * client disconnects before the answer is sent.
   */
  context: (req: IncomingMessage, requestId: string, signal: AbortSignal) => Promise<TContext>;
  /** Readiness: the database answers, for the gateway its subgraphs. */
  ready: () => Promise<boolean>;
  maxBodyBytes?: number;
  /** Answers paths other than GraphQL's (the gateway's /graphiql); returns true when it handled the request. */
  routes?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
  /** Prometheus metrics at `/metrics`; with `token`, only for `Authorization: Bearer <token>`. */
  metrics?: { render: () => Promise<{ contentType: string; body: string }>; token?: string };
  /** Called before each GraphQL request; false means it already answered (e.g. 429 from a rate limit). */
  admit?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Bounds the GraphQL operations running at once (and waiting); past it, 503 with Retry-After. */
  admission?: Admission;
  /** When set, GraphQL requests must carry the gateway's signature (see signing.ts); others get 401. */
  signingSecret?: string;
}

/** An error that must reach the client as JSON with a typed code. */
function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Reads the body up to `limit` bytes. Past the limit the rest is drained (not kept) so the client
 * can read the 413 answer instead of a reset connection; an abusive upload is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | 'TOO_LARGE'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * 16) req.destroy();
    });
    req.on('end', () => resolve(size > limit ? 'TOO_LARGE' : Buffer.concat(chunks).toString('utf8')));
    req.on('close', () => size > limit && resolve('TOO_LARGE'));
    req.on('error', reject);
  });
}

/** A client's request id is kept only when it is short and plain: it is echoed, logged and forwarded. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Creates the process's HTTP server: `/health` (live), `/ready` (dependencies answer) and
 * GraphQL on every other path (POST, and GET for queries and the Sandbox landing page).
 * Apollo Server is attached later with {@link attachApollo}, because its drain plugin
 * needs the server first. When it goes idle, V8's spare heap goes back to the system.
 */
export function createHttpServer(): Server {
  const server = createServer();
  releaseMemoryWhenIdle(server);
  return server;
}

export function attachApollo<TContext extends BaseContext>(
  server: Server,
  apollo: ApolloServer<TContext>,
  options: GraphQLHttpOptions<TContext>,
): void {
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    if (url.pathname === '/ready') {
      void options.ready().then((ok) => {
        res.statusCode = ok ? 200 : 503;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ status: ok ? 'ready' : 'unavailable' }));
      });
      return;
    }
    if (options.routes?.(req, res, url)) return;
    if (url.pathname === '/metrics' && options.metrics) {
      serveMetrics(req, res, options.metrics);
      return;
    }
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    void handleGraphQL(req, res, url, requestId).catch((error: unknown) => {
      options.logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    if (options.admit && !(await options.admit(req, res))) return;
    if (!options.admission) return executeGraphQL(req, res, url, requestId);
    try {
      // A client that left while its operation waited costs nothing more.
      await options.admission.run(async () => (res.closed ? undefined : executeGraphQL(req, res, url, requestId)));
    } catch (error) {
      if (!(error instanceof AtCapacityError)) throw error;
      res.setHeader('retry-after', '1');
      sendError(res, 503, 'SERVICE_UNAVAILABLE', error.message);
    }
  }

  async function executeGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      if (raw === 'TOO_LARGE') {
        sendError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body exceeds the limit of ${maxBodyBytes} bytes.`);
        return;
      }
      if (options.signingSecret && !signedByGateway(options.signingSecret, req, raw)) return refuseUnsigned(res);
      const contentType = headers.get('content-type') ?? '';
      if (contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json')) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
          return;
        }
      } else {
        body = raw;
      }
    } else if (options.signingSecret) {
      return refuseUnsigned(res);
    }
    const disconnected = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) disconnected.abort(new Error('The client disconnected before the answer was sent.'));
    });
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: () => options.context(req, requestId, disconnected.signal),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

function serveMetrics(req: IncomingMessage, res: ServerResponse, metrics: NonNullable<GraphQLHttpOptions<BaseContext>['metrics']>): void {
  if (metrics.token && !sameSecret(req.headers.authorization ?? '', `Bearer ${metrics.token}`)) {
    sendError(res, 401, 'UNAUTHENTICATED', 'Metrics need "Authorization: Bearer <METRICS_TOKEN>".');
    return;
  }
  void metrics.render().then(({ contentType, body }) => {
    res.setHeader('content-type', contentType);
    res.end(body);
  });
}

/** Constant-time comparison (of digests, so lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function signedByGateway(secret: string, req: IncomingMessage, raw: string): boolean {
  const signature = req.headers[SIGNATURE_HEADER];
  return verifyRequestBodySignature(secret, typeof signature === 'string' ? signature : undefined, raw);
}

function refuseUnsigned(res: ServerResponse): void {
  sendError(res, 401, 'UNAUTHENTICATED', 'This service answers only requests signed by the gateway; send your request to the gateway.');
}

export async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${host} is already in use; stop what holds it or choose another port.`)
          : error,
      );
    });
    server.listen(port, host, () => resolvePromise());
  });
}

/** Stops the process cleanly on SIGTERM/SIGINT: the steps run in order, then the process exits. */
export function onShutdown(logger: Logger, steps: Array<() => Promise<unknown>>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        logger.error({ err: error }, 'shutdown step failed');
      }
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
