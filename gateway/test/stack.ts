import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@igc/service-kit/testing';
import { ROOT } from './contract-path.js';

export interface Stack {
  url: string;
  output: () => string;
  ports: number[];
  stop(): Promise<number | null>;
}

/** Runs `npm start`'s launcher as a real user would, on free ports and a throwaway data folder. */
export async function startStack(options: { dataDir?: string; env?: NodeJS.ProcessEnv; expectFailure?: boolean } = {}): Promise<Stack> {
  const [db, sessions, entities, frameworks, gateway] = await Promise.all(Array.from({ length: 5 }, freePort));
  const env = {
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
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Ready in')) finish();
    }, 100);
    const finish = (error?: Error) => {
      clearInterval(timer);
      if (error) reject(error);
      else resolve();
    };
    void exited.then((code) => (options.expectFailure ? finish() : finish(new Error(`npm start exited with ${code}:\n${output}`))));
    setTimeout(() => finish(new Error(`npm start not ready after 150 s:\n${output}`)), 150_000);
  });
  return {
    url: `http://localhost:${gateway}/graphql`,
    output: () => output,
    ports: [db!, sessions!, entities!, frameworks!, gateway!],
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
