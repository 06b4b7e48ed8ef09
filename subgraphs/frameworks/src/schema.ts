import { buildFederatedSchema, PageInfo } from '@igc/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { OrganizationFrameworksResolver } from './modules/federated/organization-frameworks.resolver.js';
import { FrameworkRoleResolver } from './modules/framework/framework-role.resolver.js';
import { resolveFrameworkReference } from './modules/framework/framework.reference.js';
import { FrameworkResolver } from './modules/framework/framework.resolver.js';
import { ProvisionResolver } from './modules/framework/provision.resolver.js';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<Context>(
    {
      resolvers: [FrameworkResolver, ProvisionResolver, FrameworkRoleResolver, OrganizationFrameworksResolver],
      orphanedTypes: [PageInfo],
    },
    // Organization (modules/federated/organization.ref.ts) is owned by the entities subgraph: the key is all this subgraph needs.
    { Framework: resolveFrameworkReference },
  );
}
