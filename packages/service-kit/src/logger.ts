import { pino, type Logger } from 'pino';

export type { Logger };

/** Lines wait at most this long in the buffer when fewer than `minLength` bytes come in. */
const FLUSH_INTERVAL_MS = 250;

/**
 * One JSON logger per process, named after the service so merged logs stay readable. Lines are
 * buffered up to 4 KiB and flushed at least every 250 ms: one write per request line woke the
 * reading process each time, a twentieth of the gateway's CPU under load (bench/README.md).
 * pino flushes what is left when the process exits.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), FLUSH_INTERVAL_MS).unref();
  return pino({ name: service, level, base: { service } }, destination);
}
