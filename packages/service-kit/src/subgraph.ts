import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { loadWriteAuth, type WriteAuth } from './auth.js';
import { loadSubgraphConfig, type SubgraphConfig } from './config.js';
import { databaseIsReady, forkForRequest, initORM, type DatabaseOptions } from './database.js';
import { formatError, maskedErrorLogging } from './error-masking.js';
import { attachApollo, createHttpServer, listen, onShutdown } from './http-server.js';
import { createLogger, type Logger } from './logger.js';
import { requestLogging } from './request-logging.js';
import { subgraphLimits } from './subgraph-limits.js';
import { Metrics, requestMetrics } from './metrics.js';

/** What every resolver of a subgraph receives. */
export interface SubgraphContext<TLoaders = unknown> extends BaseContext {
  /** A fork of the EntityManager for this request only: its identity map dies with the request. */
  em: EntityManager;
  loaders: TLoaders;
  requestId: string;
  logger: Logger;
  /** The Authorization header, forwarded by the gateway; only writes look at it. */
  authorization: string | undefined;
  /** Verifies bearer tokens for writes. */
  auth: WriteAuth;
}

export interface SubgraphDefinition<TLoaders> {
  name: string;
  defaultPort: number;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  buildSchema: () => Promise<GraphQLSchema>;
  createLoaders: (em: EntityManager) => TLoaders;
}

export interface RunningSubgraph {
  config: SubgraphConfig;
  orm: MikroORM;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts one subgraph process: validated configuration, database migrated forward,
 * GraphQL at `/graphql`, `/health` and `/ready`, graceful shutdown on SIGTERM/SIGINT.
 */
export async function startSubgraph<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  options: { env?: NodeJS.ProcessEnv; onQuery?: (sql: string) => void; handleSignals?: boolean } = {},
): Promise<RunningSubgraph> {
  const config = loadSubgraphConfig(definition.name, definition.defaultPort, options.env);
  const auth = loadWriteAuth(options.env);
  const logger = createLogger(`subgraph-${definition.name}`, config.logLevel);
  const orm = await initORM({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    onQuery: options.onQuery,
    poolSize: config.poolMax,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const schema = await definition.buildSchema();
  const httpServer = createHttpServer();
  const production = config.nodeEnv === 'production';
  const limits = subgraphLimits<SubgraphContext<TLoaders>>(config.limits);
  const metrics = new Metrics(`subgraph-${definition.name}`);
  const pool = (await orm.em.getConnection().getNativeClient()) as { totalCount: number; idleCount: number; waitingCount: number };
  metrics.gauge('db_pool_connections', 'Open database connections of the pool.', () => pool.totalCount);
  metrics.gauge('db_pool_idle_connections', 'Idle database connections of the pool.', () => pool.idleCount);
  metrics.gauge('db_pool_waiting_requests', 'Queries waiting for a free pool connection.', () => pool.waitingCount);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    // The gateway never sends persisted queries; behind it, introspection serves only development.
    persistedQueries: false,
    validationRules: limits.validationRules,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogging(logger),
      maskedErrorLogging(logger, production),
      limits.plugin,
      requestMetrics(metrics),
      // The graph changes only through ingestion, so every answer is cacheable for a while;
      // types and fields may lower it with @cacheControl. The gateway combines the headers.
      ApolloServerPluginCacheControl({ defaultMaxAge: config.cacheMaxAge }),
      // No Apollo Studio here: do not compute federated traces on every request.
      ApolloServerPluginInlineTraceDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();
  attachApollo(httpServer, apollo, {
    logger,
    signingSecret: config.signingSecret,
    metrics: { render: () => metrics.render(), token: config.metricsToken },
    ready: () => databaseIsReady(orm),
    context: async (req, requestId, signal) => {
      // A caller that hangs up (the gateway past its deadline) stops costing the database.
      const em = forkForRequest(orm, signal);
      return {
        em,
        loaders: definition.createLoaders(em),
        requestId,
        logger: logger.child({ requestId }),
        authorization: req.headers.authorization,
        auth,
      };
    },
  });
  await listen(httpServer, config.port, config.host);
  const url = `http://${config.host}:${config.port}/graphql`;
  logger.info({ url, schema: config.databaseSchema }, 'subgraph ready');
  const stop = async () => {
    await apollo.stop();
    await orm.close();
  };
  if (options.handleSignals ?? true) onShutdown(logger, [stop]);
  return { config, orm, url, stop };
}

/** Entry point helper: start, or print the reason and exit non-zero. */
export function runSubgraphMain<TLoaders>(definition: SubgraphDefinition<TLoaders>): void {
  startSubgraph(definition).catch((error: unknown) => {
    console.error(`[${definition.name}] failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
