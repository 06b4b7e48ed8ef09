import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, Kind, visit, type ValidationContext, type ValidationRule } from 'graphql';

/** As GraphQL Armor's Apollo wiring does: a refusal is a validation error, not a thrown one. */
const reported = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message))],
};

export interface SubgraphLimits {
  maxDepth: number;
  maxAliases: number;
  /** `_entities` representations one request may ask for. */
  maxRepresentations: number;
}

/**
 * A subgraph's own limits, so it is no side door around the gateway's: depth and aliases
 * (looser than the gateway's, since query plans add a level for `_entities`), and a cap on
 * the entity representations of one request.
 */
export function subgraphLimits<T extends BaseContext>(
  limits: SubgraphLimits,
): { validationRules: ValidationRule[]; plugin: ApolloServerPlugin<T> } {
  return {
    validationRules: [
      maxDepthRule({ n: limits.maxDepth, ...reported }) as unknown as ValidationRule,
      maxAliasesRule({ n: limits.maxAliases, ...reported }) as unknown as ValidationRule,
    ],
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, request }) {
            let count = 0;
            visit(document, {
              Field(field) {
                if (field.name.value !== '_entities') return;
                const argument = field.arguments?.find((a) => a.name.value === 'representations')?.value;
                if (argument?.kind === Kind.LIST) count += argument.values.length;
                if (argument?.kind === Kind.VARIABLE) {
                  const value = request.variables?.[argument.name.value];
                  count += Array.isArray(value) ? value.length : 0;
                }
              },
            });
            if (count > limits.maxRepresentations) {
              throw new GraphQLError(`At most ${limits.maxRepresentations} entity representations per request (got ${count}).`, {
                extensions: { code: 'BAD_USER_INPUT', maximum: limits.maxRepresentations },
              });
            }
          },
        };
      },
    },
  };
}
