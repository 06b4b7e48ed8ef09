import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
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

export type ReferenceResolvers = GraphQLResolverMap<unknown>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers, as type-graphql's
 * `examples/apollo-federation-2` does: type-graphql prints the SDL with its directives,
 * `@apollo/subgraph` adds `_entities`/`_service`, and the reference resolvers
 * (`__resolveReference`) are merged into the resolver map.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as ReferenceResolvers;
  for (const [typeName, typeResolvers] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(typeResolvers as object) } as never;
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
