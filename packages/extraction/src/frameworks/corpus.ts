/** Frameworks of several documents, merged across documents. */
import { extractFrameworks } from './extract.js';
import { mergeFrameworks } from './merge.js';
import type { FrameworkExtractionResult, FrameworkSourceDocument } from './types.js';

export interface FrameworkCorpusInput {
  doc: FrameworkSourceDocument;
  /** Organization id of the body whose record the document is (see FrameworkDeps.bodyId). */
  bodyId?: string | null;
}

/**
 * Runs {@link extractFrameworks} on each document and merges frameworks found in
 * several documents ({@link mergeFrameworks}). Unplaced items of all documents are
 * returned together, in document order.
 */
export function extractCorpusFrameworks(
  inputs: readonly FrameworkCorpusInput[],
  findOrganizations: (text: string) => string[],
): FrameworkExtractionResult {
  const results = inputs.map(({ doc, bodyId }) => extractFrameworks(doc, { findOrganizations, bodyId: bodyId ?? null }));
  return {
    frameworks: mergeFrameworks(results.flatMap((r) => r.frameworks)),
    unplaced: results.flatMap((r) => r.unplaced),
  };
}
