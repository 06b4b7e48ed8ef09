/**
 * Soak: the stack as `npm start` runs it under sustained load, a mix of every journey (each
 * request draws one operation and one variable set at random) at many connections, sampled
 * every few seconds: requests/s, p99, errors and the RSS of every process. Memory should
 * plateau, errors stay at zero.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { discover } from './compare.js';
import { percentile } from './load.js';
import { OPERATIONS } from './operations.js';
import { rssMiB, sleep, treeOf, treeRssMiB } from './processes.js';
import { startStack, stopStack, type Stack } from './stack.js';

export interface SoakOptions {
  seconds: number;
  connections: number;
  sampleSeconds: number;
  tmpDir: string;
  log: (line: string) => void;
}

export interface SoakSample {
  /** Seconds since the load started (end of the interval). */
  t: number;
  rps: number;
  p99: number | null;
  /** Connection errors and timeouts, non-2xx answers and 200 answers with GraphQL errors, in the interval. */
  errors: number;
  rss: Record<string, number | null>;
}

export interface SoakResult {
  date: string;
  settings: Omit<SoakOptions, 'tmpDir' | 'log'>;
  dataset: Record<string, number>;
  journeys: string[];
  idle: Record<string, number | null>;
  samples: SoakSample[];
  /** 5 s after the load stopped. */
  after: Record<string, number | null>;
  total: { requests: number; rps: number; p50: number | null; p99: number | null; errors: number; non2xx: number; graphqlErrors: number };
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const { log } = options;
  mkdirSync(options.tmpDir, { recursive: true });
  let stack: Stack | undefined;
  try {
    stack = await startStack({ tmpDir: options.tmpDir, sqlCount: false, log });
    const { processes } = stack;
    const { pools, dataset } = await discover(stack.urls.gateway);
    const bodies = OPERATIONS.flatMap((op) => pools[op.key].map((v) => JSON.stringify({ query: op.document, variables: v })));
    // RSS counts the Node binary's shared pages in every process; PSS shares them out, so the stack's PSS is its physical memory.
    const rssOf = () => ({
      ...Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, round(rssMiB(pid))])),
      stack: round(treeRssMiB(processes.npm!)),
      stackPss: round(treeOf(processes.npm!).reduce((sum, pid) => sum + (pssMiB(pid) ?? 0), 0)),
    });
    await sleep(2000);
    const idle = rssOf();
    const mix = `${bodies.length} requests of ${OPERATIONS.length} journeys`;
    log(`soak: ${options.seconds} s at ${options.connections} connections over ${mix}; idle stack ${idle.stack} MiB`);

    let latencies: number[] = [];
    const all: number[] = [];
    let errors = 0;
    let non2xx = 0;
    let graphqlErrors = 0;
    let intervalErrors = 0;
    const samples: SoakSample[] = [];
    const started = Date.now();
    let last = started;
    let finish!: () => void;
    let fail!: (error: unknown) => void;
    const done = new Promise<void>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    const instance = autocannon(
      {
        url: stack.urls.gateway,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: bodies[0]!,
            setupRequest: (request) => ({ ...request, body: bodies[Math.floor(Math.random() * bodies.length)]! }),
            onResponse: (status: number, body: string) => {
              if (status === 200 && body.includes('"errors"')) {
                graphqlErrors += 1;
                intervalErrors += 1;
              }
            },
          },
        ],
      },
      (error) => (error ? fail(error) : finish()),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      all.push(ms);
      if (status < 200 || status > 299) {
        non2xx += 1;
        intervalErrors += 1;
      }
    });
    const failed = () => {
      errors += 1;
      intervalErrors += 1;
    };
    instance.on('reqError', failed); // connection errors and timeouts
    const sample = () => {
      const now = Date.now();
      const sorted = latencies.sort((a, b) => a - b);
      const s: SoakSample = {
        t: Math.round((now - started) / 1000),
        rps: Math.round((sorted.length / ((now - last) / 1000)) * 10) / 10,
        p99: roundMs(percentile(sorted, 99)),
        errors: intervalErrors,
        rss: rssOf(),
      };
      samples.push(s);
      log(`soak t=${s.t}s: ${s.rps} req/s, p99 ${s.p99} ms, errors ${s.errors}, stack ${s.rss.stack} MiB, gateway ${s.rss.gateway} MiB`);
      latencies = [];
      intervalErrors = 0;
      last = now;
    };
    const timer = setInterval(sample, options.sampleSeconds * 1000);
    await done;
    clearInterval(timer);
    if (latencies.length) sample();
    await sleep(5000);
    const after = rssOf();
    const sorted = all.sort((a, b) => a - b);
    const seconds = (last - started) / 1000;
    return {
      date: new Date(started).toISOString(),
      settings: { seconds: options.seconds, connections: options.connections, sampleSeconds: options.sampleSeconds },
      dataset,
      journeys: OPERATIONS.map((op) => op.title),
      idle,
      samples,
      after,
      total: {
        requests: sorted.length,
        rps: Math.round((sorted.length / seconds) * 10) / 10,
        p50: roundMs(percentile(sorted, 50)),
        p99: roundMs(percentile(sorted, 99)),
        errors,
        non2xx,
        graphqlErrors,
      },
    };
  } finally {
    if (stack) await stopStack(stack);
  }
}

/** Proportional set size of a process in MiB (shared pages divided among their users), or null when gone. */
function pssMiB(pid: number): number | null {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const round = (v: number | null) => (v === null ? null : Math.round(v));
const roundMs = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

const COLUMN: Record<string, string> = { stack: 'stack total MiB', stackPss: 'stack PSS MiB' };

/** The soak as a markdown table: one row per sample (or the last of every `everySeconds`), RSS per process and of the stack. */
export function soakTable(s: SoakResult, everySeconds = s.settings.sampleSeconds): string {
  const bucket = (t: number) => Math.ceil(t / everySeconds);
  const samples = s.samples.filter((x, i) => i === s.samples.length - 1 || bucket(x.t) !== bucket(s.samples[i + 1]!.t));
  const names = Object.keys(s.idle);
  const row = (label: string, rps: string, p99: string, errors: string, rss: Record<string, number | null>) =>
    `| ${label} | ${rps} | ${p99} | ${errors} | ${names.map((n) => rss[n] ?? '–').join(' | ')} |`;
  return [
    `| t | req/s | p99 ms | errors | ${names.map((n) => COLUMN[n] ?? `${n} MiB`).join(' | ')} |`,
    `|---:|---:|---:|---:|${names.map(() => '---:').join('|')}|`,
    row('idle', '', '', '', s.idle),
    ...samples.map((x) => row(`${x.t} s`, x.rps.toFixed(0), String(x.p99 ?? '–'), String(x.errors), x.rss)),
    row('5 s after', '', '', '', s.after),
  ].join('\n');
}

export function soakSummary(s: SoakResult): string {
  const t = s.total;
  const stack = s.samples.map((x) => x.rss.stack ?? 0);
  const half = stack.slice(Math.floor(stack.length / 2));
  const growth = half.length > 1 ? half[half.length - 1]! - half[0]! : 0;
  return (
    `${s.settings.seconds} s at ${s.settings.connections} connections, a random mix of ${s.journeys.length} journeys: ` +
    `${t.requests} requests, ${t.rps} req/s, p50 ${t.p50} ms, p99 ${t.p99} ms, ` +
    `errors ${t.errors + t.non2xx + t.graphqlErrors} (connection ${t.errors}, non-2xx ${t.non2xx}, GraphQL ${t.graphqlErrors}). ` +
    `Stack RSS: idle ${s.idle.stack} MiB, peak ${Math.max(...stack)} MiB, over the second half ${growth >= 0 ? '+' : ''}${growth} MiB, ` +
    `5 s after ${s.after.stack} MiB (PSS ${s.idle.stackPss} idle, ${s.after.stackPss} after).`
  );
}
