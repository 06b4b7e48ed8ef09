import type { Corpus } from '@igc/service-kit';
import type { LoadResult } from './load.js';
import type { DocumentCompleteness, ExtractionFailure } from '@igc/extraction';

/** The ingestion report: counts per kind, then everything that could not be read or placed. */
export function formatReport(
  corpus: Corpus,
  failures: ExtractionFailure[],
  load: LoadResult | null,
  documents: DocumentCompleteness[] = [],
): string {
  const lines: string[] = [];
  if (documents.length) lines.push('Documents:', ...documents.map(completenessLine));
  const count = (label: string, n: number) => lines.push(`  ${label.padEnd(16)} ${n}`);
  lines.push('Extracted:');
  count('documents', corpus.documents.length);
  count(
    'paragraphs',
    corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0),
  );
  count('sessions', corpus.sessions.length);
  count(
    'agenda items',
    corpus.sessions.reduce((n, s) => n + s.agenda.length, 0),
  );
  count('outcomes', corpus.outcomes.length);
  count('organizations', corpus.organizations.length);
  count('people', corpus.people.length);
  count('affiliations', corpus.affiliations.length);
  count('participations', corpus.participations.length);
  count('frameworks', corpus.frameworks.length);
  count(
    'provisions',
    corpus.frameworks.reduce((n, f) => n + f.provisions.length, 0),
  );
  if (load) {
    lines.push(`Loaded ${load.loaded.length} document(s)${load.loaded.length ? `: ${load.loaded.join(', ')}` : ''}.`);
    for (const failure of load.failed) lines.push(`FAILED to load ${failure.fileName} (${failure.documentId}): ${failure.error}`);
  }
  for (const failure of failures) {
    lines.push(`REJECTED ${failure.fileName}${failure.line ? `:${failure.line}` : ''}: ${failure.error}`);
  }
  if (corpus.unplaced.length) {
    lines.push(`Not placed (${corpus.unplaced.length}), left out rather than guessed:`);
    for (const item of corpus.unplaced) lines.push(`  ${item.fileName}:${item.line}: ${item.reason}: ${item.text.slice(0, 100)}`);
  }
  return lines.join('\n');
}

/**
 * "000.txt  hlcp-26 (title, opening paragraph, cover)  agenda 17  participants 70  outcomes 19  frameworks 2",
 * with "READ BADLY" and what is missing when the text holds more than was read.
 */
export function completenessLine(d: DocumentCompleteness): string {
  const session = d.sessionId ? `${d.sessionId} (${d.signals.join(', ') || 'mentions'})` : 'no session found';
  const counts = `agenda ${d.agendaItems}  participants ${d.participants}  outcomes ${d.outcomes}  frameworks ${d.frameworks}`;
  const bad = d.missing.length ? `  READ BADLY: the text has ${d.missing.join(', ')} but none was read` : '';
  return `  ${d.fileName}  ${session}  ${counts}${bad}`;
}
