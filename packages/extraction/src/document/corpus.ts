import type { ExtractedDocument, ExtractedParagraph, ExtractedSession, Unplaced } from '../model.js';
import { type OutcomeFact, extractOutcomes } from './outcomes.js';
import { inferSymbols, parseDocument } from './parse.js';
import { type ReferenceFact, extractReferences } from './references.js';
import { type ResolveOrganization, type SessionExtraction, type SessionFact, extractSessions } from './sessions.js';
import type { ParsedDocument } from './types.js';

/** Everything the document-structure extractors read from one document. */
export interface DocumentFacts {
  parsed: ParsedDocument;
  /** The document in the shared model shape (paragraph agenda items, session ids and references filled in). */
  document: ExtractedDocument;
  sessionExtraction: SessionExtraction;
  sessions: SessionFact[];
  outcomes: OutcomeFact[];
  references: ReferenceFact[];
  /** Parse, session, outcome and reference unplaced items together. */
  unplaced: Unplaced[];
}

/** Converts a parsed document to the shared model's {@link ExtractedDocument}. */
export function toExtractedDocument(parsed: ParsedDocument, sessions?: SessionExtraction, references?: ReferenceFact[]): ExtractedDocument {
  const sessionIdsByParagraph = new Map<string, Set<string>>();
  for (const s of sessions?.sessions ?? []) {
    for (const p of s.provenance) {
      if (!p.paragraphId) continue;
      const set = sessionIdsByParagraph.get(p.paragraphId) ?? new Set<string>();
      set.add(s.id);
      sessionIdsByParagraph.set(p.paragraphId, set);
    }
  }
  const paragraphs: ExtractedParagraph[] = parsed.paragraphs.map((p) => ({
    id: p.id,
    position: p.position,
    number: p.number,
    sectionPath: [...p.sectionPath],
    text: p.text,
    line: p.line,
    agendaItemId: sessions?.paragraphAgendaItems[p.id] ?? null,
    organizationIds: [],
    personIds: [],
    frameworkIds: [],
    sessionIds: [...(sessionIdsByParagraph.get(p.id) ?? [])],
  }));
  return {
    id: parsed.id,
    symbol: parsed.symbol,
    symbolInferred: parsed.symbolInferred,
    title: parsed.title,
    kind: parsed.kind,
    date: parsed.date,
    fileName: parsed.fileName,
    sha256: parsed.sha256,
    sessionId: sessions?.documentSessionId ?? null,
    paragraphs,
    references: (references ?? []).map((r) => ({ symbol: r.symbol, paragraphId: r.paragraphId })),
  };
}

/** Runs sessions, outcomes and references on one parsed document. */
export function extractDocumentFacts(parsed: ParsedDocument, resolveOrganization: ResolveOrganization): DocumentFacts {
  const sessionExtraction = extractSessions(parsed, resolveOrganization);
  const outcomes = extractOutcomes(parsed, sessionExtraction);
  const references = extractReferences(parsed);
  return {
    parsed,
    document: toExtractedDocument(parsed, sessionExtraction, references.references),
    sessionExtraction,
    sessions: sessionExtraction.sessions,
    outcomes: outcomes.outcomes,
    references: references.references,
    unplaced: [...parsed.unplaced, ...sessionExtraction.unplaced, ...outcomes.unplaced, ...references.unplaced],
  };
}

export interface DocumentCorpus {
  documents: DocumentFacts[];
  /** Sessions merged across documents, in the shared model shape. */
  sessions: ExtractedSession[];
  outcomes: OutcomeFact[];
  unplaced: Unplaced[];
}

/**
 * Parses several sources, gives documents without a printed symbol the symbol other
 * documents cite them by, extracts each, and merges sessions found in several documents:
 * fields filled from any document, agenda items united by id, provenance concatenated,
 * hasRecord when any document records the session; status HELD when recorded, otherwise
 * the status given by the most recent document (by date of issue or recorded session date).
 * Throws DocumentFormatError for a source that is not a document.
 */
export function extractDocuments(
  sources: readonly { text: string; fileName: string }[],
  resolveOrganization: ResolveOrganization,
): DocumentCorpus {
  return extractParsedDocuments(inferSymbols(sources.map((s) => parseDocument(s.text, s.fileName))), resolveOrganization);
}

/** {@link extractDocuments} over documents already parsed (and given their inferred symbols). */
export function extractParsedDocuments(parsed: readonly ParsedDocument[], resolveOrganization: ResolveOrganization): DocumentCorpus {
  const documents = parsed.map((d) => extractDocumentFacts(d, resolveOrganization));
  const refDate = (f: DocumentFacts): string => {
    const own = f.sessions.find((s) => s.id === f.sessionExtraction.documentSessionId);
    return f.parsed.date ?? own?.endDate ?? own?.startDate ?? '';
  };
  const merged = new Map<string, { session: ExtractedSession; statusDate: string }>();
  for (const f of documents) {
    const date = refDate(f);
    for (const s of f.sessions) {
      const { bodyName: _b, relation: _r, agenda, ...rest } = s;
      const plainAgenda = agenda.map(({ aboutOrganizationNames: _a, ...item }) => item);
      const existing = merged.get(s.id);
      if (!existing) {
        merged.set(s.id, { session: { ...rest, agenda: plainAgenda, provenance: [...s.provenance] }, statusDate: date });
        continue;
      }
      const e = existing.session;
      e.startDate ??= s.startDate;
      e.endDate ??= s.endDate;
      e.venue ??= s.venue;
      e.city ??= s.city;
      e.country ??= s.country;
      e.hostId ??= s.hostId;
      e.year ??= s.year;
      e.number ??= s.number;
      e.hasRecord ||= s.hasRecord;
      for (const item of plainAgenda) if (!e.agenda.some((i) => i.id === item.id)) e.agenda.push(item);
      e.provenance.push(...s.provenance);
      if (s.hasRecord) e.title = s.title;
      if (date > existing.statusDate) {
        e.status = s.status;
        existing.statusDate = date;
      }
      if (e.hasRecord) e.status = 'HELD';
    }
  }
  return {
    documents,
    sessions: [...merged.values()].map((m) => m.session),
    outcomes: documents.flatMap((d) => d.outcomes),
    unplaced: documents.flatMap((d) => d.unplaced),
  };
}
