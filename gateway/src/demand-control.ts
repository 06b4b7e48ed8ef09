import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse } from 'graphql';
import { CostEstimator, readCostTable } from './cost-estimator.js';

export interface DemandControlOptions {
  /** Operations estimated above this are refused before any subgraph is called. */
  maxCost: number;
  /** Size assumed for a list that declares no `@listSize`. */
  defaultListSize: number;
}

export interface OperationCost {
  estimated: number;
  max: number;
}

/**
 * List-aware demand control, as Apollo Router's and Hive Gateway's: every operation is priced
 * from the supergraph's `@cost`/`@listSize` (read once, here) once it is validated and its
 * operation known. Over the limit, the answer is a `COST_ESTIMATED_TOO_EXPENSIVE` error naming
 * the estimate and the limit; every answer carries `extensions.cost` ({ estimated, max }).
 */
export function demandControl<TContext extends object>(supergraphSdl: string, options: DemandControlOptions): ApolloServerPlugin<TContext> {
  const estimator = new CostEstimator(readCostTable(parse(supergraphSdl)), options.defaultListSize);
  return {
    async requestDidStart() {
      let cost: OperationCost | undefined;
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const estimated = estimator.estimate({ document, operation, variables: request.variables ?? {} });
          cost = { estimated, max: options.maxCost };
          if (estimated > options.maxCost) {
            throw new GraphQLError(
              `Operation cost ${estimated} exceeds the maximum of ${options.maxCost}: ask for smaller pages ("first") ` +
                'or fewer nested lists.',
              { extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost, http: { status: 400 } } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
