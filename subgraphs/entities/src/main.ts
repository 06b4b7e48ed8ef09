import { startTracing } from '@igc/service-kit/telemetry';

// Tracing first (when OTEL_* asks for it), so its instrumentations see the modules load.
await startTracing('entities');
const { runSubgraphMain } = await import('@igc/service-kit');
const { entitiesSubgraph } = await import('./subgraph.js');
runSubgraphMain(entitiesSubgraph);
