export { extractCorpus, type Extraction } from './pipeline.js';
export { loadCorpus } from './load.js';
export { ingestSources, type Ingestion } from './ingest.js';
export { openSubgraphDatabases } from './databases.js';
export { readSource, seedFiles, SEED_DIR } from './sources.js';
export { formatReport } from './report.js';
export { toBatches } from './batches.js';

import { toBatches } from './batches.js';
import { extractCorpus } from './pipeline.js';
import { readSource, seedFiles } from './sources.js';

/** The seed corpus as per-document batches: what tests load into a subgraph. */
export function seedBatches() {
  return toBatches(extractCorpus(seedFiles().map(readSource)).corpus);
}
export { syntheticCorpus } from './synthetic.js';
export { startSeededSubgraph } from './testing.js';
