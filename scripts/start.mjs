#!/usr/bin/env node
// `npm start`: runs the whole stack as separate processes — the embedded database (unless
// DATABASE_URL points at a PostgreSQL), the three subgraphs, a first-run seed load, and the
// gateway — waits until each is healthy, and stops them all on Ctrl-C / SIGTERM or when one dies.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env };
// V8 sizes the young generation from the machine's memory (~128 MiB per process here), and under
// load each service filled it: 16 MiB semi-spaces kept RSS flat at the same throughput (bench soak).
// A NODE_OPTIONS of the user's comes after, so it wins.
env.NODE_OPTIONS = ['--max-semi-space-size=16', env.NODE_OPTIONS].filter(Boolean).join(' ');
const host = env.HOST ?? '127.0.0.1';
const started = Date.now();
const children = [];
let stopping = false;

function fail(message) {
  console.error(`\nnpm start: ${message}`);
  void stopAll(1);
}

function run(name, script, { waitForExit = false } = {}) {
  const child = spawn(process.execPath, [script, ...(waitForExit ? ['--if-empty'] : [])], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const forward = (stream, out) =>
    stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, prefix)));
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  if (waitForExit) {
    return new Promise((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with code ${code}`)))),
    );
  }
  children.push({ name, child });
  child.on('exit', (code, signal) => {
    if (!stopping) fail(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); see its output above.`);
  });
  return child;
}

async function waitFor(name, check, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopped');
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become healthy within ${timeoutMs / 1000} s`);
}

const httpOk = (url) => () => fetch(url).then((r) => r.ok, () => false);
const portOpen = (port) => () =>
  new Promise((resolve) => {
    const socket = createConnection({ host, port }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  // Reverse start order: the gateway first, the database last.
  for (const { child } of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill('SIGTERM');
    await new Promise((resolve) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), 10_000);
      child.on('exit', () => (clearTimeout(timer), resolve()));
    });
  }
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_DB_PORT ?? 5499);
    if (await portOpen(port)()) throw new Error(`port ${port} (EMBEDDED_DB_PORT) is already in use: is another \`npm start\` running?`);
    env.EMBEDDED_DB_DIR ??= `${root}.data/pglite`;
    run('embedded-db', 'packages/service-kit/dist/embedded-db-main.js');
    await waitFor('embedded-db', portOpen(port));
    env.DATABASE_URL = `postgres://postgres@${host}:${port}/postgres`;
  }
  const subgraphs = [
    ['sessions', Number(env.SESSIONS_PORT ?? 4001)],
    ['entities', Number(env.ENTITIES_PORT ?? 4002)],
    ['frameworks', Number(env.FRAMEWORKS_PORT ?? 4003)],
  ];
  for (const [name, port] of subgraphs) {
    env[`${name.toUpperCase()}_URL`] ??= `http://${host}:${port}/graphql`;
    run(name, `subgraphs/${name}/dist/main.js`);
  }
  await Promise.all(subgraphs.map(([name, port]) => waitFor(name, httpOk(`http://${host}:${port}/health`))));
  await run('ingest', 'seeds/dist/cli.js', { waitForExit: true });
  run('gateway', 'gateway/dist/main.js');
  const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);
  await waitFor('gateway', httpOk(`http://${host}:${gatewayPort}/health`));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nReady in ${seconds} s. GraphQL and Apollo Sandbox: http://localhost:${gatewayPort}/graphql  (Ctrl-C stops everything)`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
