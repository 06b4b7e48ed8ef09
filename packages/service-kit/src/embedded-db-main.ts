import { z } from 'zod';
import { configSchemas, readEnv } from './config.js';
import { startEmbeddedDatabase } from './embedded-db.js';
import { releaseMemoryWhenCpuIdle } from './idle-memory.js';
import { createLogger } from './logger.js';
import { onShutdown } from './http-server.js';

/** The embedded database as its own process, as `npm start` runs it. */
const config = readEnv({
  EMBEDDED_DB_DIR: z.string().min(1).default('.data/pglite'),
  EMBEDDED_DB_PORT: configSchemas.port.default(5499),
  LOG_LEVEL: configSchemas.logLevel.default('info'),
});
const logger = createLogger('embedded-db', config.LOG_LEVEL);
try {
  // Loopback only, whatever else is configured: it accepts `postgres` without a password.
  const db = await startEmbeddedDatabase({ dataDir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
  logger.info({ url: db.url, dataDir: config.EMBEDDED_DB_DIR }, 'embedded database ready');
  // Its JS heap (the wire protocol's buffers) grows under load like the services'; PGlite's WASM memory never shrinks.
  releaseMemoryWhenCpuIdle();
  onShutdown(logger, [() => db.stop()]);
} catch (error) {
  console.error(`[embedded-db] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
