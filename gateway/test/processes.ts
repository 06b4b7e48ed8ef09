import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@igc/service-kit/testing';
import { ROOT } from './contract-path.js';

/** A service started as its own process, as in production, so tests can kill and restart it. */
export interface ServiceProcess {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startService(name: string, script: string, port: number, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name,
    port,
    url,
    child,
    output: () => output,
    kill: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export async function startSubgraphProcess(name: 'sessions' | 'entities' | 'frameworks', env: NodeJS.ProcessEnv, port?: number) {
  const p = port ?? (await freePort());
  return startService(name, `subgraphs/${name}/dist/main.js`, p, { LOG_LEVEL: 'warn', ...env, [`${name.toUpperCase()}_PORT`]: String(p) });
}
