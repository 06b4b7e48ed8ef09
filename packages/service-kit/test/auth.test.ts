import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWriteAuth, type WriteAuth } from '../src/auth.js';
import { ConfigError } from '../src/config.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const ISSUER = 'https://id.example.org/';
const AUDIENCE = 'intergov-graph';

interface TokenOptions {
  alg?: string;
  key?: CryptoKey | Uint8Array;
  kid?: string;
  exp?: number | null;
  sub?: string | null;
  iss?: string;
  aud?: string;
}

async function token(claims: JWTPayload, options: TokenOptions = {}): Promise<string> {
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', ...(options.kid ? { kid: options.kid } : {}) })
    .setIssuedAt();
  if (options.sub !== null) jwt = jwt.setSubject(options.sub ?? 'curator@example.org');
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? '5m');
  if (options.iss) jwt = jwt.setIssuer(options.iss);
  if (options.aud) jwt = jwt.setAudience(options.aud);
  return `Bearer ${await jwt.sign(options.key ?? new TextEncoder().encode(SECRET))}`;
}

async function refusal(auth: WriteAuth, authorization: string): Promise<{ code: unknown; message: string }> {
  try {
    await auth.verify(authorization);
  } catch (error) {
    return { code: (error as { extensions?: { code?: unknown } }).extensions?.code, message: (error as Error).message };
  }
  throw new Error('the token was accepted');
}

describe('JWT verification with a shared secret', () => {
  const auth = loadWriteAuth({ CURATION_ENABLED: 'true', AUTH_JWT_SECRET: SECRET });

  it('accepts a token with the scope, exp and sub', async () => {
    expect(await auth.verify(await token({ scope: 'curate' }))).toEqual({ subject: 'curator@example.org', scopes: ['curate'] });
  });

  it.each([
    ['no exp (a token that never expires)', { exp: null }, /no "exp" claim/],
    ['no sub', { sub: null }, /no "sub" claim/],
    ['a disallowed algorithm (HS512 when HS256 is allowed)', { alg: 'HS512' }, /algorithm this service does not accept/],
  ])('refuses a token with %s', async (_case, options, message) => {
    const { code, message: text } = await refusal(auth, await token({ scope: 'curate' }, options as TokenOptions));
    expect(code).toBe('UNAUTHENTICATED');
    expect(text).toMatch(message);
  });

  it('identifies the caller of a read without failing on a bad token', async () => {
    expect(await auth.identify(await token({ scope: 'read' }))).toMatchObject({ subject: 'curator@example.org' });
    expect(await auth.identify(await token({ scope: 'curate' }, { exp: null }))).toBeNull();
    expect(await auth.identify(undefined)).toBeNull();
  });
});

describe('JWT verification with a JWKS', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  /** The same RSA key, usable for PS256: a valid signature by the right key, with an algorithm not allowed. */
  let sameKeyForPss: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    sameKeyForPss = (await importJWK(await exportJWK(pair.privateKey), 'PS256')) as CryptoKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks.json`;
  });

  afterAll(() => server?.close());

  const jwksAuth = () => loadWriteAuth({ CURATION_ENABLED: 'true', AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
  const signed = (options: TokenOptions = {}) =>
    token({ scope: 'curate' }, { alg: 'RS256', key: privateKey, kid: 'k1', iss: ISSUER, aud: AUDIENCE, ...options });

  it('accepts a token of the expected issuer and audience', async () => {
    expect((await jwksAuth().verify(await signed())).subject).toBe('curator@example.org');
  });

  it.each([
    ['a wrong audience (another app of the same provider)', { aud: 'another-app' }, /"aud" claim is not one/],
    ['a wrong issuer', { iss: 'https://evil.example.org/' }, /"iss" claim is not one/],
    ['a disallowed algorithm (PS256 when RS256 and ES256 are allowed)', { alg: 'PS256' }, /algorithm this service does not accept/],
    ['no exp', { exp: null }, /no "exp" claim/],
  ])('refuses a token with %s', async (_case, options, message) => {
    const key = (options as TokenOptions).alg === 'PS256' ? { key: sameKeyForPss } : {};
    const { code, message: text } = await refusal(jwksAuth(), await signed({ ...(options as TokenOptions), ...key }));
    expect(code).toBe('UNAUTHENTICATED');
    expect(text).toMatch(message);
  });

  it('refuses to start with a plain-http JWKS URL that is not local', () => {
    const env = {
      CURATION_ENABLED: 'true',
      AUTH_JWKS_URL: 'http://id.example.org/jwks.json',
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
    };
    expect(() => loadWriteAuth(env)).toThrow(ConfigError);
    expect(() => loadWriteAuth(env)).toThrow(/AUTH_JWKS_URL=.*https:\/\/ URL/);
  });

  it('refuses to start without issuer and audience', () => {
    expect(() => loadWriteAuth({ CURATION_ENABLED: 'true', AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER })).toThrow(
      /AUTH_ISSUER and AUTH_AUDIENCE/,
    );
  });

  it('refuses to start with both keys, or an algorithm the key cannot verify', () => {
    const both = { AUTH_JWT_SECRET: SECRET, AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };
    expect(() => loadWriteAuth(both)).toThrow(/both set/);
    const confused = { AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_ALGORITHMS: 'HS256' };
    expect(() => loadWriteAuth(confused)).toThrow(/HS256 cannot verify with this key/);
  });
});
