export * from './entities.js';
export { entitiesSubgraph } from './subgraph.js';
export { buildSchema } from './schema.js';
export { ingestEntitiesBatch, pruneEntities, upsertOrganizations } from './ingest.js';
