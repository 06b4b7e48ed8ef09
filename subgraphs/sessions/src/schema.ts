import { buildFederatedSchema, PageInfo } from '@igc/service-kit';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { AgendaItemResolver } from './modules/agenda/agenda-item.resolver.js';
import { DocumentReferenceResolver, DocumentResolver } from './modules/document/document.resolver.js';
import { ParagraphResolver } from './modules/document/paragraph.resolver.js';
import {
  FrameworkSessionsResolver,
  OrganizationSessionsResolver,
  PersonSessionsResolver,
} from './modules/federated/federated.resolver.js';
import { OutcomeResolver } from './modules/outcome/outcome.resolver.js';
import { SearchResolver } from './modules/search/search.resolver.js';
import { SessionResolver } from './modules/session/session.resolver.js';

const byId = (loader: 'session' | 'document' | 'paragraph') => ({
  __resolveReference: (reference: { id: string }, { loaders }: Context) => loaders[loader].load(reference.id),
});
// Entities owned elsewhere: this subgraph only needs the key to resolve the fields it adds.
const identity = { __resolveReference: (reference: { id: string }) => reference };

export function buildSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
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
    {
      Session: byId('session'),
      Document: byId('document'),
      Paragraph: byId('paragraph'),
      Organization: identity,
      Person: identity,
      Framework: identity,
    } as never,
  );
}
