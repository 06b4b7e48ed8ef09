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
