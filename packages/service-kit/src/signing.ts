import { createHmac, timingSafeEqual } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/**
 * Requests from the gateway to a subgraph carry an HMAC-SHA256 of the operation, keyed with
 * SUBGRAPH_SIGNING_SECRET, as @graphql-mesh/hmac-upstream-signature signs upstream requests:
 * a subgraph answers only what the gateway (which applies the public limits) sent.
 */
export const SIGNATURE_HEADER = 'x-gateway-signature';

/** What is signed: the operation, its variables and name, serialized with sorted keys. */
export interface SignedOperation {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

const payload = ({ query, variables, operationName }: SignedOperation) =>
  stringify({ query: query ?? null, variables: variables ?? null, operationName: operationName ?? null }) ?? '';

export function signOperation(secret: string, operation: SignedOperation): string {
  return createHmac('sha256', secret).update(payload(operation)).digest('base64url');
}

/** Constant-time comparison of the header with the signature the operation should carry. */
export function verifyOperationSignature(secret: string, signature: string | undefined, operation: SignedOperation): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signOperation(secret, operation));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
