/**
 * Gateways side by side: the system as `npm start` runs it (embedded database, three subgraphs,
 * seeds, our gateway), GraphQL Hive Gateway on the same committed supergraph and the same
 * subgraph processes, and the owning subgraph called directly. Operations and targets are
 * interleaved, so drift over the run (other load on the machine, a warming JIT) hits every
 * target alike.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCell, summarize, type CellResult, type Summary } from './load.js';
import {
  DISCOVERY,
  OPERATIONS,
  POOL_SIZE,
  SEARCH_TERMS,
  type Operation,
  type OperationKey,
  type SubgraphName,
  type VariablePools,
  type Variables,
} from './operations.js';
import { PEERS, peerVersions, startPeers, type PeerName } from './peers.js';
import { countFetches } from './plan.js';
import {
  cpuMs,
  freePort,
  graphqlRequest,
  HOST,
  httpOk,
  rssMiB,
  sleep,
  startNode,
  stop,
  treeCpuMs,
  treeRssMiB,
  waitFor,
  type Managed,
} from './processes.js';
import { startStack, stopStack, type Stack } from './stack.js';

export type TargetName = 'ours' | 'oursNoDedupe' | PeerName | 'direct';
export const TARGETS: TargetName[] = ['ours', 'oursNoDedupe', 'hive', 'hiveNoDedupe', 'hiveRust', 'hiveRustNoDedupe', 'direct'];

export interface CompareOptions {
  connections: number;
  warmupSeconds: number;
  rounds: number;
  seconds: number;
  sqlCount: boolean;
  /** Also run our gateway with its in-flight deduplication off (DEDUPLICATE_SUBGRAPH_QUERIES=false). */
  oursNoDedupe: boolean;
  /** When set, every process of the system writes a V8 CPU profile there when it stops. */
  cpuProfileDir?: string;
  tmpDir: string;
  log: (line: string) => void;
}

export interface OperationResult {
  key: OperationKey;
  title: string;
  subgraphs: SubgraphName[];
  variables: Record<string, unknown>;
  /** The variable sets the load draws from at random. */
  pool: Record<string, unknown>[];
  responseBytes: number;
  /** Fetches in our gateway's query plan (@apollo/query-planner on the committed supergraph). */
  planFetches: number;
  /** SQL statements per operation, per subgraph, per target (counted on the wire). */
  sql: Partial<Record<TargetName, Record<string, number>>>;
  /** Requests each subgraph served per operation, per target (the subgraphs' `graphql_requests_total`). */
  subgraphRequests?: Partial<Record<TargetName, Record<string, number>>>;
  results: Partial<Record<TargetName, Summary>>;
  /** CPU ms per request of each process (from /proc/<pid>/stat), per target: who pays for a request. */
  cpuPerRequest: Partial<Record<TargetName, Record<string, number>>>;
  ratios: {
    /** Ours over the faster of Hive Gateway's two runtimes, both deduplicating. */
    oursOverFastest?: number | null;
    /** Ours with dedupe off over the faster Hive runtime with dedupe off. */
    oursNoDedupeOverFastestNoDedupe?: number | null;
    oursOverHive: number | null;
    oursOverHiveRust?: number | null;
    oursOverHiveNoDedupe: number | null;
    oursOverDirect: number | null;
    oursNoDedupeOverHiveNoDedupe?: number | null;
  };
}

export interface CompareResult {
  dataset: Record<string, number>;
  operations: OperationResult[];
  /** RSS in MiB per process at rest, at its peak under load, and 2 s after the load. */
  rss: { idle: Record<string, number | null>; load: Record<string, number | null>; after?: Record<string, number | null> };
  readySeconds: number;
  settings: Omit<CompareOptions, 'log' | 'tmpDir' | 'cpuProfileDir' | 'oursNoDedupe'> & { oursNoDedupe?: boolean };
  /** Package versions of the gateways compared. */
  versions?: Record<string, string>;
}

export async function compareGateways(options: CompareOptions): Promise<CompareResult> {
  const { log, tmpDir } = options;
  mkdirSync(tmpDir, { recursive: true });
  const managed: Managed[] = [];
  let stack: Stack | undefined;
  try {
    // 1. The system as `npm start` runs it, on a fresh embedded database (seeds ingested), and the peers.
    stack = await startStack({ tmpDir, sqlCount: options.sqlCount, cpuProfileDir: options.cpuProfileDir, log });
    const { processes, proxy, readySeconds } = stack;
    // Requests are signed wherever they go: gateways ignore the header, a subgraph called directly requires it.
    const secret = stack.env.SUBGRAPH_SIGNING_SECRET!;
    const peers = await startPeers({ subgraphUrls: stack.urls, signingSecret: secret, tmpDir, managed });
    const urls: Record<TargetName | SubgraphName, string> = {
      ours: stack.urls.gateway,
      ...peers.urls,
      oursNoDedupe: '',
      direct: '',
      sessions: stack.urls.sessions,
      entities: stack.urls.entities,
      frameworks: stack.urls.frameworks,
    };
    if (options.oursNoDedupe) {
      // Our gateway again, on the same subgraphs, with its deduplication of identical in-flight subgraph queries off.
      const port = await freePort();
      const oursNoDedupe = startNode(
        'oursNoDedupe',
        ['gateway/dist/main.js'],
        {
          ...stack.env,
          DEDUPLICATE_SUBGRAPH_QUERIES: 'false',
          NODE_OPTIONS: `--max-semi-space-size=16 ${stack.env.NODE_OPTIONS ?? ''}`.trim(), // as npm start runs our gateway
          GATEWAY_PORT: String(port),
          SESSIONS_URL: urls.sessions,
          ENTITIES_URL: urls.entities,
          FRAMEWORKS_URL: urls.frameworks,
        },
        join(tmpDir, 'gateway-no-dedupe.log'),
      );
      managed.push(oursNoDedupe);
      await waitFor('our gateway without dedupe', httpOk(`http://${HOST}:${port}/health`), 60_000, oursNoDedupe.child);
      processes.oursNoDedupe = oursNoDedupe.child.pid!;
      urls.oursNoDedupe = `http://${HOST}:${port}/graphql`;
    }
    Object.assign(processes, peers.pids);
    log(`system ready in ${readySeconds.toFixed(1)} s; peers: ${PEERS.map((p) => `${p} ${urls[p]}`).join(', ')}`);
    // 5. Real ids, found in the running API.
    const { variables, pools, dataset } = await discover(urls.ours);
    log(
      `dataset: ${JSON.stringify(dataset)}; pools: ${Object.entries(pools)
        .map(([k, v]) => `${k} ${v.length}`)
        .join(', ')}; reference ids: ${JSON.stringify(variables)}`,
    );
    const targetUrl = (op: Operation, target: TargetName) =>
      target === 'direct' ? (op.direct ? urls[op.direct] : null) : urls[target] || null;

    // 6. Every target answers every operation, with the same data.
    const operations: OperationResult[] = [];
    for (const op of OPERATIONS) {
      const answers: Partial<Record<TargetName, string>> = {};
      for (const target of TARGETS) {
        const url = targetUrl(op, target);
        if (!url) continue;
        const answer = await graphqlRequest(url, op.document, variables[op.key], secret);
        if (answer.errors?.length || answer.status !== 200)
          throw new Error(`${op.key} on ${target}: ${answer.status} ${JSON.stringify(answer.errors)}`);
        answers[target] = JSON.stringify(answer.data);
      }
      for (const [target, text] of Object.entries(answers)) {
        if (text !== answers.ours) log(`warning: ${op.key} on ${target} answered other data than our gateway`);
      }
      // Identical concurrent requests (what a deduplicating gateway shares) must get the same answer each.
      for (const target of TARGETS) {
        const url = targetUrl(op, target);
        if (!url) continue;
        const burst = await Promise.all(Array.from({ length: 8 }, () => graphqlRequest(url, op.document, variables[op.key], secret)));
        const wrong = burst.filter((a) => a.errors?.length || JSON.stringify(a.data) !== answers.ours).length;
        if (wrong) throw new Error(`${op.key} on ${target}: ${wrong} of 8 concurrent identical requests answered differently`);
      }
      operations.push({
        key: op.key,
        title: op.title,
        subgraphs: op.subgraphs,
        variables: variables[op.key],
        pool: pools[op.key],
        responseBytes: answers.ours!.length,
        planFetches: countFetches(op.document),
        sql: {},
        subgraphRequests: {},
        results: {},
        cpuPerRequest: {},
        ratios: { oursOverHive: null, oursOverHiveNoDedupe: null, oursOverDirect: null },
      });
    }

    // 7. SQL statements per operation, per target: the counters' difference over a few sequential calls.
    if (proxy) {
      const counts = () =>
        new Promise<Record<string, number>>((resolve) => {
          const listener = (m: { counts?: Record<string, number> }) => {
            if (!m.counts) return;
            proxy!.off('message', listener);
            resolve(m.counts);
          };
          proxy!.on('message', listener);
          proxy!.send('counts');
        });
      // Requests each subgraph has served so far: the sum of its graphql_requests_total.
      const subgraphRequests = async () => {
        const served: Record<string, number> = {};
        for (const name of ['sessions', 'entities', 'frameworks'] as const) {
          const text = await (await fetch(stack!.urls[name].replace(/\/graphql$/, '/metrics'))).text();
          served[name] = text
            .split('\n')
            .filter((line) => line.startsWith('graphql_requests_total'))
            .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
        }
        return served;
      };
      const repeat = 5;
      for (const op of OPERATIONS) {
        const result = operations.find((o) => o.key === op.key)!;
        for (const target of TARGETS) {
          const url = targetUrl(op, target);
          if (!url) continue;
          await graphqlRequest(url, op.document, variables[op.key], secret); // warm: ORM metadata, plans
          const [before, requestsBefore] = [await counts(), await subgraphRequests()];
          for (let i = 0; i < repeat; i++) await graphqlRequest(url, op.document, variables[op.key], secret);
          const [after, requestsAfter] = [await counts(), await subgraphRequests()];
          result.sql[target] = Object.fromEntries(Object.keys(after).map((k) => [k, (after[k]! - before[k]!) / repeat]));
          result.subgraphRequests![target] = Object.fromEntries(
            Object.keys(requestsAfter).map((k) => [k, (requestsAfter[k]! - requestsBefore[k]!) / repeat]),
          );
        }
      }
    }

    // 8. RSS at rest, then the load: rounds × operations × targets, the target order rotating.
    await sleep(2000);
    // Hive Gateway runs a primary and a worker: its whole tree counts. "stack" is everything `npm start` runs.
    const rssOf = () => ({
      ...Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, (name.startsWith('hive') ? treeRssMiB : rssMiB)(pid)])),
      stack: treeRssMiB(processes.npm!),
    });
    const idle = rssOf();
    const peak: Record<string, number | null> = { ...idle };
    const sampler = setInterval(() => {
      for (const [name, value] of Object.entries(rssOf())) if (value !== null && (peak[name] ?? 0) < value) peak[name] = value;
    }, 250);
    const cells: Record<string, CellResult[]> = {};
    const cpuOf = () =>
      Object.fromEntries(
        Object.entries(processes).map(([name, pid]) => [name, (name.startsWith('hive') ? treeCpuMs(pid) : cpuMs(pid)) ?? 0]),
      );
    const cpuUsed: Record<string, Record<string, number>> = {};
    const bodies = (op: Operation) => pools[op.key].map((v) => JSON.stringify({ query: op.document, variables: v }));
    const plan: { op: Operation; target: TargetName; url: string }[] = [];
    for (const op of OPERATIONS)
      for (const target of TARGETS) {
        const url = targetUrl(op, target);
        if (url) plan.push({ op, target, url });
      }
    try {
      log(`warm-up: ${plan.length} cells × ${options.warmupSeconds} s`);
      for (const { op, url } of plan)
        await runCell({ url, bodies: bodies(op), signingSecret: secret, connections: options.connections, seconds: options.warmupSeconds });
      for (let round = 0; round < options.rounds; round++) {
        log(`round ${round + 1}/${options.rounds}: ${plan.length} cells × ${options.seconds} s at ${options.connections} connections`);
        for (const op of OPERATIONS) {
          const targets = plan.filter((p) => p.op === op);
          for (let i = 0; i < targets.length; i++) {
            const { target, url } = targets[(i + round) % targets.length]!;
            const cpuBefore = cpuOf();
            const cell = await runCell({
              url,
              bodies: bodies(op),
              signingSecret: secret,
              connections: options.connections,
              seconds: options.seconds,
            });
            const cpuAfter = cpuOf();
            const used = (cpuUsed[`${op.key}/${target}`] ??= {});
            for (const name of Object.keys(cpuAfter)) used[name] = (used[name] ?? 0) + cpuAfter[name]! - cpuBefore[name]!;
            (cells[`${op.key}/${target}`] ??= []).push(cell);
          }
        }
      }
    } finally {
      clearInterval(sampler);
    }
    await sleep(2000);
    const after = rssOf();
    for (const result of operations) {
      for (const target of TARGETS) {
        const runs = cells[`${result.key}/${target}`];
        if (runs) {
          result.results[target] = summarize(runs);
          const requests = result.results[target]!.requests;
          const used = cpuUsed[`${result.key}/${target}`] ?? {};
          result.cpuPerRequest[target] = Object.fromEntries(
            Object.entries(used).map(([name, ms]) => [name, requests ? Math.round((ms / requests) * 100) / 100 : 0]),
          );
        }
      }
      const rps = (t: TargetName) => result.results[t]?.rps ?? null;
      const ratio = (a: number | null, b: number | null) => (a && b ? Math.round((a / b) * 100) / 100 : null);
      const fastest = (...targets: TargetName[]) => Math.max(...targets.map((t) => rps(t) ?? 0)) || null;
      result.ratios = {
        oursOverFastest: ratio(rps('ours'), fastest('hive', 'hiveRust')),
        oursNoDedupeOverFastestNoDedupe: ratio(rps('oursNoDedupe'), fastest('hiveNoDedupe', 'hiveRustNoDedupe')),
        oursOverHiveRust: ratio(rps('ours'), rps('hiveRust')),
        oursOverHive: ratio(rps('ours'), rps('hive')),
        oursOverHiveNoDedupe: ratio(rps('ours'), rps('hiveNoDedupe')),
        oursOverDirect: ratio(rps('ours'), rps('direct')),
        oursNoDedupeOverHiveNoDedupe: ratio(rps('oursNoDedupe'), rps('hiveNoDedupe')),
      };
    }
    const round1 = (r: Record<string, number | null>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : Math.round(v)]));
    return {
      dataset,
      operations,
      rss: { idle: round1(idle), load: round1(peak), after: round1(after) },
      readySeconds: Math.round(readySeconds * 10) / 10,
      versions: peerVersions(),
      settings: {
        connections: options.connections,
        warmupSeconds: options.warmupSeconds,
        rounds: options.rounds,
        seconds: options.seconds,
        sqlCount: options.sqlCount,
        oursNoDedupe: options.oursNoDedupe,
      },
    };
  } finally {
    for (const m of [...managed].reverse()) await stop(m);
    if (stack) await stopStack(stack);
  }
}

/**
 * Finds the richest sessions, organizations and frameworks on the first pages, and search
 * terms with hits: the first of each pool is the "reference" variable set (validation, SQL
 * counts); the load draws from the whole pool.
 */
export async function discover(url: string): Promise<{ variables: Variables; pools: VariablePools; dataset: Record<string, number> }> {
  type Nodes<T> = { totalCount: number; nodes: T[] };
  const get = async <T>(query: string) => {
    const answer = await graphqlRequest<T>(url, query);
    if (!answer.data) throw new Error(`discovery failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const top = <T>(items: T[], score: (t: T) => number) => [...items].sort((a, b) => score(b) - score(a)).slice(0, POOL_SIZE);
  const { sessions } = await get<{ sessions: Nodes<{ id: string; hasRecord: boolean; agenda: unknown[]; participants: unknown[] }> }>(
    DISCOVERY.sessions,
  );
  const { organizations } = await get<{ organizations: Nodes<{ id: string; participations: { totalCount: number } }> }>(
    DISCOVERY.organizations,
  );
  const { frameworks } = await get<{ frameworks: Nodes<{ id: string; provisions: unknown[]; endorsements: { totalCount: number } }> }>(
    DISCOVERY.frameworks,
  );
  const { documents } = await get<{ documents: Nodes<{ id: string; paragraphs: { totalCount: number } }> }>(DISCOVERY.paragraphs);
  const sessionPool = top(sessions.nodes, (s) => s.participants.length * 100 + s.agenda.length);
  const organizationPool = top(organizations.nodes, (o) => o.participations.totalCount);
  const frameworkPool = top(frameworks.nodes, (f) => f.endorsements.totalCount * 1000 + f.provisions.length);
  if (!sessionPool.length || !organizationPool.length || !frameworkPool.length)
    throw new Error('discovery: no session, organization or framework in the API');
  const terms: string[] = [];
  for (const term of SEARCH_TERMS) {
    const { search } = await get<{ search: { totalCount: number } }>(`{ search(query: ${JSON.stringify(term)}, first: 1) { totalCount } }`);
    if (search.totalCount > 0) terms.push(term);
  }
  if (!terms.length) terms.push(SEARCH_TERMS[0]!);
  const pools: VariablePools = {
    session: sessionPool.map((s) => ({ id: s.id })),
    organization: organizationPool.map((o) => ({ id: o.id })),
    framework: frameworkPool.map((f) => ({ id: f.id })),
    search: terms.map((query) => ({ query, first: 10 })),
  };
  return {
    pools,
    variables: {
      session: pools.session[0]!,
      organization: pools.organization[0]!,
      framework: pools.framework[0]!,
      search: pools.search[0]!,
    },
    dataset: {
      sessions: sessions.totalCount,
      organizations: organizations.totalCount,
      frameworks: frameworks.totalCount,
      documents: documents.totalCount,
      paragraphs: documents.nodes.reduce((s, d) => s + d.paragraphs.totalCount, 0),
      participantsOfSession: sessionPool[0]!.participants.length,
      participationsOfOrganization: organizationPool[0]!.participations.totalCount,
      provisionsOfFramework: frameworkPool[0]!.provisions.length,
      endorsementsOfFramework: frameworkPool[0]!.endorsements.totalCount,
    },
  };
}
