import type { DocumentBatch } from '@igc/service-kit';
import type { EntityManager, SqlEntityManager } from '@mikro-orm/postgresql';
import { AgendaItem } from './modules/agenda/agenda-item.entity.js';
import { DocumentReference } from './modules/document/document-reference.entity.js';
import { Document, DocumentKind } from './modules/document/document.entity.js';
import { Paragraph } from './modules/document/paragraph.entity.js';
import { SourceText } from './modules/document/source-text.entity.js';
import { Outcome, OutcomeKind } from './modules/outcome/outcome.entity.js';
import { Session, SessionStatus } from './modules/session/session.entity.js';

/**
 * Loads what one document contributes to this subgraph, in one transaction: sessions are
 * upserted (merged values), the document's own rows (paragraphs, agenda items it records,
 * citations, outcomes) are replaced. Running it twice leaves the same rows.
 */
export async function ingestSessionsBatch(em: EntityManager, batch: DocumentBatch): Promise<void> {
  const { document } = batch;
  await em.transactional(async (tx) => {
    if (batch.sessions.length) {
      await tx.upsertMany(
        Session,
        batch.sessions.map((s) => ({
          id: s.id,
          title: s.title,
          bodyId: s.bodyId,
          bodyKeys: s.bodyKeys,
          number: s.number,
          year: s.year,
          startDate: s.startDate,
          endDate: s.endDate,
          venue: s.venue,
          city: s.city,
          country: s.country,
          hostId: s.hostId,
          status: s.status as SessionStatus,
          hasRecord: s.hasRecord,
        })),
      );
    }
    // Deleting the document cascades to its paragraphs, their outcomes and citations.
    await tx.nativeDelete(AgendaItem, { documentId: document.id });
    await tx.nativeDelete(Document, { id: document.id });
    await tx.insert(Document, {
      id: document.id,
      symbol: document.symbol,
      symbolInferred: document.symbolInferred,
      title: document.title,
      kind: document.kind as DocumentKind,
      date: document.date,
      session: document.sessionId,
      fileName: document.fileName,
      sha256: document.sha256,
    });
    const agenda = batch.sessions
      .flatMap((s) => s.agenda)
      .filter((item) => item.provenance.documentId === document.id)
      // parents before sub-items, for the self-referencing foreign key
      .sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    if (agenda.length) {
      await tx.insertMany(
        AgendaItem,
        agenda.map((item) => ({
          id: item.id,
          session: item.sessionId,
          number: item.number,
          letter: item.letter,
          title: item.title,
          parent: item.parentId,
          position: item.position,
          organizationIds: item.organizationIds,
          documentId: document.id,
        })),
      );
    }
    if (document.paragraphs.length) {
      await tx.insertMany(
        Paragraph,
        document.paragraphs.map((p) => ({
          id: p.id,
          document: document.id,
          position: p.position,
          number: p.number,
          sectionPath: p.sectionPath,
          text: p.text,
          line: p.line,
          agendaItem: p.agendaItemId,
          organizationIds: p.organizationIds,
          personIds: p.personIds,
          frameworkIds: p.frameworkIds,
          sessionIds: p.sessionIds,
        })),
      );
    }
    if (document.references.length) {
      await tx.insertMany(
        DocumentReference,
        document.references.map((r, index) => ({
          id: `${r.paragraphId}#ref_${index}`,
          citingDocument: document.id,
          symbol: r.symbol,
          paragraph: r.paragraphId,
        })),
      );
    }
    if (batch.outcomes.length) {
      await tx.insertMany(
        Outcome,
        batch.outcomes.map((o) => ({
          id: o.id,
          kind: o.kind as OutcomeKind,
          session: o.sessionId,
          agendaItem: o.agendaItemId,
          paragraph: o.paragraphId,
          text: o.text,
          frameworkId: o.frameworkId,
          documentSymbol: o.documentSymbol,
        })),
      );
    }
  });
}

/** True when no document has been ingested yet. */
export async function isEmpty(em: SqlEntityManager): Promise<boolean> {
  return (await em.count(Document, {})) === 0;
}

/** The files ingested so far, in the order they were first loaded. */
export async function storedSources(em: EntityManager): Promise<{ fileName: string; sha256: string; text: string }[]> {
  const rows = await em.fork().find(SourceText, {}, { orderBy: { position: 'asc' } });
  return rows.map(({ fileName, sha256, text }) => ({ fileName, sha256, text }));
}

/** Records the files of a load, in order; a file loaded again under its name keeps its place and takes the new text. */
export async function storeSources(em: EntityManager, sources: { fileName: string; sha256: string; text: string }[]): Promise<void> {
  await em.fork().transactional(async (tx) => {
    const known = new Map((await tx.find(SourceText, {})).map((row) => [row.fileName, row.position]));
    let next = Math.max(-1, ...known.values()) + 1;
    const rows = sources.map((s) => ({ ...s, position: known.get(s.fileName) ?? next++ }));
    if (rows.length) await tx.upsertMany(SourceText, rows);
  });
}

/**
 * Deletes what the corpus no longer holds after a whole corpus was loaded: documents (with their
 * paragraphs, citations and outcomes), agenda items they recorded, and sessions nothing names.
 * A document whose id changed (its symbol is now inferred from a citing document) leaves no copy.
 */
export async function pruneSessions(em: EntityManager, keep: { documentIds: string[]; sessionIds: string[] }): Promise<void> {
  await em.fork().transactional(async (tx) => {
    await tx.nativeDelete(AgendaItem, { documentId: { $nin: keep.documentIds } });
    await tx.nativeDelete(Document, { id: { $nin: keep.documentIds } });
    await tx.nativeDelete(Session, { id: { $nin: keep.sessionIds } });
  });
}
