import { buildFederatedSchema, PageInfo } from '@igc/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { AuditEntryResolver } from './modules/curation/audit-entry.resolver.js';
import { CurationResolver } from './modules/curation/curation.resolver.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import {
  AffiliationResolver,
  AliasEvidenceResolver,
  ParticipationResolver,
  SessionParticipantsResolver,
} from './modules/participation/participation.resolver.js';
import { PersonResolver } from './modules/person/person.resolver.js';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        OrganizationResolver,
        PersonResolver,
        ParticipationResolver,
        AffiliationResolver,
        AliasEvidenceResolver,
        SessionParticipantsResolver,
        CurationResolver,
        AuditEntryResolver,
      ],
      orphanedTypes: [PageInfo],
    },
    {
      Organization: { __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.organization.load(ref.id) },
      Person: { __resolveReference: (ref: { id: string }, { loaders }: Context) => loaders.person.load(ref.id) },
      // Owned by the sessions subgraph: the key is all this subgraph needs.
      Session: { __resolveReference: (ref: { id: string }) => ref },
    } as never,
  );
}
