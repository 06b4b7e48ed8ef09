import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Requests from the gateway to a subgraph carry an HMAC-SHA256 of the exact request body,
 * keyed with SUBGRAPH_SIGNING_SECRET (as webhook signatures sign the raw payload): a subgraph
 * answers only what the gateway, which applies the public limits, sent. Signing the bytes
 * sent, not a re-serialization of the operation, lets the subgraph refuse before it parses
 * and spares both sides a second serialization of large entity representations.
 */
export const SIGNATURE_HEADER = 'x-gateway-signature';

export function signRequestBody(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

/** Constant-time comparison of the header with the signature the body should carry. */
export function verifyRequestBodySignature(secret: string, signature: string | undefined, body: string): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signRequestBody(secret, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
