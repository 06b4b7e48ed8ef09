import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { SIGNATURE_HEADER, signOperation } from '@igc/service-kit';

export interface GatewayContext {
  requestId: string;
  /** Forwarded to the subgraphs, which verify it for writes. */
  authorization?: string;
}

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** SUBGRAPH_SIGNING_SECRET: when set, every request carries its signature (subgraphs refuse others). */
  signingSecret?: string;

  /** Subgraph queries in flight, by what determines their answer. */
  private readonly inflight = new Map<string, Promise<SubgraphResponse>>();

  constructor(
    private readonly serviceName: string,
    private readonly timeoutMs: number,
    private readonly deduplicate: boolean,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(config);
  }

  /**
   * Identical subgraph queries in flight at the same time share one request (as Hive Gateway's
   * `deduplicateInflightRequests` and Apollo Router's `deduplicate_query` do): the data is
   * read-only, so they would get the same answer. Mutations are never shared. Each caller gets
   * its own copy, since the gateway merges into the response.
   */
  override async process(options: ProcessOptions): Promise<SubgraphResponse> {
    const operation = 'incomingRequestContext' in options ? options.incomingRequestContext.operation?.operation : undefined;
    if (!this.deduplicate || operation !== 'query') return this.processOnce(options);
    const key = JSON.stringify([options.request.query, options.request.variables ?? null, options.context?.authorization ?? null]);
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.processOnce(options).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    const response = await pending;
    return { ...response, data: response.data && structuredClone(response.data), errors: response.errors && structuredClone(response.errors) };
  }

  /** A subgraph that is down or slow yields an error naming it; the rest of the query still answers. */
  private async processOnce(options: ProcessOptions): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const reason = timedOut ? `did not answer within ${this.timeoutMs} ms` : 'is unreachable';
      throw new GraphQLError(`The ${this.serviceName} service ${reason}; its part of the result is missing.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    }
  }

  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
    if (this.signingSecret) request.http?.headers.set(SIGNATURE_HEADER, signOperation(this.signingSecret, request));
  }
}
