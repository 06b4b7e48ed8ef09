import { buildFederatedSchema, PageInfo } from '@igc/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { AgendaItemResolver } from './modules/agenda/agenda-item.resolver.js';
import { DocumentReferenceResolver } from './modules/document/document-reference.resolver.js';
import { resolveDocumentReference } from './modules/document/document.reference.js';
import { DocumentResolver } from './modules/document/document.resolver.js';
import { resolveParagraphReference } from './modules/document/paragraph.reference.js';
import { ParagraphResolver } from './modules/document/paragraph.resolver.js';
import { FrameworkSessionsResolver } from './modules/federated/framework-sessions.resolver.js';
import { OrganizationSessionsResolver } from './modules/federated/organization-sessions.resolver.js';
import { PersonSessionsResolver } from './modules/federated/person-sessions.resolver.js';
import { OutcomeResolver } from './modules/outcome/outcome.resolver.js';
import { SearchResolver } from './modules/search/search.resolver.js';
import { resolveSessionReference } from './modules/session/session.reference.js';
import { SessionResolver } from './modules/session/session.resolver.js';

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<Context>(
    {
      resolvers: [
        SessionResolver,
        AgendaItemResolver,
        DocumentResolver,
        DocumentReferenceResolver,
        ParagraphResolver,
        OutcomeResolver,
        SearchResolver,
        OrganizationSessionsResolver,
        PersonSessionsResolver,
        FrameworkSessionsResolver,
      ],
      orphanedTypes: [PageInfo],
    },
    // Organization, Person and Framework (modules/federated/*.ref.ts) are owned elsewhere: the key is all this subgraph needs.
    { Session: resolveSessionReference, Document: resolveDocumentReference, Paragraph: resolveParagraphReference },
  );
}
