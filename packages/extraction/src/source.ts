import { DocumentFormatError, inferSymbols, parseDocument, type ParsedDocument } from './document/index.js';

/** A source file's text, checked to be non-empty UTF-8, with the hash of its bytes. */
export interface SourceText {
  fileName: string;
  text: string;
  sha256: string;
}

export interface ExtractionFailure {
  fileName: string;
  line: number | null;
  error: string;
}

/**
 * The one parse of each document: clean paragraphs with their eIds, headings, annexes, the
 * participants block, furniture removed. A source that is not a document is reported, not thrown,
 * and the others go on; documents without a printed symbol take the one others cite them by.
 */
export function parseSources(sources: readonly SourceText[]): { parsed: ParsedDocument[]; failures: ExtractionFailure[] } {
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
  return { parsed: inferSymbols(parsed), failures };
}
