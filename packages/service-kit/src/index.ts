import 'reflect-metadata';
// Every service loads this index: the embedded database (PGlite, ~7 MiB of modules) and createMigration
// are imported from '@igc/service-kit/embedded-db' and '@igc/service-kit/create-migration' by the few that need them.
export * from './config.js';
export * from './database.js';
export * from './errors.js';
export * from './error-masking.js';
export * from './federation.js';
export * from './http-server.js';
export * from './idle-memory.js';
export * from './logger.js';
export * from './pagination.js';
export * from './demand.js';
export * from './subgraph.js';
export * from './scalars.js';
export * from './loaders.js';
export * from './normalize.js';
export * from './facts.js';
export * from './auth.js';
export * from './request-logging.js';
export * from './signing.js';
export * from './subgraph-limits.js';
export * from './metrics.js';
export * from './repository.js';
export * from './input-limits.js';
export * from './admission.js';
