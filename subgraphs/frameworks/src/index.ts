export * from './entities.js';
export { frameworksSubgraph } from './subgraph.js';
export { buildSchema } from './schema.js';
export { ingestFrameworksBatch, pruneFrameworks } from './ingest.js';
