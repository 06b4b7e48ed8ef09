#!/usr/bin/env node
// `npm start`: runs the whole stack as separate processes — the embedded database (unless
// DATABASE_URL points at a PostgreSQL), the three subgraphs, a first-run seed load, and the
// gateway — waits until each is ready, and stops them all on Ctrl-C / SIGTERM or when one dies.
// This file builds the environment; @igc/launcher (packages/launcher) starts and watches the processes.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { runStack } from '@igc/launcher';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env };
// The processes reach each other over loopback; GATEWAY_HOST and SUBGRAPH_HOST only decide what else
// they listen on (the embedded database listens on loopback alone).
const wildcard = (address) => !address || address === '0.0.0.0' || address === '::';
const host = '127.0.0.1';
const subgraphHost = wildcard(env.SUBGRAPH_HOST) ? host : env.SUBGRAPH_HOST;
const gatewayHost = wildcard(env.GATEWAY_HOST) ? host : env.GATEWAY_HOST;
if (env.HOST) console.warn('npm start: HOST is no longer read; GATEWAY_HOST publishes the gateway, SUBGRAPH_HOST the subgraphs.');
// Subgraphs answer only requests the gateway signed. Outside production a secret is made for this
// run; production must configure one (the gateway and subgraphs refuse to start without it).
if (!env.SUBGRAPH_SIGNING_SECRET && env.NODE_ENV !== 'production') env.SUBGRAPH_SIGNING_SECRET = randomBytes(32).toString('base64url');
// V8 sizes the young generation from the machine's memory (~128 MiB per process here), and under
// load each service filled it: 16 MiB semi-spaces kept RSS flat at the same throughput (bench soak).
// A NODE_OPTIONS of the user's comes after, so it wins.
env.NODE_OPTIONS = ['--max-semi-space-size=16', env.NODE_OPTIONS].filter(Boolean).join(' ');
// glibc gives each thread that allocates its own malloc arena (up to 8 per core) and keeps what they
// freed: two arenas bound that native memory (V8's heap is not malloc'd; bench soak in bench/README.md).
env.MALLOC_ARENA_MAX ??= '2';

let embeddedDbPort;
let embeddedDbEnv;
if (!env.DATABASE_URL) {
  embeddedDbPort = Number(env.EMBEDDED_DB_PORT ?? 5499);
  env.EMBEDDED_DB_DIR ??= `${root}.data/pglite`;
  env.DATABASE_URL = `postgres://postgres@${host}:${embeddedDbPort}/postgres`;
  // PGlite runs one statement at a time and each subgraph has DB_POOL_MAX (4) connections to it: more than
  // 8 requests in flight per subgraph only wait there, holding memory (bench soak: subgraph peaks 267 -> 174 MiB,
  // same requests/s).
  env.SUBGRAPH_CONNECTIONS ??= '8';
  // Opening PGlite (its WASM compiled, its files loaded) leaves ~50 MiB freed but kept in glibc's main heap;
  // blocks of 64 KiB and more mapped on their own go back to the system when freed (idle 235-253 -> ~181 MiB).
  embeddedDbEnv = { MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? '65536' };
}
const subgraphs = [
  { name: 'sessions', port: Number(env.SESSIONS_PORT ?? 4001) },
  { name: 'entities', port: Number(env.ENTITIES_PORT ?? 4002) },
  { name: 'frameworks', port: Number(env.FRAMEWORKS_PORT ?? 4003) },
];
for (const { name, port } of subgraphs) {
  env[`${name.toUpperCase()}_URL`] ??= `http://${subgraphHost}:${port}/graphql`;
}
const gatewayPort = Number(env.GATEWAY_PORT ?? 4000);

await runStack({ env, host, subgraphHost, gatewayHost, embeddedDbPort, embeddedDbEnv, subgraphs, gatewayPort });
