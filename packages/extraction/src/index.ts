/**
 * Extraction: text in, corpus out. Pure: no database, no subgraph, no file system beyond reading
 * a gazetteer file the caller names. See the README ("From a document to a fact").
 */
export { extractCorpus, type Extraction, type ExtractionOptions } from './corpus.js';
export { linkCorpus } from './link.js';
export { completeness, type DocumentCompleteness } from './completeness.js';
export { parseSources, type ExtractionFailure, type SourceText } from './source.js';
export { DocumentFormatError, parseDocument, validateSource, type ParsedDocument } from './document/index.js';
export { loadGazetteer, validateGazetteer, type Gazetteer, type GazetteerEntry } from './entities/index.js';
export * from './model.js';
