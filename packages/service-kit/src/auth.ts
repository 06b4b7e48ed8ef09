import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { ConfigError, readEnv } from './config.js';

/** Who a verified bearer token says the caller is. */
export interface Principal {
  subject: string;
  scopes: string[];
}

export interface WriteAuth {
  enabled: boolean;
  scope: string;
  verify(authorization: string | undefined): Promise<Principal>;
}

/**
 * Writes (curation) are off unless CURATION_ENABLED=true; then a key to verify JWT bearer tokens
 * must be configured (AUTH_JWT_SECRET for HS256, or AUTH_JWKS_URL), or start-up fails. There is
 * no default secret.
 */
export function loadWriteAuth(env: NodeJS.ProcessEnv = process.env): WriteAuth {
  const config = readEnv(
    {
      CURATION_ENABLED: z.enum(['true', 'false']).default('false'),
      AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
      AUTH_JWKS_URL: z.url().optional(),
      AUTH_ISSUER: z.string().min(1).optional(),
      AUTH_AUDIENCE: z.string().min(1).optional(),
      CURATION_SCOPE: z.string().min(1).default('curate'),
    },
    env,
  );
  const enabled = config.CURATION_ENABLED === 'true';
  if (enabled && !config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  CURATION_ENABLED=true needs a key to verify tokens: set AUTH_JWT_SECRET (HS256, 32+ characters) or AUTH_JWKS_URL.',
    );
  }
  const key: Uint8Array | JWTVerifyGetKey | null = config.AUTH_JWT_SECRET
    ? new TextEncoder().encode(config.AUTH_JWT_SECRET)
    : config.AUTH_JWKS_URL
      ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL))
      : null;
  const scope = config.CURATION_SCOPE;
  return {
    enabled,
    scope,
    async verify(authorization) {
      if (!enabled || !key) throw authError('FORBIDDEN', 'Curation is disabled on this service (CURATION_ENABLED is not true).');
      const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
      if (!token) throw authError('UNAUTHENTICATED', 'Send a bearer token: "Authorization: Bearer <JWT>".');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key as Uint8Array, { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }));
      } catch (error) {
        const reason = (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid';
        throw authError('UNAUTHENTICATED', `Authentication failed: ${reason}.`);
      }
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? (payload.scp as string[]) : [];
      if (!scopes.includes(scope)) throw authError('FORBIDDEN', `The token lacks the "${scope}" scope needed to curate.`);
      if (!payload.sub) throw authError('UNAUTHENTICATED', 'The token names no subject ("sub"): curation records who did it.');
      return { subject: payload.sub, scopes };
    },
  };
}

/** A typed error in a 200 response: a non-2xx status would make the gateway drop the message. */
function authError(code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
