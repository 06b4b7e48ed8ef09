import autocannon from 'autocannon';
import { signatureHeader } from './processes.js';

export interface CellResult {
  requests: number;
  seconds: number;
  /** Response times in ms, one per answered request. */
  latencies: number[];
  /** Connection errors and timeouts (autocannon's errors). */
  errors: number;
  /** 200 answers whose body holds GraphQL errors. */
  graphqlErrors: number;
  non2xx: number;
}

/** One autocannon run of one operation against one target, at fixed concurrency. */
export async function runCell(options: {
  url: string;
  /** Request bodies; each request takes one at random (identical concurrent requests are what a deduplicating gateway collapses). */
  bodies: string[];
  connections: number;
  seconds: number;
  timeoutSeconds?: number;
  /** Signs each body as our gateway does: a subgraph called directly answers only signed requests. */
  signingSecret?: string;
}): Promise<CellResult> {
  // Signed once per body, not per request: the load generator shares the 2 cores it measures.
  const headers = options.bodies.map((body) => ({
    'content-type': 'application/json',
    accept: 'application/json',
    ...signatureHeader(body, options.signingSecret),
  }));
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.seconds,
      timeout: options.timeoutSeconds ?? 30,
      requests: [
        {
          method: 'POST',
          headers: headers[0],
          body: options.bodies[0]!,
          setupRequest: (request) => {
            const index = Math.floor(Math.random() * options.bodies.length);
            return { ...request, headers: headers[index], body: options.bodies[index]! };
          },
          onResponse: (status: number, body: string) => {
            if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await done;
  return {
    requests: latencies.length,
    seconds: result.duration,
    latencies,
    errors: result.errors + result.timeouts,
    graphqlErrors,
    non2xx: result.non2xx,
  };
}

export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface Summary {
  requests: number;
  seconds: number;
  rps: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  graphqlErrors: number;
  non2xx: number;
}

/** Merges the runs of one operation and target (across interleaved rounds). */
export function summarize(cells: CellResult[]): Summary {
  const latencies = cells.flatMap((c) => c.latencies).sort((a, b) => a - b);
  const seconds = cells.reduce((s, c) => s + c.seconds, 0);
  const requests = latencies.length;
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    requests,
    seconds: Math.round(seconds * 100) / 100,
    rps: seconds ? Math.round((requests / seconds) * 10) / 10 : 0,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: cells.reduce((s, c) => s + c.errors, 0),
    graphqlErrors: cells.reduce((s, c) => s + c.graphqlErrors, 0),
    non2xx: cells.reduce((s, c) => s + c.non2xx, 0),
  };
}
