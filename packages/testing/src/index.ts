export { freePort, httpOk, launch, type ManagedProcess, waitUntil } from '@igc/launcher';
export { DATABASE_KINDS, type DatabaseKind, POSTGRES_TEST_URL, startTestDatabase, type TestDatabase } from './database.js';
export { type GraphQLResponse, graphql, signedHeaders } from './graphql.js';
export { type Stack, startStack } from './npm-start.js';
export { type ServiceProcess, startService, startSubgraphProcess } from './services.js';
export { type ConnectionPage, readAllPages } from './connection-testing.js';
