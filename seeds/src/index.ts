export { extractCorpus, type Extraction } from './pipeline.js';
export { loadCorpus } from './load.js';
export { openSubgraphDatabases } from './databases.js';
export { readSource, seedFiles, SEED_DIR } from './sources.js';
export { formatReport } from './report.js';
