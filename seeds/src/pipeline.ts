import { lookupKey, type Corpus, type ExtractedFramework, type ExtractedOutcome, type Unplaced } from '@igc/service-kit';
import {
  DocumentFormatError,
  extractDocuments,
  parseDocument,
  type DocumentFacts,
} from './extract/document/index.js';
import {
  createOrganizationResolver,
  extractEntities,
  findParticipantListLines,
  loadGazetteer,
  type EntityDocumentInput,
} from './extract/entities/index.js';
import { extractCorpusFrameworks, matchFramework, type FrameworkExtraction } from './extract/frameworks/index.js';
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
 * Reads a set of source texts into one corpus. Documents that are not readable are reported and
 * left out; the others are read by the three extractors (document structure, sessions and
 * outcomes; organizations and people; frameworks), then resolved across all of them, so the same
 * organization, person, session or framework is one entity whichever documents name it.
 */
export function extractCorpus(sources: SourceText[]): Extraction {
  const failures: ExtractionFailure[] = [];
  const readable = sources.filter((source) => {
    try {
      parseDocument(source.text, source.fileName);
      return true;
    } catch (error) {
      failures.push({
        fileName: source.fileName,
        line: error instanceof DocumentFormatError ? error.line : null,
        error: error instanceof Error ? error.message : String(error),
      });
      return false;
    }
  });
  const sha256 = new Map(readable.map((s) => [s.fileName, s.sha256]));
  const textOf = new Map(readable.map((s) => [s.fileName, s.text]));

  const gazetteer = loadGazetteer();
  // Sessions name their bodies and hosts by gazetteer names or by names a document defines
  // ("New York University's Center on International Cooperation (CIC)"): learn those first.
  const bodies = createOrganizationResolver(gazetteer);
  for (const source of readable) {
    const parsed = parseDocument(source.text, source.fileName);
    for (const p of parsed.paragraphs) bodies.learnDefinitions(p.text, { documentId: parsed.id, paragraphId: p.id, line: p.line });
  }
  const docs = extractDocuments(readable, (name) => bodies.resolve(name));
  const documentOf = (facts: DocumentFacts) => ({ ...facts.document, sha256: sha256.get(facts.document.fileName) ?? facts.document.sha256 });

  const entities = extractEntities(docs.documents.map(entityInput(textOf)), gazetteer);
  const findOrganizations = (text: string) => [...new Set(entities.resolver.findMentions(text).map((m) => m.organizationId))];

  const sessionBody = new Map(docs.sessions.map((s) => [s.id, s.bodyId]));
  const frameworkResult = extractCorpusFrameworks(
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
  const unplaced: Unplaced[] = [...docs.unplaced, ...entities.unplaced, ...frameworkResult.unplaced];
  const frameworks = frameworkResult.frameworks.map((f) => withAuthor(f, entities.people, unplaced));

  // Paragraph mentions: organizations and people from the entity extractors, frameworks from
  // the provisions read in the paragraph and the outcomes that act on one.
  const frameworksByParagraph = new Map<string, Set<string>>();
  const addFramework = (paragraphId: string | null, frameworkId: string) => {
    if (!paragraphId) return;
    const set = frameworksByParagraph.get(paragraphId) ?? new Set<string>();
    set.add(frameworkId);
    frameworksByParagraph.set(paragraphId, set);
  };
  for (const framework of frameworks) {
    for (const provision of framework.provisions) {
      addFramework(provision.provenance.paragraphId, framework.id);
      for (const also of provision.alsoIn) addFramework(also.paragraphId, framework.id);
    }
  }
  const outcomes: ExtractedOutcome[] = docs.outcomes.map(({ verb: _verb, object: _object, frameworkPhrase, ...outcome }) => {
    // By title phrase; failing that, the one framework whose text the deciding paragraph holds
    // and the decision introduces ("the Committee recommends that: (a) … (g) …").
    const introducesList = /:\s*(\(a\)|$)/.test(outcome.text);
    const held = introducesList ? [...(frameworksByParagraph.get(outcome.paragraphId) ?? [])] : [];
    const frameworkId =
      (frameworkPhrase ? (matchFramework(frameworkPhrase, frameworks) ?? bySignatoryOffice(frameworkPhrase, frameworks)) : null) ??
      (held.length === 1 ? held[0]! : null);
    if (frameworkPhrase && !frameworkId && /\b(framework|statement|principles|commitments|recommendations)\b/i.test(frameworkPhrase)) {
      unplaced.push({
        fileName: docs.documents.find((d) => d.document.id === outcome.documentId)?.document.fileName ?? outcome.documentId,
        line: docs.documents.flatMap((d) => d.parsed.paragraphs).find((p) => p.id === outcome.paragraphId)?.line ?? 0,
        text: frameworkPhrase,
        reason: 'outcome acts on a framework that was not found in any document',
      });
    }
    return { ...outcome, frameworkId };
  });

  for (const outcome of outcomes) if (outcome.frameworkId) addFramework(outcome.paragraphId, outcome.frameworkId);

  const documents = docs.documents.map((facts) => {
    const document = documentOf(facts);
    return {
      ...document,
      paragraphs: document.paragraphs.map((p) => ({
        ...p,
        organizationIds: entities.paragraphOrganizations.get(p.id) ?? [],
        personIds: entities.paragraphPeople.get(p.id) ?? [],
        frameworkIds: [...(frameworksByParagraph.get(p.id) ?? [])],
      })),
    };
  });

  return {
    corpus: {
      documents,
      sessions: docs.sessions.map((session) => ({ ...session, hostId: session.hostId ?? hostFromVenue(session.venue, bodies.resolve) })),
      outcomes,
      // Every known organization: curated ones are worth looking up even before a document names them.
      organizations: entities.resolver.allOrganizations(),
      people: entities.people,
      affiliations: entities.affiliations,
      participations: entities.participations,
      frameworks: frameworks.map(({ authorName: _a, authorOffice: _o, sources: _s, ...framework }) => ({
        ...framework,
        provisions: framework.provisions.map(({ alsoIn: _also, ...provision }) => provision),
      })) as ExtractedFramework[],
      unplaced,
    },
    failures,
  };
}

/** The entity extractors' view of a document: its paragraphs and its list of participants, if any. */
function entityInput(textOf: Map<string, string>) {
  return (facts: DocumentFacts): EntityDocumentInput => {
    const list = findParticipantListLines(textOf.get(facts.parsed.fileName) ?? '');
    const sessionId = facts.sessionExtraction.documentSessionId;
    const listParagraph = list ? facts.parsed.paragraphs.find((p) => p.line >= list.firstLine) : undefined;
    return {
      documentId: facts.parsed.id,
      fileName: facts.parsed.fileName,
      paragraphs: facts.parsed.paragraphs.map((p) => ({ id: p.id, text: p.text, line: p.line })),
      participantLists:
        list && sessionId ? [{ sessionId, lines: list.lines, firstLine: list.firstLine, paragraphId: listParagraph?.id ?? null }] : [],
    };
  };
}

/** Resolves a framework's signatory to a person by any known spelling; reports one it cannot. */
function withAuthor(
  framework: FrameworkExtraction,
  people: { id: string; name: string; aliases: { alias: string }[] }[],
  unplaced: Unplaced[],
): FrameworkExtraction {
  if (!framework.authorName) return framework;
  const key = lookupKey(framework.authorName);
  const person = people.find((p) => lookupKey(p.name) === key || p.aliases.some((a) => lookupKey(a.alias) === key));
  if (!person) {
    unplaced.push({
      fileName: framework.sources[0]?.documentId ?? framework.id,
      line: framework.sources[0]?.line ?? 0,
      text: framework.authorName,
      reason: `signatory of "${framework.title}" is not a known person`,
    });
  }
  return { ...framework, authorId: person?.id ?? null };
}

/** "Headquarters of the Office of the … (OHCHR)" or "United Nations Headquarters": the organization whose premises host it. */
function hostFromVenue(venue: string | null, resolve: (name: string) => string | null): string | null {
  if (!venue) return null;
  const owner = venue.match(/^(?:the\s+)?headquarters of (.+)$/i)?.[1] ?? venue.match(/^(.+?)\s+headquarters$/i)?.[1];
  return owner ? resolve(owner) : null;
}

/** "Statement by the Secretary-General of the United Nations": the one statement signed in that office. */
function bySignatoryOffice(phrase: string, frameworks: FrameworkExtraction[]): string | null {
  const office = phrase.match(/^(?:the\s+)?statement by (?:the\s+)?(.+)$/i)?.[1];
  if (!office) return null;
  const signed = frameworks.filter((f) => f.authorOffice && lookupKey(f.authorOffice) === lookupKey(office));
  return signed.length === 1 ? signed[0]!.id : null;
}
