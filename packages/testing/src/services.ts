import { freePort, type ManagedService, startService as launchService } from '@igc/launcher';

export type ServiceProcess = ManagedService;

/** Starts a service as its own process, as in production, so that tests can kill and restart it. */
export function startService(name: string, script: string, port: number, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  return launchService({ name, script, port, env: { ...process.env, ...env } });
}

/** Starts a subgraph process on `port` (by default a free one). */
export async function startSubgraphProcess(
  name: 'sessions' | 'entities' | 'frameworks',
  env: NodeJS.ProcessEnv,
  port?: number,
): Promise<ServiceProcess> {
  const p = port ?? (await freePort());
  return startService(name, `subgraphs/${name}/dist/main.js`, p, { LOG_LEVEL: 'warn', ...env, [`${name.toUpperCase()}_PORT`]: String(p) });
}
