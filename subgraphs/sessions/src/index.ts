export * from './entities.js';
export { sessionsSubgraph } from './subgraph.js';
export { buildSchema } from './schema.js';
export { ingestSessionsBatch, isEmpty, pruneSessions, storedSources, storeSources } from './ingest.js';
