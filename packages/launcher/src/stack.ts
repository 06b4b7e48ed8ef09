import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { launch, type ManagedProcess, runToCompletion } from './process.js';
import { portOpen } from './ports.js';
import { httpOk, readyUrl, waitUntil } from './wait.js';

/** What `npm start` runs, with the environment its caller built (ports, URLs, data folder). */
export interface StackPlan {
  env: NodeJS.ProcessEnv;
  /** Where the database is reached, and the services unless named below. */
  host: string;
  /** Where the subgraphs and the gateway are reached, when they listen on one address that is not `host`. */
  subgraphHost?: string;
  gatewayHost?: string;
  /** Start the embedded database on this port first (omit when DATABASE_URL names a PostgreSQL). */
  embeddedDbPort?: number;
  /** Environment of the embedded database only, on top of `env`. */
  embeddedDbEnv?: NodeJS.ProcessEnv;
  subgraphs: { name: string; port: number }[];
  gatewayPort: number;
}

const READY_TIMEOUT_MS = 90_000;

/**
 * Runs the whole stack in the foreground, as `npm start` does: the embedded database, the
 * subgraphs, a first-run seed load, then the gateway, each waited for on its `/ready`. Output is
 * forwarded line by line with the process's name. Everything stops on Ctrl-C / SIGTERM, or when
 * one process dies; this process then exits.
 */
export async function runStack(plan: StackPlan): Promise<void> {
  const started = Date.now();
  const { env, host } = plan;
  const children: ManagedProcess[] = [];
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Reverse start order: the gateway first, the database last.
    for (const child of [...children].reverse()) await child.stop('SIGTERM', 10_000);
    process.exit(code);
  };
  const fail = (message: string) => {
    if (stopping) return;
    console.error(`\nnpm start: ${message}`);
    void stopAll(1);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const start = (name: string, script: string, extraEnv: NodeJS.ProcessEnv = {}) => {
    // Forwarded, not kept: with LOG_LEVEL=info every request of every service is a line.
    const child = launch({ name, script, env: { ...env, ...extraEnv }, prefixOutput: true, keepOutput: false });
    children.push(child);
    void child.exited.then(() => {
      const { exitCode, signalCode } = child.child;
      fail(`${name} stopped unexpectedly (${signalCode ?? `exit code ${exitCode}`}); see its output above.`);
    });
    return child;
  };
  const ready = (child: ManagedProcess, check: () => Promise<boolean>) =>
    waitUntil(child.name, check, { timeoutMs: READY_TIMEOUT_MS, process: child.child, cancelled: () => stopping });

  try {
    if (plan.embeddedDbPort !== undefined) {
      const port = plan.embeddedDbPort;
      if (await portOpen(port, host))
        throw new Error(`port ${port} (EMBEDDED_DB_PORT) is already in use: is another \`npm start\` running?`);
      const db = start('embedded-db', 'packages/service-kit/dist/embedded-db-main.js', plan.embeddedDbEnv);
      await ready(db, () => portOpen(port, host));
    }
    const subgraphs = plan.subgraphs.map(({ name, port }) => ({ port, child: start(name, `subgraphs/${name}/dist/main.js`) }));
    await Promise.all(subgraphs.map(({ port, child }) => ready(child, httpOk(readyUrl(port, plan.subgraphHost ?? host)))));
    await runToCompletion({
      name: 'ingest',
      script: 'seeds/dist/cli.js',
      args: ['--if-empty'],
      env,
      prefixOutput: true,
      keepOutput: false,
    });
    const gateway = start('gateway', 'gateway/dist/main.js');
    await ready(gateway, httpOk(readyUrl(plan.gatewayPort, plan.gatewayHost ?? host)));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nReady in ${seconds} s. GraphQL and Apollo Sandbox: http://localhost:${plan.gatewayPort}/graphql  (Ctrl-C stops everything)`,
    );
    releaseStartupMemory();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

/**
 * From here on the launcher only forwards output and waits: V8's memory-reducing collection (what
 * it runs on a low-memory notification) gives back the young generation and the garbage that
 * starting five processes left. `gc` is exposed in a separate context only.
 */
function releaseStartupMemory(): void {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as (options: { type: 'major'; flavor: 'last-resort' }) => void;
  collectGarbage({ type: 'major', flavor: 'last-resort' });
}
