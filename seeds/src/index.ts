export type { Extraction } from '@igc/extraction';
export { loadCorpus } from './load.js';
export { ingestSources, type Ingestion } from './ingest.js';
export { openSubgraphDatabases } from './databases.js';
export { extractCorpus, readSource, seedFiles, GAZETTEER_PATH, SEED_DIR } from './sources.js';
export { formatReport } from './report.js';
export { toBatches } from './batches.js';

import { toBatches } from './batches.js';
import { extractCorpus, readSource, seedFiles } from './sources.js';

/** The seed corpus as per-document batches: what tests load into a subgraph. */
export function seedBatches() {
  return toBatches(extractCorpus(seedFiles().map(readSource)).corpus);
}
