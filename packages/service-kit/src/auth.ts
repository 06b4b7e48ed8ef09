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
  /** The curator behind a write: a valid token with the scope, or a typed error. */
  verify(authorization: string | undefined): Promise<Principal>;
  /** Whoever a valid token names, whatever its scopes; null for no or an invalid token (reads never fail on it). */
  identify(authorization: string | undefined): Promise<Principal | null>;
}

const SYMMETRIC = ['HS256', 'HS384', 'HS512'] as const;
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const authShape = {
  CURATION_ENABLED: z.enum(['true', 'false']).default('false'),
  AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  AUTH_JWKS_URL: z
    .url()
    .refine((value) => {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
    }, 'an https:// URL (plain http only for localhost)')
    .optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_ALGORITHMS: z.string().min(1).optional(),
  CURATION_SCOPE: z.string().min(1).default('curate'),
};

function problem(message: string): ConfigError {
  return new ConfigError(`Invalid configuration:\n  ${message}`);
}

/**
 * Bearer tokens are checked strictly: a signature by the one configured key (AUTH_JWT_SECRET
 * for HMAC, or AUTH_JWKS_URL, never both), an algorithm from the allowlist, `exp` and `sub`
 * present, and with JWKS the issuer and audience this service expects (a token another app of the
 * same identity provider got must not pass). Writes (curation) are off unless
 * CURATION_ENABLED=true; then a key is required or start-up fails. There is no default secret.
 */
export function loadWriteAuth(env: NodeJS.ProcessEnv = process.env): WriteAuth {
  const config = readEnv(authShape, env);
  const enabled = config.CURATION_ENABLED === 'true';
  if (config.AUTH_JWT_SECRET && config.AUTH_JWKS_URL) {
    throw problem('AUTH_JWT_SECRET and AUTH_JWKS_URL are both set: configure one key to verify tokens, not two.');
  }
  if (enabled && !config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) {
    throw problem('CURATION_ENABLED=true needs a key to verify tokens: set AUTH_JWT_SECRET (HS256, 32+ characters) or AUTH_JWKS_URL.');
  }
  if (config.AUTH_JWKS_URL && (!config.AUTH_ISSUER || !config.AUTH_AUDIENCE)) {
    throw problem('AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE: the "iss" and "aud" tokens for this service carry.');
  }
  const symmetric = !!config.AUTH_JWT_SECRET;
  const allowed: readonly string[] = symmetric ? SYMMETRIC : ASYMMETRIC;
  const algorithms = (config.AUTH_ALGORITHMS ?? (symmetric ? 'HS256' : 'RS256,ES256')).split(',').map((a) => a.trim());
  const wrong = algorithms.filter((a) => !allowed.includes(a));
  if (wrong.length) {
    const given = JSON.stringify(config.AUTH_ALGORITHMS);
    throw problem(`AUTH_ALGORITHMS=${given}: ${wrong.join(', ')} cannot verify with this key; use ${allowed.join(', ')}.`);
  }
  const key: Uint8Array | JWTVerifyGetKey | null = config.AUTH_JWT_SECRET
    ? new TextEncoder().encode(config.AUTH_JWT_SECRET)
    : config.AUTH_JWKS_URL
      ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL))
      : null;
  const scope = config.CURATION_SCOPE;
  const options = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, algorithms, requiredClaims: ['exp', 'sub'] };

  async function principalOf(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, options));
    } catch (error) {
      throw authError('UNAUTHENTICATED', `Authentication failed: ${reasonOf(error as JoseFailure)}.`);
    }
    const scp = Array.isArray(payload.scp) ? (payload.scp as string[]) : [];
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : scp;
    return { subject: payload.sub!, scopes };
  }

  return {
    enabled,
    scope,
    async verify(authorization) {
      if (!enabled || !key) throw authError('FORBIDDEN', 'Curation is disabled on this service (CURATION_ENABLED is not true).');
      const token = bearerToken(authorization);
      if (!token) throw authError('UNAUTHENTICATED', 'Send a bearer token: "Authorization: Bearer <JWT>".');
      const principal = await principalOf(token);
      if (!principal.scopes.includes(scope)) throw authError('FORBIDDEN', `The token lacks the "${scope}" scope needed to curate.`);
      return principal;
    },
    async identify(authorization) {
      const token = bearerToken(authorization);
      if (!key || !token) return null;
      return principalOf(token).catch(() => null);
    },
  };
}

function bearerToken(authorization: string | undefined): string | undefined {
  return authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/** What to fix, without echoing the token. */
interface JoseFailure {
  code?: string;
  claim?: string;
  reason?: string;
}

function reasonOf(error: JoseFailure): string {
  if (error.code === 'ERR_JWT_EXPIRED') return 'the token has expired';
  if (error.code === 'ERR_JOSE_ALG_NOT_ALLOWED') return 'the token is signed with an algorithm this service does not accept';
  if (error.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && error.claim) {
    if (error.reason === 'missing') return `the token has no "${error.claim}" claim`;
    return `the token's "${error.claim}" claim is not one this service accepts`;
  }
  return 'the token is not valid';
}

/** A typed error in a 200 response: a non-2xx status would make the gateway drop the message. */
function authError(code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
