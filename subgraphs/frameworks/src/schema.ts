import { buildFederatedSchema, PageInfo } from '@igc/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import {
  FrameworkResolver,
  FrameworkRoleResolver,
  OrganizationFrameworksResolver,
  ProvisionResolver,
} from './modules/framework/framework.resolver.js';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [FrameworkResolver, ProvisionResolver, FrameworkRoleResolver, OrganizationFrameworksResolver],
      orphanedTypes: [PageInfo],
    },
    {
      Framework: { __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.framework.load(ref.id) },
      // Owned by the entities subgraph: the key is all this subgraph needs.
      Organization: { __resolveReference: (ref: { id: string }) => ref },
    } as never,
  );
}
