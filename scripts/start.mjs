#!/usr/bin/env node
// `npm start`: runs the whole stack as separate processes — the embedded database (unless
// DATABASE_URL points at a PostgreSQL), the three subgraphs, a first-run seed load, and the
// gateway — waits until each is ready, and stops them all on Ctrl-C / SIGTERM or when one dies.
// This file builds the environment; @igc/launcher (packages/launcher) starts and watches the processes.
import { fileURLToPath } from 'node:url';
import { runStack } from '@igc/launcher';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env };
const host = env.HOST ?? '127.0.0.1';

let embeddedDbPort;
if (!env.DATABASE_URL) {
  embeddedDbPort = Number(env.EMBEDDED_DB_PORT ?? 5499);
  env.EMBEDDED_DB_DIR ??= `${root}.data/pglite`;
  env.DATABASE_URL = `postgres://postgres@${host}:${embeddedDbPort}/postgres`;
}
const subgraphs = [
  { name: 'sessions', port: Number(env.SESSIONS_PORT ?? 4001) },
  { name: 'entities', port: Number(env.ENTITIES_PORT ?? 4002) },
  { name: 'frameworks', port: Number(env.FRAMEWORKS_PORT ?? 4003) },
];
for (const { name, port } of subgraphs) {
  env[`${name.toUpperCase()}_URL`] ??= `http://${host}:${port}/graphql`;
}
const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);

await runStack({ env, host, embeddedDbPort, subgraphs, gatewayPort });
