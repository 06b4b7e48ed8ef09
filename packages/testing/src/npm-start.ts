import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, httpOk, launch, readyUrl, waitUntil } from '@igc/launcher';

export interface Stack {
  url: string;
  output: () => string;
  ports: number[];
  /** Stops `npm start` as Ctrl-C would; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs `npm start`'s script as a real user would, on free ports and a throwaway data folder, and
 * waits until the gateway is ready. With `expectFailure`, waits for it to exit instead.
 */
export async function startStack(options: { dataDir?: string; env?: NodeJS.ProcessEnv; expectFailure?: boolean } = {}): Promise<Stack> {
  const [db, sessions, entities, frameworks, gateway] = (await Promise.all(Array.from({ length: 5 }, () => freePort()))) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_DB_DIR: options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'intergov-e2e-')), 'pglite'),
    EMBEDDED_DB_PORT: String(db),
    SESSIONS_PORT: String(sessions),
    ENTITIES_PORT: String(entities),
    FRAMEWORKS_PORT: String(frameworks),
    GATEWAY_PORT: String(gateway),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  delete env.DATABASE_URL;
  const npmStart = launch({ name: 'npm start', script: 'scripts/start.mjs', env });
  const gatewayPort = Number(env.GATEWAY_PORT);
  if (options.expectFailure) {
    await npmStart.exited;
  } else {
    try {
      await waitUntil('npm start', httpOk(readyUrl(gatewayPort)), { timeoutMs: 150_000, process: npmStart.child });
    } catch (error) {
      await npmStart.stop();
      throw new Error(`${(error as Error).message}:\n${npmStart.output()}`);
    }
  }
  return {
    url: `http://localhost:${gatewayPort}/graphql`,
    output: npmStart.output,
    ports: [db, sessions, entities, frameworks, gateway],
    stop: () => npmStart.stop(),
  };
}
