/**
 * The peers our gateway is compared with: GraphQL Hive Gateway on the committed supergraph (only
 * the subgraph URLs point at this run's ports), with its default JavaScript runtime and with
 * Hive Router's Rust query planner and executor (`--hive-router-runtime`), each with its
 * default deduplication of identical in-flight subgraph requests and without it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SubgraphName } from './operations.js';
import { SIGNATURE_HEADER } from '@igc/service-kit/signing';
import { freePort, graphqlRequest, HOST, ROOT, startNode, waitFor, type Managed } from './processes.js';

const require = createRequire(import.meta.url);
/** The Hive Gateway CLI, wherever npm placed the package. */
const HIVE_BIN = join(dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist/bin.js');

export type PeerName = 'hive' | 'hiveNoDedupe' | 'hiveRust' | 'hiveRustNoDedupe';
export const PEERS: PeerName[] = ['hive', 'hiveNoDedupe', 'hiveRust', 'hiveRustNoDedupe'];

const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** Versions of the peers' packages, recorded with the results. */
export function peerVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pkg of ['@graphql-hive/gateway', '@graphql-hive/router-runtime', '@graphql-hive/router-query-planner', '@apollo/gateway']) {
    try {
      out[pkg] = version(pkg);
    } catch {
      // @graphql-hive/router-query-planner is a dependency of router-runtime, resolved from there
      try {
        const fromRuntime = createRequire(require.resolve('@graphql-hive/router-runtime'));
        out[pkg] = JSON.parse(readFileSync(fromRuntime.resolve(`${pkg}/package.json`), 'utf8')).version;
      } catch {
        out[pkg] = 'unknown';
      }
    }
  }
  return out;
}

export async function startPeers(options: {
  subgraphUrls: Record<SubgraphName, string>;
  /** The stack's SUBGRAPH_SIGNING_SECRET. */
  signingSecret: string;
  tmpDir: string;
  managed: Managed[];
}): Promise<{ urls: Record<PeerName, string>; pids: Record<PeerName, number> }> {
  const { tmpDir } = options;
  const supergraph = readFileSync(join(ROOT, 'gateway/supergraph.graphql'), 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_m, name: string) => `@join__graph(name: "${name}", url: "${options.subgraphUrls[name as SubgraphName]}")`,
  );
  const supergraphPath = join(tmpDir, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraph);
  // Our subgraphs answer only signed requests: the peers sign each subgraph request's body as
  // our gateway does (an `onFetch` plugin, the hook Hive Gateway's own upstream plugins use).
  // Hive Gateway deduplicates identical in-flight subgraph requests by default; the second config turns that off.
  const signing = `import { createHmac } from 'node:crypto';
const sign = (body) => createHmac('sha256', ${JSON.stringify(options.signingSecret)}).update(body).digest('base64url');
const plugins = () => [{
  onFetch({ options, setOptions }) {
    if (typeof options.body === 'string') setOptions({ ...options, headers: { ...options.headers, '${SIGNATURE_HEADER}': sign(options.body) } });
  },
}];
`;
  const config = { dedupe: join(tmpDir, 'hive.config.mjs'), noDedupe: join(tmpDir, 'hive-no-dedupe.config.mjs') };
  writeFileSync(config.dedupe, `${signing}export const gatewayConfig = { plugins };\n`);
  writeFileSync(
    config.noDedupe,
    `${signing}export const gatewayConfig = { plugins, transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } };\n`,
  );
  const urls = {} as Record<PeerName, string>;
  const pids = {} as Record<PeerName, number>;
  const children: Partial<Record<PeerName, Managed>> = {};
  for (const peer of PEERS) {
    const port = await freePort();
    const args = [HIVE_BIN];
    args.push('--config-path', peer.endsWith('NoDedupe') ? config.noDedupe : config.dedupe);
    args.push('supergraph', supergraphPath, '--port', String(port), '--host', HOST, '--fork', '1');
    if (peer.startsWith('hiveRust')) args.push('--hive-router-runtime');
    const child = startNode(peer, args, { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' }, join(tmpDir, `${peer}.log`));
    options.managed.push(child);
    children[peer] = child;
    urls[peer] = `http://${HOST}:${port}/graphql`;
    pids[peer] = child.child.pid!;
  }
  for (const peer of PEERS) {
    const answers = async () => (await graphqlRequest(urls[peer], '{ __typename }').catch(() => null))?.data !== undefined;
    await waitFor(peer, answers, 120_000, children[peer]!.child);
  }
  for (const peer of PEERS.filter((p) => p.startsWith('hiveRust'))) {
    if (children[peer]!.output.some((l) => l.includes('Could not load the @graphql-hive/router-runtime'))) {
      throw new Error(`${peer}: Hive Gateway fell back to its default runtime (see ${peer}.log)`);
    }
  }
  return { urls, pids };
}
