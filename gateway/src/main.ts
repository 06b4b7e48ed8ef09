import { onShutdown } from '@igc/service-kit';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

try {
  const gateway = await startGateway(loadGatewayConfig());
  onShutdown(gateway.logger, [gateway.stop]);
} catch (error) {
  console.error(`[gateway] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
