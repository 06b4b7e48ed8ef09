import type { Corpus, ExtractedFramework, Unplaced } from './model.js';
import { extractParsedDocuments, type DocumentCorpus, type DocumentFacts, type ParsedDocument } from './document/index.js';
import {
  createOrganizationResolver,
  extractEntities,
  type EntityDocumentInput,
  type Gazetteer,
  type OrganizationResolver,
} from './entities/index.js';
import { extractCorpusFrameworks, type FrameworkExtraction } from './frameworks/index.js';
import { completeness, type DocumentCompleteness } from './completeness.js';
import { linkCorpus } from './link.js';
import { parseSources, type ExtractionFailure, type SourceText } from './source.js';

export interface Extraction {
  corpus: Corpus;
  failures: ExtractionFailure[];
  /** One entry per document read: what its session was found by and what it yielded. */
  completeness: DocumentCompleteness[];
}

export interface ExtractionOptions {
  /** The curated organizations (seeds/data/gazetteer.json). */
  gazetteer: Gazetteer;
}

/**
 * Text in, corpus out. Each document is parsed once; the extractors are stages over the parsed
 * documents (sessions, agendas, outcomes and citations; organizations, participants and people in
 * prose; frameworks); linking across documents is the last stage. A document that cannot be read
 * is reported and left out; the others go on.
 */
export function extractCorpus(sources: readonly SourceText[], { gazetteer }: ExtractionOptions): Extraction {
  const { parsed, failures } = parseSources(sources);
  const bodies = learnOrganizations(parsed, gazetteer);
  const docs = extractParsedDocuments(parsed, (name) => bodies.resolve(name));
  const entities = extractEntities(docs.documents.map(entityInput), gazetteer);
  const frameworks = extractFrameworkStage(docs, (text) => [...new Set(entities.resolver.findMentions(text).map((m) => m.organizationId))]);
  const unplaced: Unplaced[] = [...docs.unplaced, ...entities.unplaced, ...frameworks.unplaced];
  const corpus = linkCorpus({ docs, entities, frameworks: frameworks.frameworks, resolveOrganization: bodies.resolve, unplaced });
  return { corpus, failures, completeness: completeness(docs, corpus) };
}

/**
 * Sessions name their bodies and hosts by gazetteer names or by names a document defines
 * ("New York University's Center on International Cooperation (CIC)"): those are learnt first.
 */
function learnOrganizations(parsed: readonly ParsedDocument[], gazetteer: Gazetteer): OrganizationResolver {
  const bodies = createOrganizationResolver(gazetteer);
  for (const doc of parsed) {
    for (const p of doc.paragraphs) bodies.learnDefinitions(p.text, { documentId: doc.id, paragraphId: p.id, line: p.line });
  }
  return bodies;
}

/** The entity stages' view of a parsed document: its paragraphs and its participants block. */
function entityInput(facts: DocumentFacts): EntityDocumentInput {
  const list = facts.parsed.participantList;
  const sessionId = facts.sessionExtraction.documentSessionId;
  const listParagraph = list ? facts.parsed.paragraphs.find((p) => p.line >= list.firstLine) : undefined;
  return {
    documentId: facts.parsed.id,
    fileName: facts.parsed.fileName,
    paragraphs: facts.parsed.paragraphs.map((p) => ({ id: p.id, text: p.text, line: p.line })),
    participantLists:
      list && sessionId ? [{ sessionId, lines: list.lines, firstLine: list.firstLine, paragraphId: listParagraph?.id ?? null }] : [],
  };
}

/** Frameworks read from each parsed document, issued by the body whose session the document records. */
function extractFrameworkStage(docs: DocumentCorpus, findOrganizations: (text: string) => string[]) {
  const sessionBody = new Map(docs.sessions.map((s) => [s.id, s.bodyId]));
  return extractCorpusFrameworks(
    docs.documents.map((facts) => ({
      doc: {
        id: facts.parsed.id,
        date: facts.parsed.date,
        fileName: facts.parsed.fileName,
        paragraphs: facts.parsed.paragraphs,
        headings: facts.parsed.headings,
        annexes: facts.parsed.annexes,
      },
      bodyId: facts.sessionExtraction.documentSessionId ? (sessionBody.get(facts.sessionExtraction.documentSessionId) ?? null) : null,
    })),
    findOrganizations,
  );
}

export type { ExtractedFramework, FrameworkExtraction };
