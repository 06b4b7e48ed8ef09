import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader.js';
import { SIGNATURE_HEADER, signRequestBody } from '@igc/service-kit';
import { GraphQLError } from 'graphql';
import rfdc from 'rfdc';
import { SubgraphAnswerTooLargeError, SubgraphClient, type SubgraphHttpAnswer, SubgraphTimeoutError } from './subgraph-client.js';
import { batchEntityFetches, type EntityFetch, isEntityFetch, splitBatchResult, type SubgraphResult } from './entity-fetch-batch.js';

export interface GatewayContext {
  requestId: string;
  /** Forwarded to the subgraphs, which verify it for writes. */
  authorization?: string;
}

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

interface PendingFetch {
  options: ProcessOptions;
  resolve: (response: SubgraphResponse) => void;
  reject: (error: unknown) => void;
}

/** Well under a subgraph's alias limit (SUBGRAPH_MAX_ALIASES, 60 by default): one alias per fetch. */
const MAX_FETCHES_PER_BATCH = 16;
/** A subgraph's default cap on representations per request (MAX_ENTITY_REPRESENTATIONS): a batch never passes it where the fetches alone would not. */
const MAX_REPRESENTATIONS_PER_BATCH = 10_000;

/** A subgraph's HTTP answer: callers that share one request each get their own copy of its body. */
interface SubgraphAnswer extends SubgraphHttpAnswer {
  /** The JSON body, parsed once by the first caller of a shared answer; never handed out itself. */
  parsed?: { body: unknown };
}

/** A deep copy of parsed JSON: ~5× cheaper than parsing the 12 KB search answer again (bench/README.md). */
const copyJson = rfdc({ proto: false, circles: false });

export interface SubgraphDataSourceOptions {
  url: string;
  timeoutMs: number;
  /** Share one request among identical queries in flight. */
  deduplicate: boolean;
  /** Send the entity fetches one plan step makes to this subgraph as one request. */
  batchEntityFetches: boolean;
  /** Most keep-alive connections to the subgraph; requests past it wait in the gateway's queue. */
  connections: number;
  /** The most read of one answer; past it the call fails (SUBGRAPH_MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
  /** SUBGRAPH_SIGNING_SECRET: when set, every request carries its signature (subgraphs refuse others). */
  signingSecret?: string;
  /** Observes each HTTP call to the subgraph (the gateway's metrics); `ok` is a 2xx status. */
  observe?: (call: () => Promise<{ ok: boolean }>) => Promise<unknown>;
}

/**
 * Sends the gateway's subgraph requests over keep-alive connections per subgraph
 * (`SubgraphClient`: no WHATWG Request/Response/stream objects per call, as `fetch` makes), and
 * shares identical queries in flight.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Subgraph queries in flight, by what determines their answer. */
  private readonly inflight = new Map<string, Promise<SubgraphAnswer>>();
  /** Entity fetches waiting for the rest of their plan step, by incoming request. */
  private readonly pendingFetches = new Map<object, PendingFetch[]>();
  private readonly client: SubgraphClient;

  constructor(
    private readonly serviceName: string,
    private readonly options: SubgraphDataSourceOptions,
  ) {
    super({ url: options.url });
    this.client = new SubgraphClient(options.url, {
      connections: options.connections,
      timeoutMs: options.timeoutMs,
      maxAnswerBytes: options.maxAnswerBytes,
    });
  }

  /** Entity fetches wait for the rest of their plan step, to go as one request; anything else goes out at once. */
  override process(options: ProcessOptions): Promise<SubgraphResponse> {
    if (this.options.batchEntityFetches && 'incomingRequestContext' in options && isEntityFetch(options.request.variables)) {
      return this.enqueue(options.incomingRequestContext, options);
    }
    return this.exchange(options);
  }

  /**
   * A plan step starts its fetches together (Apollo Gateway's `Parallel` calls `process` for
   * each in one go), so the fetches of one incoming request that reach this subgraph before the
   * queued promise jobs have run belong to one step; they are sent as one request.
   */
  private enqueue(request: object, options: ProcessOptions): Promise<SubgraphResponse> {
    return new Promise((resolve, reject) => {
      const pending = this.pendingFetches.get(request);
      if (pending) return void pending.push({ options, resolve, reject });
      this.pendingFetches.set(request, [{ options, resolve, reject }]);
      // As DataLoader schedules its batches: after the promise jobs already queued.
      void Promise.resolve().then(() =>
        process.nextTick(() => {
          const fetches = this.pendingFetches.get(request)!;
          this.pendingFetches.delete(request);
          void this.sendBatch(fetches);
        }),
      );
    });
  }

  private async sendBatch(fetches: PendingFetch[]): Promise<void> {
    if (fetches.length > MAX_FETCHES_PER_BATCH) {
      const chunks = Array.from({ length: Math.ceil(fetches.length / MAX_FETCHES_PER_BATCH) }, (_, i) =>
        fetches.slice(i * MAX_FETCHES_PER_BATCH, (i + 1) * MAX_FETCHES_PER_BATCH),
      );
      await Promise.all(chunks.map((chunk) => this.sendBatch(chunk)));
      return;
    }
    const inputs = fetches.map(({ options }) => options.request as EntityFetch);
    const representations = inputs.reduce(
      (sum, { variables }) => sum + (Array.isArray(variables.representations) ? variables.representations.length : 0),
      0,
    );
    const batch = fetches.length > 1 && representations <= MAX_REPRESENTATIONS_PER_BATCH ? batchEntityFetches(inputs) : undefined;
    if (!batch) {
      for (const fetch of fetches) this.exchange(fetch.options).then(fetch.resolve, fetch.reject);
      return;
    }
    try {
      const [first] = fetches as [PendingFetch];
      const result = await this.exchange({ ...first.options, request: { ...batch } } as ProcessOptions);
      const results = splitBatchResult(result as SubgraphResult, fetches.length);
      for (const [index, fetch] of fetches.entries()) fetch.resolve(results[index] as SubgraphResponse);
    } catch (error) {
      for (const fetch of fetches) fetch.reject(error);
    }
  }

  /**
   * Identical subgraph queries in flight at the same time share one request (as Hive Gateway's
   * `deduplicateInflightRequests` and Apollo Router's `deduplicate_query` do): the data is
   * read-only, so they would get the same answer. Mutations are never shared. The answer is
   * parsed once and each caller gets its own deep copy, since the gateway merges into it.
   */
  private async exchange(options: ProcessOptions): Promise<SubgraphResponse> {
    const { request } = options;
    request.http = { method: 'POST', url: this.url, headers: new Headers({ 'content-type': 'application/json' }) };
    await this.willSendRequest(options);
    const { http, ...payload } = request;
    if (!payload.query) throw new Error('Missing query');
    const body = JSON.stringify(payload);
    const headers: Record<string, string> = {};
    for (const [name, value] of http.headers) headers[name] = value;
    const operation = 'incomingRequestContext' in options ? options.incomingRequestContext.operation?.operation : undefined;
    const shared = this.options.deduplicate && operation === 'query';
    const answer = shared ? await this.shared(body, headers) : await this.send(body, headers);
    const response = this.parse(answer, shared);
    if ('incomingRequestContext' in options) {
      this.restrictCachePolicy(options.incomingRequestContext.overallCachePolicy, answer.cacheControl);
    }
    return response;
  }

  /** The operation's cache policy can be no longer-lived or more public than each subgraph answer in it. */
  private restrictCachePolicy(policy: unknown, header: string | undefined) {
    if (!policy || typeof policy !== 'object' || !('restrict' in policy) || typeof policy.restrict !== 'function') return;
    const parsed = parseCacheControlHeader(header);
    const maxAge = parsed['max-age'];
    policy.restrict({
      maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
      ...(parsed.private === true ? { scope: 'PRIVATE' } : parsed.public === true ? { scope: 'PUBLIC' } : {}),
    });
  }

  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /** Closes the keep-alive connections. */
  close(): void {
    this.client.close();
  }

  private shared(body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
    // The request id differs per caller and does not change the answer; the authorization may.
    const key = headers.authorization ? `${headers.authorization}\n${body}` : body;
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.send(body, headers).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  /** A subgraph that is down or slow yields an error naming it; the rest of the query still answers. */
  private async send(body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
    // Signed here, once per request sent: callers that share a request share its signature.
    if (this.options.signingSecret) headers[SIGNATURE_HEADER] = signRequestBody(this.options.signingSecret, body);
    try {
      const call = async (): Promise<SubgraphAnswer & { ok: boolean }> => {
        const answer = await this.client.post(body, headers);
        return { ...answer, ok: answer.status >= 200 && answer.status < 300 };
      };
      if (!this.options.observe) return await call();
      let answer: SubgraphAnswer | undefined;
      await this.options.observe(async () => (answer = await call()));
      return answer!;
    } catch (error) {
      const reason =
        error instanceof SubgraphAnswerTooLargeError
          ? `answered with more than ${error.maxBytes} bytes`
          : error instanceof SubgraphTimeoutError
            ? `did not answer within ${this.options.timeoutMs} ms`
            : 'is unreachable';
      throw new GraphQLError(`The ${this.serviceName} service ${reason}; its part of the result is missing.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    }
  }

  /** The caller's own copy of the answer; a non-2xx status is an error carrying the body, as Apollo's data source makes it. */
  private parse(answer: SubgraphAnswer, shared: boolean): SubgraphResponse {
    const json = answer.contentType.startsWith('application/json') || answer.contentType.startsWith('application/graphql-response+json');
    const statusText = STATUS_CODES[answer.status] ?? '';
    if (answer.status < 200 || answer.status > 299) {
      throw new GraphQLError(`${answer.status}: ${statusText}`, {
        extensions: {
          ...(answer.status === 401 ? { code: 'UNAUTHENTICATED' } : answer.status === 403 ? { code: 'FORBIDDEN' } : {}),
          response: { url: this.url, status: answer.status, statusText, body: json ? safeParse(answer.text) : answer.text },
        },
      });
    }
    const body = json ? ownBody(answer, shared) : undefined;
    if (typeof body !== 'object' || body === null) {
      throw new GraphQLError(`The ${this.serviceName} service answered without a JSON body; its part of the result is missing.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    }
    return body as SubgraphResponse;
  }
}

/** The answer's JSON body for one caller: a shared answer is parsed once and each caller gets a copy. */
function ownBody(answer: SubgraphAnswer, shared: boolean): unknown {
  if (!shared) return safeParse(answer.text);
  answer.parsed ??= { body: safeParse(answer.text) };
  return copyJson(answer.parsed.body);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
