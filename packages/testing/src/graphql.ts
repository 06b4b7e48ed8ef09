import { SIGNATURE_HEADER, signRequestBody } from '@igc/service-kit/signing';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** The body `graphql()` sends for an operation. */
const requestBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** Headers that sign an operation's body (as `graphql()` sends it) as the gateway does, for tests that call a subgraph directly. */
export function signedHeaders(
  signingSecret: string,
  operation: { query: string; variables?: Record<string, unknown> },
): Record<string, string> {
  return { [SIGNATURE_HEADER]: signRequestBody(signingSecret, requestBody(operation.query, operation.variables)) };
}

/** POSTs a GraphQL operation and returns the parsed JSON body; `signingSecret` signs it as the gateway would. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { signingSecret?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.signingSecret ? signedHeaders(options.signingSecret, { query, variables }) : {}),
      ...options.headers,
    },
    body: requestBody(query, variables),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
