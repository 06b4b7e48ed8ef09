/**
 * The system under test, started the way a developer starts it: `npm start` (npm, its launcher,
 * the embedded database, three subgraphs, the seed load, our gateway) on free ports and a
 * throwaway database folder, with the statement-counting proxy between the subgraphs and the
 * database when asked. The RSS of "the stack" is the RSS of that whole process tree.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import type { SubgraphName } from './operations.js';
import { freePort, HOST, portOpen, ROOT, startNode, stop, treeOf, waitFor, type Managed } from './processes.js';

export interface Stack {
  /** The processes of the stack by role; `npm` is the root of the tree `npm start` made. */
  processes: Record<string, number>;
  ports: { db: number; gateway: number } & Record<SubgraphName, number>;
  urls: { gateway: string } & Record<SubgraphName, string>;
  /** The environment the stack's processes got (for starting more gateways on the same subgraphs). */
  env: NodeJS.ProcessEnv;
  proxy?: ChildProcess;
  managed: Managed[];
  readySeconds: number;
}

/** npm's CLI: the one running this bench (`npm run bench`), else the first `npm` on PATH. */
function npmCli(): string {
  const candidates = [process.env.npm_execpath];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const bin = join(dir, 'npm');
    if (!existsSync(bin)) continue;
    const real = realpathSync(bin);
    candidates.push(real, join(dirname(real), '../lib/node_modules/npm/bin/npm-cli.js'));
  }
  const found = candidates.find((path): path is string => !!path && path.endsWith('.js') && existsSync(path));
  if (!found) throw new Error('npm-cli.js not found: run the bench with `npm run bench`');
  return found;
}

export async function startStack(options: {
  tmpDir: string;
  sqlCount: boolean;
  cpuProfileDir?: string;
  log: (line: string) => void;
}): Promise<Stack> {
  const { tmpDir, log } = options;
  const started = Date.now();
  const ports = {
    db: await freePort(),
    sessions: await freePort(),
    entities: await freePort(),
    frameworks: await freePort(),
    gateway: await freePort(),
  };
  const managed: Managed[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_DB_DIR: join(tmpDir, 'pglite'),
    EMBEDDED_DB_PORT: String(ports.db),
    SESSIONS_PORT: String(ports.sessions),
    ENTITIES_PORT: String(ports.entities),
    FRAMEWORKS_PORT: String(ports.frameworks),
    GATEWAY_PORT: String(ports.gateway),
    HOST,
    LOG_LEVEL: 'warn',
    // Known to the bench, so the second gateway and the peers can sign their subgraph requests.
    SUBGRAPH_SIGNING_SECRET: randomBytes(32).toString('base64url'),
  };
  for (const name of ['DATABASE_URL', 'SESSIONS_URL', 'ENTITIES_URL', 'FRAMEWORKS_URL']) delete env[name];
  // `npm run bench` sets npm_* variables; the stack's npm must not inherit them.
  for (const name of Object.keys(env)) if (name.startsWith('npm_')) delete env[name];

  let proxy: ChildProcess | undefined;
  if (options.sqlCount) {
    const proxyPorts = { sessions: await freePort(), entities: await freePort(), frameworks: await freePort() };
    const p = startNode(
      'pg-count-proxy',
      [
        join(ROOT, 'bench/dist/pg-count-proxy.js'),
        HOST,
        String(ports.db),
        ...Object.entries(proxyPorts).map(([name, port]) => `${name}=${port}`),
      ],
      process.env,
      join(tmpDir, 'proxy.log'),
      true,
    );
    proxy = p.child;
    managed.push(p);
    const listening = async () => (await Promise.all(Object.values(proxyPorts).map((port) => portOpen(port)()))).every(Boolean);
    await waitFor('SQL counting proxy', listening, 10_000, proxy);
    // Connections go through the proxy only once the database listens (the launcher waits for that).
    for (const [name, port] of Object.entries(proxyPorts)) {
      env[`${name.toUpperCase()}_DATABASE_URL`] = `postgres://postgres@${HOST}:${port}/postgres`;
    }
  }

  const subgraphPorts = `:${ports.sessions} :${ports.entities} :${ports.frameworks}`;
  log(`starting the system (npm start --ignore-scripts: gateway :${ports.gateway}, subgraphs ${subgraphPorts}, database :${ports.db})`);
  const systemEnv = { ...env };
  if (options.cpuProfileDir) systemEnv.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${options.cpuProfileDir}`.trim();
  // --ignore-scripts skips `prestart` (the build: the bench has built already), not `start` itself.
  const system = startNode('system', [npmCli(), 'start', '--ignore-scripts'], systemEnv, join(tmpDir, 'system.log'));
  managed.push(system);
  try {
    await waitFor('npm start ("Ready in")', async () => system.output.some((l) => l.includes('Ready in')), 240_000, system.child);
  } catch (error) {
    await stopStack({ processes: { npm: system.child.pid! }, managed });
    throw error;
  }
  const readySeconds = (Date.now() - started) / 1000;

  const processes: Record<string, number> = { npm: system.child.pid! };
  for (const pid of treeOf(system.child.pid!)) {
    const cmdline = cmdlineOf(pid);
    const [program = '', ...rest] = cmdline.split(' ');
    // npm runs the start script through `sh -c`; the launcher is the Node process under it.
    if (/(^|\/)node$/.test(program) && /scripts\/(start|launch)/.test(rest.join(' '))) processes.launcher ??= pid;
    else if (/^(\/bin\/|\/usr\/bin\/)?sh /.test(cmdline)) processes['npm-sh'] = pid;
    if (cmdline.includes('embedded-db-main.js')) processes['embedded-db'] = pid;
    for (const name of ['sessions', 'entities', 'frameworks']) {
      if (cmdline.includes(`subgraphs/${name}/dist/main.js`)) processes[name] = pid;
    }
    if (cmdline.includes('gateway/dist/main.js')) processes.gateway = pid;
  }
  for (const role of ['embedded-db', 'sessions', 'entities', 'frameworks', 'gateway']) {
    if (!processes[role]) throw new Error(`npm start: no ${role} process found in its process tree`);
  }
  if (proxy) processes['sql-proxy'] = proxy.pid!;
  return {
    processes,
    ports,
    urls: {
      gateway: `http://${HOST}:${ports.gateway}/graphql`,
      sessions: `http://${HOST}:${ports.sessions}/graphql`,
      entities: `http://${HOST}:${ports.entities}/graphql`,
      frameworks: `http://${HOST}:${ports.frameworks}/graphql`,
    },
    env,
    proxy,
    managed,
    readySeconds,
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function cmdlineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/**
 * Stops the stack: SIGTERM to the launcher (npm does not pass it on: its `sh -c` dies and the
 * launcher would be orphaned), which stops its children in order, and they write their CPU
 * profiles; then npm, then whatever of the tree is left.
 */
export async function stopStack(stack: Pick<Stack, 'processes' | 'managed'>): Promise<void> {
  const tree = treeOf(stack.processes.npm!);
  const launcher = stack.processes.launcher ?? tree.find((pid) => /(^|\/)node scripts\/(start|launch)/.test(cmdlineOf(pid)));
  if (launcher) {
    process.kill(launcher, 'SIGTERM');
    await waitFor('the stack to stop', async () => tree.every((pid) => pid === tree[0] || !alive(pid)), 60_000).catch(() => undefined);
  }
  for (const m of [...stack.managed].reverse()) await stop(m);
  for (const pid of tree) {
    try {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
