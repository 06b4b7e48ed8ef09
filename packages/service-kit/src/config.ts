import { z } from 'zod';

/** A configuration value is missing or invalid: the message names the variable and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = z.coerce.number().int().min(1).max(65535);
const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\//.test(v), 'a postgres:// or postgresql:// URL');
const schemaName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lowercase SQL identifier');
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const nodeEnv = z.enum(['development', 'production', 'test']);
const signingSecret = z.string().min(32, 'at least 32 characters');

export const configSchemas = { port, postgresUrl, schemaName, logLevel, nodeEnv, signingSecret };

/** SUBGRAPH_SIGNING_SECRET: optional outside production (`npm start` makes one), required in production. */
export function requireSigningSecret(secret: string | undefined, nodeEnv: string): string | undefined {
  if (!secret && nodeEnv === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  SUBGRAPH_SIGNING_SECRET=(unset): it is required in production (32+ random characters, the same for the ' +
        'gateway and every subgraph), e.g. `openssl rand -base64 48`.',
    );
  }
  return secret;
}

/**
 * Reads and validates environment variables against a zod shape whose keys are the
 * variable names. All problems are reported together, each naming its variable.
 */
export function readEnv<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    const value = env[key];
    input[key] = value === '' ? undefined : value;
  }
  const result = z.object(shape).safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const got = input[name];
    const expected = issue.code === 'invalid_type' && got === undefined ? 'it is required' : issue.message;
    return `  ${name}=${got === undefined ? '(unset)' : JSON.stringify(got)}: ${expected}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

/** The settings every subgraph process reads. */
export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  databaseUrl: string;
  databaseSchema: string;
  logLevel: z.infer<typeof logLevel>;
  nodeEnv: z.infer<typeof nodeEnv>;
  /** Seconds a response may be cached (the Cache-Control max-age of read-only data). */
  cacheMaxAge: number;
  /** PostgreSQL cancels any statement running longer than this (`statement_timeout`). */
  statementTimeoutMs: number;
  /** Most connections the subgraph holds to its database. */
  poolMax: number;
  /** When set, only requests signed with it (by the gateway) are answered. */
  signingSecret: string | undefined;
  limits: { maxDepth: number; maxAliases: number; maxRepresentations: number };
  /** When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken: string | undefined;
}

/**
 * Subgraph settings. `<NAME>_PORT`, `<NAME>_DATABASE_URL` and `<NAME>_DB_SCHEMA` override
 * the shared `DATABASE_URL`, so each subgraph can live in its own database or schema.
 */
export function loadSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const prefix = name.toUpperCase();
  const values = readEnv(
    {
      SUBGRAPH_HOST: z.string().min(1).default('127.0.0.1'),
      [`${prefix}_PORT`]: port.default(defaultPort),
      [`${prefix}_DATABASE_URL`]: postgresUrl.optional(),
      DATABASE_URL: postgresUrl.optional(),
      [`${prefix}_DB_SCHEMA`]: schemaName.default(name),
      LOG_LEVEL: logLevel.default('info'),
      NODE_ENV: nodeEnv.default('development'),
      CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(300),
      DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).default(5000),
      DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(4),
      SUBGRAPH_SIGNING_SECRET: signingSecret.optional(),
      SUBGRAPH_MAX_DEPTH: z.coerce.number().int().min(1).default(16),
      SUBGRAPH_MAX_ALIASES: z.coerce.number().int().min(0).default(60),
      MAX_ENTITY_REPRESENTATIONS: z.coerce.number().int().min(1).default(10_000),
      METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
    },
    env,
  ) as Record<string, unknown>;
  const databaseUrl = (values[`${prefix}_DATABASE_URL`] ?? values.DATABASE_URL) as string | undefined;
  if (!databaseUrl) {
    throw new ConfigError(
      `Invalid configuration:\n  DATABASE_URL (or ${prefix}_DATABASE_URL)=(unset): it is required. ` +
        '`npm start` sets it to the embedded database; set it to a PostgreSQL URL to run a subgraph alone.',
    );
  }
  return {
    name,
    host: values.SUBGRAPH_HOST as string,
    port: values[`${prefix}_PORT`] as number,
    databaseUrl,
    databaseSchema: values[`${prefix}_DB_SCHEMA`] as string,
    logLevel: values.LOG_LEVEL as SubgraphConfig['logLevel'],
    nodeEnv: values.NODE_ENV as SubgraphConfig['nodeEnv'],
    cacheMaxAge: values.CACHE_MAX_AGE as number,
    statementTimeoutMs: values.DB_STATEMENT_TIMEOUT_MS as number,
    poolMax: values.DB_POOL_MAX as number,
    signingSecret: requireSigningSecret(values.SUBGRAPH_SIGNING_SECRET as string | undefined, values.NODE_ENV as string),
    metricsToken: values.METRICS_TOKEN as string | undefined,
    limits: {
      maxDepth: values.SUBGRAPH_MAX_DEPTH as number,
      maxAliases: values.SUBGRAPH_MAX_ALIASES as number,
      maxRepresentations: values.MAX_ENTITY_REPRESENTATIONS as number,
    },
  };
}
