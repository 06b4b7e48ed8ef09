/**
 * Document structure: pure functions that turn the plain text of a UN document into
 * paragraphs, sections, sessions, agendas, outcomes and citations. No I/O, no database.
 *
 * Entry points
 *  - validateSource(bytes | text, fileName) → text            (throws DocumentFormatError)
 *  - cleanLines(text) / cleanText(text) / cleanInline(line) / joinLines(lines, vocabulary)
 *  - parseDocument(text, fileName) → ParsedDocument            (throws DocumentFormatError)
 *  - inferSymbols(docs) → docs with symbols cited by other documents (e.g. CEB/2013/6)
 *  - extractSessions(doc, resolveOrganization) → SessionExtraction
 *  - extractOutcomes(doc, sessionExtraction) → OutcomeExtraction
 *  - extractReferences(doc) → ReferenceExtraction
 *  - extractDocumentFacts(doc, resolve) / extractDocuments(sources, resolve): all of the above,
 *    with documents in the shared model shape and sessions merged across documents.
 *
 * Id conventions (deterministic, derived from the text)
 *  - document: slug of the symbol (`CEB/2013/6` → `ceb-2013-6`), else slug of the title.
 *  - section eId parts: `annex_3` (Annex III; `annex_a` for Annex A), `sec_2` (roman heading II.),
 *    `subsec_b` (letter heading B.), `hcontainer_<k>` (k-th unnumbered heading under the same parent).
 *  - numbered paragraph: `<doc>/para_<n>` in the body, `<doc>/annex_<n>/para_<n>` in an annex
 *    (printed numbers are unique per body/annex; a duplicate is suffixed `_2` and reported).
 *  - unnumbered paragraph: `<doc>/<section eIds...>/p_<k>`, k = 1-based position within that section.
 *  - lettered sub-paragraphs `(a)` stay inside their paragraph (text `... (a) ... (b) ...`; also `points`).
 *  - session: `<bodyId>-<number>` (`hlcp-26`), `<bodyId>-<year>-<number>` for sessions numbered within
 *    a year (`ceb-2013-2`), `<bodyId>-<yyyy-mm-dd>` for an unnumbered meeting (`cic-2015-05-07`).
 *  - agenda item: `<sessionId>/item_3`, sub-item `<sessionId>/item_3_b`.
 *  - outcome: `<paragraphId>/outcome_<k>` (k = 1-based within the paragraph).
 */
export * from './clean.js';
export * from './errors.js';
export * from './types.js';
export * from './parse.js';
export * from './text.js';
export * from './sessions.js';
export * from './references.js';
export * from './outcomes.js';
export * from './corpus.js';
export * from './participants-block.js';
