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
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
      LOG_LEVEL: configSchemas.logLevel.default('info'),
      NODE_ENV: configSchemas.nodeEnv.default('development'),
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
    logLevel: values.LOG_LEVEL,
    nodeEnv: values.NODE_ENV,
  };
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
