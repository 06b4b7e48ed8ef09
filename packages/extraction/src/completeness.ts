import type { DocumentCorpus } from './document/index.js';
import type { Corpus } from './model.js';

/** How completely one document was read: what its session was found by, and what it yielded. */
export interface DocumentCompleteness {
  documentId: string;
  fileName: string;
  sessionId: string | null;
  /** The statements the recorded session was read from: title, opening paragraph, cover, front matter. */
  signals: string[];
  agendaItems: number;
  participants: number;
  outcomes: number;
  frameworks: number;
  /** What the text holds but the extraction did not yield ("agenda", "participants", "outcomes"). */
  missing: string[];
}

// What a text that has an agenda, a list of participants or decisions looks like, read without the extractors.
const HAS_AGENDA = /^(?:Agenda|Provisional agenda)$|adopted the following agenda|^Agenda item \d+/im;
const BODY = '(?:Committee|Board|Council|Assembly|Group|Commission|it)';
const DECIDED = '(?:endorsed|adopted|took note|welcomed|recommended|requested|decided|agreed|approved)';
const HAS_OUTCOMES = new RegExp(`\\b${BODY}\\s+${DECIDED}\\b`);

/**
 * One line of the report per document. A document whose session was found but which yields no
 * agenda, participants or outcomes while its text has them is marked: it read badly.
 */
export function completeness(docs: DocumentCorpus, corpus: Corpus): DocumentCompleteness[] {
  return docs.documents.map(({ parsed, sessionExtraction }) => {
    const sessionId = sessionExtraction.documentSessionId;
    const session = corpus.sessions.find((s) => s.id === sessionId);
    const agendaItems = session?.agenda.filter((item) => item.provenance.documentId === parsed.id).length ?? 0;
    const participants = corpus.participations.filter((p) => p.provenance.documentId === parsed.id).length;
    const outcomes = corpus.outcomes.filter((o) => o.documentId === parsed.id).length;
    const frameworks = corpus.frameworks.filter((f) => f.sourceDocumentIds.includes(parsed.id)).length;
    const texts = [parsed.frontMatter, parsed.headings, parsed.paragraphs].flatMap((part) => part.map((item) => item.text));
    const missing: string[] = [];
    // Only a document that records its session owes that session's agenda, participants and outcomes.
    const records = sessionExtraction.documentSessionSignals.some((signal) => signal !== 'front matter');
    if (sessionId && records) {
      if (agendaItems === 0 && texts.some((t) => HAS_AGENDA.test(t))) missing.push('agenda');
      if (participants === 0 && parsed.participantList) missing.push('participants');
      if (outcomes === 0 && parsed.paragraphs.some((p) => HAS_OUTCOMES.test(p.text))) missing.push('outcomes');
    }
    return {
      documentId: parsed.id,
      fileName: parsed.fileName,
      sessionId,
      signals: sessionExtraction.documentSessionSignals,
      agendaItems,
      participants,
      outcomes,
      frameworks,
      missing,
    };
  });
}
