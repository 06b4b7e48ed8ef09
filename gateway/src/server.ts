import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { attachApollo, createHttpServer, createLogger, formatError, listen } from '@igc/service-kit';
import type { GatewayConfig } from './config.js';

export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

interface GatewayContext {
  requestId: string;
}

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
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
      return new SubgraphDataSource({
        url: target,
        // Node's fetch (undici) keeps connections to subgraphs alive; every call gets a deadline.
        fetcher: ((input: string, init: RequestInit) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(config.subgraphTimeoutMs) })) as never,
      });
    },
  });
  const httpServer = createHttpServer();
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();
  attachApollo(httpServer, apollo, {
    logger,
    context: async (_req, requestId) => ({ requestId }),
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
