// A small typed GraphQL client: generated documents in, typed results out.
//
// Each document carries the sha256 of its text in the persisted-documents manifest
// (`__meta__.hash`). The client first sends only that hash (Apollo's automatic persisted query
// protocol); a gateway that knows the manifest answers at once, and a gateway running with
// PERSISTED_OPERATIONS=only accepts nothing else. A gateway that does not know the hash answers
// PERSISTED_QUERY_NOT_FOUND, and the client then sends the full text (and stops sending that
// hash first for the rest of the page's life).
import { useEffect, useState } from 'react';
import type { TypedDocumentString } from './gql/graphql';

export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Result<TData> {
  data: TData | null;
  /** Errors that came with (partial) data, e.g. a subgraph that did not answer. */
  errors: GraphQLErrorPayload[];
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorPayload[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** Where the app sends its operations: the Vite proxy to the gateway unless VITE_GRAPHQL_URL says otherwise. */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

const unknownHashes = new Set<string>();
const PERSISTED_MISSES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

export function operationName(document: { toString(): string }): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document.toString())?.[1];
}

export function persistedHash(document: { __meta__?: Record<string, unknown> }): string | undefined {
  const hash = document.__meta__?.hash;
  return typeof hash === 'string' ? hash.replace(/^sha256:/, '') : undefined;
}

interface Payload {
  data?: unknown;
  errors?: GraphQLErrorPayload[];
}

async function post(body: unknown, signal: AbortSignal | undefined, fetcher: typeof fetch, url: string): Promise<Payload> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: 'POST',
      // application/json keeps Apollo Server's CSRF prevention satisfied (not a "simple" request).
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError(`The API at ${url} cannot be reached (${(error as Error).message}).`);
  }
  let payload: Payload;
  try {
    payload = (await response.json()) as Payload;
  } catch {
    throw new GraphQLRequestError(
      `The API answered ${response.status} ${response.statusText} without a GraphQL response.`,
      [],
      response.status,
    );
  }
  return payload;
}

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { signal?: AbortSignal; fetcher?: typeof fetch; url?: string } = {},
): Promise<Result<TResult>> {
  const fetcher = options.fetcher ?? fetch;
  const url = options.url ?? GRAPHQL_URL;
  const name = operationName(document);
  const hash = persistedHash(document);
  let payload: Payload | undefined;
  if (hash && !unknownHashes.has(hash)) {
    payload = await post(
      { operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      options.signal,
      fetcher,
      url,
    );
    if (payload.errors?.some((e) => PERSISTED_MISSES.has(e.extensions?.code ?? ''))) {
      unknownHashes.add(hash);
      payload = undefined;
    }
  }
  payload ??= await post({ query: document.toString(), operationName: name, variables }, options.signal, fetcher, url);
  const errors = payload.errors ?? [];
  if (payload.data === undefined || payload.data === null) {
    if (errors.length) throw new GraphQLRequestError(errors.map((e) => e.message).join('\n'), errors);
    throw new GraphQLRequestError('The API returned neither data nor errors.');
  }
  return { data: payload.data as TResult, errors };
}

export interface QueryState<TResult> {
  loading: boolean;
  data: TResult | null;
  errors: GraphQLErrorPayload[];
  error: Error | null;
}

/** Runs a query when the component mounts and whenever its variables change. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult> & { key?: string }>({ loading: true, data: null, errors: [], error: null });
  useEffect(() => {
    const controller = new AbortController();
    setState({ loading: true, data: null, errors: [], error: null, key });
    execute(document, JSON.parse(key) as TVariables, { signal: controller.signal }).then(
      (result) => setState({ loading: false, data: result.data, errors: result.errors, error: null, key }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ loading: false, data: null, errors: [], error, key });
      },
    );
    return () => controller.abort();
  }, [document, key]);
  // Until the effect has run for new variables, report loading rather than the previous answer.
  return state.key === key ? state : { loading: true, data: null, errors: [], error: null };
}
