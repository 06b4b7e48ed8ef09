import { SIGNATURE_HEADER, signOperation } from '@igc/service-kit/signing';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Headers that sign an operation as the gateway does, for tests that call a subgraph directly. */
export function signedHeaders(
  signingSecret: string,
  operation: { query: string; variables?: Record<string, unknown> },
): Record<string, string> {
  return { [SIGNATURE_HEADER]: signOperation(signingSecret, operation) };
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
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
