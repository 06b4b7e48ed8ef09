import type { Corpus, ExtractedDocument, Unplaced } from '@igc/service-kit';
import { DocumentFormatError, inferSymbols, parseDocument, type ParsedDocument } from './extract/document/index.js';
import { createOrganizationResolver, loadGazetteer } from './extract/entities/index.js';
import type { SourceText } from './sources.js';

export interface ExtractionFailure {
  fileName: string;
  line: number | null;
  error: string;
}

export interface Extraction {
  corpus: Corpus;
  failures: ExtractionFailure[];
}

/**
 * Reads a set of source texts into one corpus: documents are parsed one by one (a malformed one
 * is reported and left out), then facts are resolved across all of them, so the same
 * organization, person, session or framework is one entity whichever documents name it.
 */
export function extractCorpus(sources: SourceText[]): Extraction {
  const failures: ExtractionFailure[] = [];
  const parsed: ParsedDocument[] = [];
  for (const source of sources) {
    try {
      parsed.push({ ...parseDocument(source.text, source.fileName), sha256: source.sha256 });
    } catch (error) {
      failures.push({
        fileName: source.fileName,
        line: error instanceof DocumentFormatError ? error.line : null,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const documents = inferSymbols(parsed);
  const unplaced: Unplaced[] = documents.flatMap((d) => d.unplaced);

  const organizations = createOrganizationResolver(loadGazetteer());
  for (const doc of documents) {
    for (const paragraph of doc.paragraphs) {
      organizations.learnDefinitions(paragraph.text, { documentId: doc.id, paragraphId: paragraph.id, line: paragraph.line });
    }
  }
  const extracted: ExtractedDocument[] = documents.map((doc) => ({
    id: doc.id,
    symbol: doc.symbol,
    symbolInferred: doc.symbolInferred,
    title: doc.title,
    kind: doc.kind,
    date: doc.date,
    fileName: doc.fileName,
    sha256: doc.sha256,
    sessionId: null,
    references: [],
    paragraphs: doc.paragraphs.map((p) => ({
      id: p.id,
      position: p.position,
      number: p.number,
      sectionPath: p.sectionPath,
      text: p.text,
      line: p.line,
      agendaItemId: null,
      organizationIds: [...new Set(organizations.recordMentions(p.text, p.id).map((m) => m.organizationId))],
      personIds: [],
      frameworkIds: [],
      sessionIds: [],
    })),
  }));

  return {
    corpus: {
      documents: extracted,
      sessions: [],
      outcomes: [],
      organizations: organizations.allOrganizations(),
      people: [],
      affiliations: [],
      participations: [],
      frameworks: [],
      unplaced,
    },
    failures,
  };
}
