import { configSchemas, readEnv } from '@igc/service-kit';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, error: 'an http(s):// URL' });

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const values = readEnv(
    {
      HOST: z.string().min(1).default('127.0.0.1'),
      GATEWAY_PORT: configSchemas.port.default(4000),
      SESSIONS_URL: url.optional(),
      ENTITIES_URL: url.optional(),
      FRAMEWORKS_URL: url.optional(),
      SUPERGRAPH_PATH: z.string().min(1).optional(),
      DEDUPLICATE_SUBGRAPH_QUERIES: z.enum(['true', 'false']).default('true'),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
      SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(1).max(1024).default(32),
      MAX_DEPTH: z.coerce.number().int().min(1).default(12),
      MAX_ALIASES: z.coerce.number().int().min(0).default(30),
      MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
      MAX_TOKENS: z.coerce.number().int().min(10).default(5000),
      MAX_COST: z.coerce.number().int().min(1).default(50_000),
      MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
      INTROSPECTION: z.enum(['true', 'false']).optional(),
      LOG_LEVEL: configSchemas.logLevel.default('info'),
      NODE_ENV: configSchemas.nodeEnv.default('development'),
      PERSISTED_OPERATIONS: z.enum(['off', 'allow', 'only']).default('allow'),
      PERSISTED_OPERATIONS_MANIFEST: z.string().min(1).optional(),
    },
    env,
  );
  return {
    host: values.HOST,
    port: values.GATEWAY_PORT,
    subgraphUrls: {
      sessions: values.SESSIONS_URL,
      entities: values.ENTITIES_URL,
      frameworks: values.FRAMEWORKS_URL,
    } as Record<string, string | undefined>,
    supergraphPath: values.SUPERGRAPH_PATH,
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    subgraphConnections: values.SUBGRAPH_CONNECTIONS,
    deduplicateSubgraphQueries: values.DEDUPLICATE_SUBGRAPH_QUERIES === 'true',
    limits: {
      maxDepth: values.MAX_DEPTH,
      maxAliases: values.MAX_ALIASES,
      maxDirectives: values.MAX_DIRECTIVES,
      maxTokens: values.MAX_TOKENS,
      maxCost: values.MAX_COST,
      maxBodyBytes: values.MAX_BODY_BYTES,
    },
    logLevel: values.LOG_LEVEL,
    nodeEnv: values.NODE_ENV,
    /** Introspection and Sandbox: on in development, off in production unless INTROSPECTION=true. */
    introspection: values.INTROSPECTION ? values.INTROSPECTION === 'true' : values.NODE_ENV !== 'production',
    persistedOperations: { mode: values.PERSISTED_OPERATIONS, manifestPath: values.PERSISTED_OPERATIONS_MANIFEST },
  };
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
