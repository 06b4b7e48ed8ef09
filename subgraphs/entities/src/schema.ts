import { buildFederatedSchema, PageInfo } from '@igc/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { AuditEntryResolver } from './modules/curation/audit-entry.resolver.js';
import { CurationResolver } from './modules/curation/curation.resolver.js';
import { SessionParticipantsResolver } from './modules/federated/session-participants.resolver.js';
import { AliasEvidenceResolver } from './modules/organization/alias-evidence.resolver.js';
import { resolveOrganizationReference } from './modules/organization/organization.reference.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import { AffiliationResolver } from './modules/participation/affiliation.resolver.js';
import { ParticipationResolver } from './modules/participation/participation.resolver.js';
import { resolvePersonReference } from './modules/person/person.reference.js';
import { PersonResolver } from './modules/person/person.resolver.js';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<Context>(
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
    // Session (modules/federated/session.ref.ts) is owned by the sessions subgraph: the key is all this subgraph needs.
    { Organization: resolveOrganizationReference, Person: resolvePersonReference },
  );
}
