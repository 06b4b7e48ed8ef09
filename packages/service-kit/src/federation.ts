import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/**
 * Federation 2 directives the subgraphs use (2.9 brings the demand-control directives `@cost` and
 * `@listSize`, composed into the supergraph), and Apollo's cache hints (kept out of the client API).
 */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", \
"@requires", "@provides", "@inaccessible", "@cost", "@listSize"])
enum CacheControlScope @inaccessible { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/**
 * A federation reference resolver: the entity a representation `{ __typename, id }` sent by the
 * gateway stands for (type-graphql's examples/apollo-federation-2, `*.reference.ts`). Entities
 * owned by another subgraph need none: the representation itself is then the source object.
 */
export type ReferenceResolver<TContext> = (reference: { id: string }, context: TContext) => unknown;

/** The reference resolver of each entity type this subgraph owns, by type name. */
export type ReferenceResolvers<TContext> = Record<string, ReferenceResolver<TContext>>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers, as type-graphql's
 * `examples/apollo-federation-2` does: type-graphql prints the SDL with its directives,
 * `@apollo/subgraph` adds `_entities`/`_service`, and the reference resolvers
 * (`__resolveReference`) are merged into the resolver map.
 */
export async function buildFederatedSchema<TContext>(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers<TContext> = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<TContext>;
  for (const [typeName, resolveReference] of Object.entries(referenceResolvers)) {
    const fields = resolvers[typeName] as Record<string, GraphQLFieldResolver<unknown, TContext>> | undefined;
    resolvers[typeName] = { ...fields, __resolveReference: resolveReference };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
