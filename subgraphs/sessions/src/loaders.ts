import type { EntityManager } from '@mikro-orm/postgresql';
import { batchScopedLoader, byIdLoader, groupLoader } from '@igc/service-kit';
import { AgendaItem } from './modules/agenda/agenda-item.entity.js';
import { DocumentReference } from './modules/document/document-reference.entity.js';
import { Document } from './modules/document/document.entity.js';
import { DocumentRepository } from './modules/document/document.repository.js';
import { ParagraphRepository } from './modules/document/paragraph.repository.js';
import { OutcomeRepository } from './modules/outcome/outcome.repository.js';
import { SessionRepository } from './modules/session/session.repository.js';
import { Paragraph } from './modules/document/paragraph.entity.js';
import { Outcome } from './modules/outcome/outcome.entity.js';
import { Session } from './modules/session/session.entity.js';

/** Per-request loaders: each batches every lookup of its kind in a request into one query. */
export function createLoaders(em: EntityManager) {
  const byPosition = { position: 'asc' } as const;
  return {
    session: byIdLoader(em, Session),
    document: byIdLoader(em, Document),
    paragraph: byIdLoader(em, Paragraph),
    agendaItem: byIdLoader(em, AgendaItem),
    documentBySymbol: batchScopedLoader<string, Document | null>(async (symbols) => {
      const rows = await em.find(Document, { symbol: { $in: [...symbols] } });
      const bySymbol = new Map(rows.map((row) => [row.symbol, row]));
      return symbols.map((symbol) => bySymbol.get(symbol) ?? null);
    }),
    agendaBySession: groupLoader(em, AgendaItem, 'session', (item) => item.session.id, byPosition, { parent: null }),
    subItemsByParent: groupLoader(em, AgendaItem, 'parent', (item) => item.parent?.id, byPosition),
    documentsBySession: groupLoader(em, Document, 'session', (doc) => doc.session?.id, { date: 'asc', id: 'asc' }),
    outcomesBySession: groupLoader(em, Outcome, 'session', (o) => o.session.id, { paragraph: { position: 'asc' }, id: 'asc' }),
    outcomesByAgendaItem: groupLoader(em, Outcome, 'agendaItem', (o) => o.agendaItem?.id, { id: 'asc' }),
    endorsementsOfFramework: em.getRepository(Outcome).pagesLoader(OutcomeRepository.endorsing),
    paragraphsByAgendaItem: groupLoader(em, Paragraph, 'agendaItem', (p) => p.agendaItem?.id, byPosition),
    referencesByDocument: groupLoader(em, DocumentReference, 'citingDocument', (r) => r.citingDocument.id, { id: 'asc' }),
    citingDocuments: em.getRepository(Document).pagesLoader(DocumentRepository.citing),
    sessionsConvenedBy: em.getRepository(Session).pagesLoader(SessionRepository.convenedBy),
    paragraphsOfDocument: em.getRepository(Paragraph).pagesLoader(ParagraphRepository.ofDocument),
    paragraphsMentioningSession: em.getRepository(Paragraph).pagesLoader(ParagraphRepository.mentioningSession),
    paragraphsMentioningOrganization: em.getRepository(Paragraph).pagesLoader(ParagraphRepository.mentioningOrganization),
    paragraphsMentioningPerson: em.getRepository(Paragraph).pagesLoader(ParagraphRepository.mentioningPerson),
    sourceDocumentsOfFramework: batchScopedLoader<string, Document[]>((ids) => em.getRepository(Document).containingFrameworks(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
