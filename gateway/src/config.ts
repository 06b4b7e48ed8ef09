import { configSchemas, loadWriteAuth, readEnv, requireSigningSecret } from '@igc/service-kit';
import { z } from 'zod';
import { DEFAULT_MAX_ANSWER_BYTES } from './subgraph-client.js';

const url = z.url({ protocol: /^https?$/, error: 'an http(s):// URL' });

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const values = readEnv(
    {
      GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
      GATEWAY_PORT: configSchemas.port.default(4000),
      SESSIONS_URL: url.optional(),
      ENTITIES_URL: url.optional(),
      FRAMEWORKS_URL: url.optional(),
      SUPERGRAPH_PATH: z.string().min(1).optional(),
      DEDUPLICATE_SUBGRAPH_QUERIES: z.enum(['true', 'false']).default('true'),
      BATCH_ENTITY_FETCHES: z.enum(['true', 'false']).default('true'),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
      SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(1).max(1024).default(32),
      SUBGRAPH_MAX_ANSWER_BYTES: z.coerce.number().int().min(65_536).default(DEFAULT_MAX_ANSWER_BYTES),
      MAX_CONCURRENT_OPERATIONS: z.coerce.number().int().min(1).max(10_000).default(64),
      MAX_WAITING_OPERATIONS: z.coerce.number().int().min(0).max(100_000).default(1024),
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
      SUBGRAPH_SIGNING_SECRET: configSchemas.signingSecret.optional(),
      RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).optional(),
      METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
      PERSISTED_QUERY_MAX_BYTES: z.coerce.number().int().min(256).default(16_384),
      APQ_CACHE_BYTES: z.coerce
        .number()
        .int()
        .min(65_536)
        .default(8 * 1024 * 1024),
      DOCUMENT_CACHE_BYTES: z.coerce
        .number()
        .int()
        .min(65_536)
        .default(16 * 1024 * 1024),
    },
    env,
  );
  return {
    /** The gateway alone binds GATEWAY_HOST; subgraphs and the database stay on their own interfaces. */
    host: values.GATEWAY_HOST,
    port: values.GATEWAY_PORT,
    subgraphUrls: {
      sessions: values.SESSIONS_URL,
      entities: values.ENTITIES_URL,
      frameworks: values.FRAMEWORKS_URL,
    } as Record<string, string | undefined>,
    supergraphPath: values.SUPERGRAPH_PATH,
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    /** Signs every request to a subgraph; required in production. */
    signingSecret: requireSigningSecret(values.SUBGRAPH_SIGNING_SECRET, values.NODE_ENV),
    subgraphConnections: values.SUBGRAPH_CONNECTIONS,
    /** The most the gateway reads of one subgraph answer: a runaway subgraph cannot fill its memory. */
    subgraphMaxAnswerBytes: values.SUBGRAPH_MAX_ANSWER_BYTES,
    admission: { concurrency: values.MAX_CONCURRENT_OPERATIONS, queue: values.MAX_WAITING_OPERATIONS },
    deduplicateSubgraphQueries: values.DEDUPLICATE_SUBGRAPH_QUERIES === 'true',
    batchEntityFetches: values.BATCH_ENTITY_FETCHES === 'true',
    limits: {
      maxDepth: values.MAX_DEPTH,
      maxAliases: values.MAX_ALIASES,
      maxDirectives: values.MAX_DIRECTIVES,
      maxTokens: values.MAX_TOKENS,
      maxCost: values.MAX_COST,
      maxBodyBytes: values.MAX_BODY_BYTES,
    },
    /** Requests per minute per client (token subject, else IP); 0 = off. On (600) by default in production. */
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE ?? (values.NODE_ENV === 'production' ? 600 : 0),
    /** The same token checks as the subgraphs (AUTH_*): the rate limit counts a verified subject, not a claimed one. */
    auth: loadWriteAuth(env),
    /** `/metrics`: behind METRICS_TOKEN when set; a production gateway (it is public) serves it only then. */
    metrics: { enabled: values.NODE_ENV !== 'production' || !!values.METRICS_TOKEN, token: values.METRICS_TOKEN },
    logLevel: values.LOG_LEVEL,
    nodeEnv: values.NODE_ENV,
    /** Introspection and Sandbox: on in development, off in production unless INTROSPECTION=true. */
    introspection: values.INTROSPECTION ? values.INTROSPECTION === 'true' : values.NODE_ENV !== 'production',
    persistedOperations: { mode: values.PERSISTED_OPERATIONS, manifestPath: values.PERSISTED_OPERATIONS_MANIFEST },
    caches: {
      persistedQueries: { cacheBytes: values.APQ_CACHE_BYTES, maxQueryBytes: values.PERSISTED_QUERY_MAX_BYTES },
      documentBytes: values.DOCUMENT_CACHE_BYTES,
    },
  };
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
