/**
 * The change proposed for gateway/src/server.ts, measured without editing the gateway: loaded
 * with `node --import` before `gateway/dist/main.js`, it wraps `RemoteGraphQLDataSource#process`
 * (which the gateway's SubgraphDataSource calls through `super.process`) so identical in-flight
 * subgraph queries share one request — what Hive Gateway does by default
 * (`deduplicateInflightRequests`) and Apollo Router does with `traffic_shaping.deduplicate_query`.
 *
 * Only queries of incoming operations are shared; mutations, health checks and schema loading
 * pass through. The key holds the subgraph URL, the subgraph query, its variables and the
 * forwarded Authorization header (the only header that can change an answer). Every caller
 * gets its own copy of the response (data, errors, extensions), since the gateway merges into it.
 */
import gateway from '@apollo/gateway';

const { RemoteGraphQLDataSource } = gateway;
/** GraphQLDataSourceRequestKind.INCOMING_OPERATION (the enum is not exported from the package root). */
const INCOMING_OPERATION = 'incoming operation';
type Process = InstanceType<typeof RemoteGraphQLDataSource>['process'];
type Options = Parameters<Process>[0];
type Response = Awaited<ReturnType<Process>>;

const original = RemoteGraphQLDataSource.prototype.process;
const inflight = new Map<string, Promise<Response>>();
let shared = 0;

RemoteGraphQLDataSource.prototype.process = function process(this: InstanceType<typeof RemoteGraphQLDataSource>, options: Options) {
  const incoming = options.kind === INCOMING_OPERATION ? (options as Extract<Options, { incomingRequestContext: unknown }>) : null;
  if (incoming?.incomingRequestContext.operation?.operation !== 'query') {
    return original.call(this, options);
  }
  const authorization = (options.context as { authorization?: string } | undefined)?.authorization ?? null;
  const key = JSON.stringify([this.url, options.request.query, options.request.variables ?? null, authorization]);
  let pending = inflight.get(key);
  if (pending) shared += 1;
  else {
    pending = original.call(this, options).finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  // Every caller, the first one included, gets its own copy: the gateway merges into the response.
  return pending.then(copy);
};

function copy(response: Response): Response {
  return {
    ...response,
    data: response.data && structuredClone(response.data),
    errors: response.errors && structuredClone(response.errors),
    extensions: response.extensions && structuredClone(response.extensions),
  };
}

process.on('exit', () => {
  if (process.env.DEDUPE_REPORT) console.error(`[gateway-dedupe] ${shared} subgraph requests shared`);
});
