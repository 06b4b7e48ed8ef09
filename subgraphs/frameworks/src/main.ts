import { startTracing } from '@igc/service-kit/telemetry';

// Tracing first (when OTEL_* asks for it), so its instrumentations see the modules load.
await startTracing('frameworks');
const { runSubgraphMain } = await import('@igc/service-kit');
const { frameworksSubgraph } = await import('./subgraph.js');
runSubgraphMain(frameworksSubgraph);
