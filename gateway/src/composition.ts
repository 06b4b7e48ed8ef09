import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSchema as buildEntities } from '@igc/entities';
import { buildSchema as buildFrameworks } from '@igc/frameworks';
import { buildSchema as buildSessions } from '@igc/sessions';
import { lexicographicSortSchema, parse, printSchema } from 'graphql';

/** The subgraphs, with the URLs the committed supergraph carries (overridable at run time). */
export const SUBGRAPHS = [
  { name: 'sessions', url: 'http://127.0.0.1:4001/graphql', build: buildSessions },
  { name: 'entities', url: 'http://127.0.0.1:4002/graphql', build: buildEntities },
  { name: 'frameworks', url: 'http://127.0.0.1:4003/graphql', build: buildFrameworks },
] as const;

export interface ComposedSchemas {
  supergraphSdl: string;
  /** The client-facing API schema: what Sandbox shows and clients generate code from. */
  apiSchemaSdl: string;
}

/** Composes the subgraphs' printed SDL in process with `@apollo/composition`. */
export async function composeSupergraph(): Promise<ComposedSchemas> {
  const services = await Promise.all(
    SUBGRAPHS.map(async ({ name, url, build }) => ({
      name,
      url,
      typeDefs: parse(printSubgraphSchema(await build())),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    const details = result.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new Error(`Composition failed with ${result.errors.length} error(s):\n${details}`);
  }
  const apiSchema = lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraphSdl: `${result.supergraphSdl}\n`, apiSchemaSdl: `${printSchema(apiSchema)}\n` };
}
