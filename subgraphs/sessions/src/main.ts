import { startTracing } from '@igc/service-kit/telemetry';

// Tracing first (when OTEL_* asks for it), so its instrumentations see the modules load.
await startTracing('sessions');
const { runSubgraphMain } = await import('@igc/service-kit');
const { sessionsSubgraph } = await import('./subgraph.js');
runSubgraphMain(sessionsSubgraph);
