import { startTracing } from '@igc/service-kit/telemetry';

// Tracing first (when OTEL_* asks for it), so its instrumentations see the modules load.
await startTracing('gateway');
const { onShutdown } = await import('@igc/service-kit');
const { loadGatewayConfig } = await import('./config.js');
const { startGateway } = await import('./server.js');

try {
  const gateway = await startGateway(loadGatewayConfig());
  onShutdown(gateway.logger, [gateway.stop]);
} catch (error) {
  console.error(`[gateway] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
