/**
 * Frameworks part of the ingestion pipeline: policy frameworks, statements, sets of
 * recommendations and agreements, with typed provisions and organization roles. Pure.
 *
 * Entry points
 *  - extractFrameworks(doc, { findOrganizations, bodyId }) on one parsed document
 *    (parseDocument output works as is: paragraphs, headings, annexes, points);
 *  - mergeFrameworks(list) to make one framework of the same title read in several documents;
 *  - extractCorpusFrameworks([{ doc, bodyId }], findOrganizations): both at once;
 *  - matchFramework(phrase, frameworks) to link "endorsed the UN-wide framework on ..." to an id.
 *
 * Id conventions
 *  - framework: slugifyTitle(title): lower case, "United Nations" → "un", leading article
 *    dropped, punctuation → "-" ("un-wide-framework-on-cybersecurity-and-cybercrime");
 *    recommendation sets found in a body: `${slug(title)}--${slug(documentId)}` (their
 *    titles are made from the agenda item, so the document keeps them apart);
 *  - provision: `${frameworkId}/${key}`, key = printed paragraph number ("21"), number and
 *    item letter ("3-a"), number and bullet index ("6-b2"), assistance area ("area-A"),
 *    or "u<k>" / "<n>-u<k>" for the k-th unnumbered paragraph.
 */
export { extractFrameworks, classifyTitle } from './extract.js';
export { mergeFrameworks } from './merge.js';
export { extractCorpusFrameworks, type FrameworkCorpusInput } from './corpus.js';
export { matchFramework, type TitledFramework } from './match.js';
export { slugifyTitle, parseDateText, normalizePersonName } from './text.js';
export type {
  FrameworkDeps,
  FrameworkExtraction,
  FrameworkExtractionResult,
  FrameworkRole,
  FrameworkSource,
  FrameworkSourceDocument,
  FrameworkSourceParagraph,
  ProvisionExtraction,
} from './types.js';
