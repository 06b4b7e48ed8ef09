import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, ValidationRule } from 'graphql';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  admission,
  attachApollo,
  createHttpServer,
  createLogger,
  formatError,
  listen,
  MAX_PAGE_SIZE,
  maskedErrorLogging,
  requestLogging,
  requestMetrics,
} from '@igc/service-kit';
import type { GatewayConfig } from './config.js';
import { demandControl } from './demand-control.js';
import { sandboxLandingPage } from './sandbox.js';
import { graphiqlRoute, withGraphiqlLink } from './graphiql.js';
import { memoizeExecutionOperations } from './operation-memo.js';
import { persistedOperations } from './persisted-operations.js';
import { rateLimit } from './rate-limit.js';
import { GatewayMetrics } from './metrics.js';
import { type GatewayContext, SubgraphDataSource } from './subgraph-data-source.js';

export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

export async function startGateway(config: GatewayConfig) {
  const logger = createLogger('gateway', config.logLevel);
  const supergraphSdl = readFileSync(config.supergraphPath ?? DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const subgraphHealthUrls: string[] = [];
  const metrics = new GatewayMetrics();
  const dataSources: SubgraphDataSource[] = [];
  memoizeExecutionOperations();
  const gateway = new ApolloGateway({
    // Composed ahead of time (npm run compose): no introspection of subgraphs at run time.
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url!;
      subgraphHealthUrls.push(new URL('/ready', target).toString());
      const source = new SubgraphDataSource(name, {
        url: target,
        timeoutMs: config.subgraphTimeoutMs,
        deduplicate: config.deduplicateSubgraphQueries,
        batchEntityFetches: config.batchEntityFetches,
        connections: config.subgraphConnections,
        maxAnswerBytes: config.subgraphMaxAnswerBytes,
        signingSecret: config.signingSecret,
        observe: (call) => metrics.timeSubgraph(name, call),
      });
      dataSources.push(source);
      return source;
    },
  });
  const httpServer = createHttpServer();
  const production = config.nodeEnv === 'production';
  // Operation limits: each refusal is a GRAPHQL_VALIDATION_FAILED error naming the limit and its value.
  // Armor's cost limit is off: it ignores list sizes; demand control prices operations instead.
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: config.limits.maxDirectives },
    maxTokens: { n: config.limits.maxTokens },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  // Armor's typings come from Apollo's CJS build: the same plugins, typed against the other copy.
  const protection = armor.protect() as unknown as { plugins: ApolloServerPlugin<GatewayContext>[]; validationRules: ValidationRule[] };
  const persisted = persistedOperations<GatewayContext>(config.persistedOperations, {
    introspection: config.introspection,
    bounds: config.caches.persistedQueries,
  });
  const documentStore = new InMemoryLRUCache<DocumentNode>({ maxSize: config.caches.documentBytes });
  // Memory held by operations in flight grows with this bound, not with the number of clients.
  const operations = admission(config.admission);
  metrics.gauge('operations_running', 'GraphQL operations the gateway is executing.', () => operations.running);
  metrics.gauge('operations_waiting', 'GraphQL operations waiting for MAX_CONCURRENT_OPERATIONS.', () => operations.waiting);
  metrics.gauge('document_cache_entries', 'Parsed and validated operations held by the document cache.', () => documentStore.keys().length);
  metrics.gauge('apq_cache_bytes', 'Bytes of automatic persisted queries registered.', () => persisted.cache?.size ?? 0);
  metrics.gauge('apq_cache_entries', 'Automatic persisted queries registered.', () => persisted.cache?.entries ?? 0);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    persistedQueries: persisted.persistedQueries,
    documentStore,
    validationRules: protection.validationRules,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    plugins: [
      persisted.plugin,
      ...protection.plugins,
      demandControl<GatewayContext>(supergraphSdl, { maxCost: config.limits.maxCost, defaultListSize: MAX_PAGE_SIZE }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogging(logger),
      maskedErrorLogging(logger, production),
      requestMetrics(metrics),
      config.introspection
        ? withGraphiqlLink(ApolloServerPluginLandingPageLocalDefault(sandboxLandingPage))
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  attachApollo(httpServer, apollo, {
    logger,
    maxBodyBytes: config.limits.maxBodyBytes,
    routes: graphiqlRoute({ enabled: config.introspection }),
    metrics: config.metrics.enabled ? { render: () => metrics.render(), token: config.metrics.token } : undefined,
    admit: rateLimit(config.rateLimitPerMinute, (authorization) => config.auth.identify(authorization)),
    admission: operations,
    context: async (req, requestId) => ({ requestId, authorization: req.headers.authorization }),
    ready: async () => {
      const answers = await Promise.all(
        subgraphHealthUrls.map((url) =>
          fetch(url, { signal: AbortSignal.timeout(2000) }).then(
            (r) => r.ok,
            () => false,
          ),
        ),
      );
      return answers.every(Boolean);
    },
  });
  await listen(httpServer, config.port, config.host);
  const url = `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}/graphql`;
  logger.info({ url }, 'gateway ready');
  const stop = async () => {
    await apollo.stop();
    for (const source of dataSources) source.close();
  };
  return { url, stop, logger, persistedQueryCache: persisted.cache };
}
