import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { attachApollo, createHttpServer, createLogger, formatError, listen, requestLogging } from '@igc/service-kit';
import type { GatewayConfig } from './config.js';
import { sandboxLandingPage } from './sandbox.js';
import { persistedOperations } from './persisted-operations.js';

export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

interface GatewayContext {
  requestId: string;
  /** Forwarded to the subgraphs, which verify it for writes. */
  authorization?: string;
}

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Subgraph queries in flight, by what determines their answer. */
  private readonly inflight = new Map<string, Promise<SubgraphResponse>>();

  constructor(
    private readonly serviceName: string,
    private readonly timeoutMs: number,
    private readonly deduplicate: boolean,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(config);
  }

  /**
   * Identical subgraph queries in flight at the same time share one request (as Hive Gateway's
   * `deduplicateInflightRequests` and Apollo Router's `deduplicate_query` do): the data is
   * read-only, so they would get the same answer. Mutations are never shared. Each caller gets
   * its own copy, since the gateway merges into the response.
   */
  override async process(options: ProcessOptions): Promise<SubgraphResponse> {
    const operation = 'incomingRequestContext' in options ? options.incomingRequestContext.operation?.operation : undefined;
    if (!this.deduplicate || operation !== 'query') return this.processOnce(options);
    const key = JSON.stringify([options.request.query, options.request.variables ?? null, options.context?.authorization ?? null]);
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.processOnce(options).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const response = await pending;
    return { ...response, data: response.data && structuredClone(response.data), errors: response.errors && structuredClone(response.errors) };
  }

  /** A subgraph that is down or slow yields an error naming it; the rest of the query still answers. */
  private async processOnce(options: ProcessOptions): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const reason = timedOut ? `did not answer within ${this.timeoutMs} ms` : 'is unreachable';
      throw new GraphQLError(`The ${this.serviceName} service ${reason}; its part of the result is missing.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    }
  }

  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

export async function startGateway(config: GatewayConfig) {
  const logger = createLogger('gateway', config.logLevel);
  const supergraphSdl = readFileSync(config.supergraphPath ?? DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const subgraphHealthUrls: string[] = [];
  const gateway = new ApolloGateway({
    // Composed ahead of time (npm run compose): no introspection of subgraphs at run time.
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url!;
      subgraphHealthUrls.push(new URL('/ready', target).toString());
      return new SubgraphDataSource(name, config.subgraphTimeoutMs, config.deduplicateSubgraphQueries, {
        url: target,
        // Node's fetch (undici) keeps connections to subgraphs alive; every call gets a deadline.
        fetcher: ((input: string, init: RequestInit) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(config.subgraphTimeoutMs) })) as never,
      });
    },
  });
  const httpServer = createHttpServer();
  const production = config.nodeEnv === 'production';
  // Operation limits: each refusal is a GRAPHQL_VALIDATION_FAILED error naming the limit and its value.
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: config.limits.maxDirectives },
    maxTokens: { n: config.limits.maxTokens },
    costLimit: { maxCost: config.limits.maxCost },
    blockFieldSuggestion: { enabled: production },
  });
  // Armor's typings come from Apollo's CJS build: the same plugins, typed against the other copy.
  const protection = armor.protect() as unknown as { plugins: ApolloServerPlugin<GatewayContext>[]; validationRules: ValidationRule[] };
  const persisted = persistedOperations<GatewayContext>(config.persistedOperations, { introspection: config.introspection });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    persistedQueries: persisted.persistedQueries,
    validationRules: protection.validationRules,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    plugins: [
      persisted.plugin,
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogging(logger),
      config.introspection ? ApolloServerPluginLandingPageLocalDefault(sandboxLandingPage) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  attachApollo(httpServer, apollo, {
    logger,
    maxBodyBytes: config.limits.maxBodyBytes,
    context: async (req, requestId) => ({ requestId, authorization: req.headers.authorization }),
    ready: async () => {
      const answers = await Promise.all(
        subgraphHealthUrls.map((url) =>
          fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false),
        ),
      );
      return answers.every(Boolean);
    },
  });
  await listen(httpServer, config.port, config.host);
  const url = `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return { url, stop: () => apollo.stop(), logger };
}
