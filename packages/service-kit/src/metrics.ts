import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Distinct operation names kept as labels; clients choose names, so the rest count as `other`. */
const MAX_OPERATION_LABELS = 200;

/**
 * Prometheus metrics of one process (prom-client), served at `/metrics`: the process's own
 * (memory, event loop, GC), GraphQL requests, latency and errors per operation, and what the
 * process adds (pool use, cache sizes, calls per subgraph).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  readonly requests: Counter<'operation'>;
  readonly duration: Histogram<'operation'>;
  readonly errors: Counter<'operation' | 'code'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests answered, per operation name.',
      labelNames: ['operation'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, per operation name.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors answered, per operation name and error code.',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
  }

  /** The operation's name as a label, bounded so clients cannot grow the registry without end. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    this.operations.add(name);
    return name;
  }

  /** A gauge read when Prometheus scrapes (pool use, cache sizes). */
  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** Counts every GraphQL request with its latency and errors. */
export function requestMetrics<T extends BaseContext>(metrics: Metrics): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const stop = metrics.duration.startTimer();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const operation = metrics.operationLabel(operationName);
          stop({ operation });
          metrics.requests.inc({ operation });
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          for (const error of errors ?? single?.errors ?? []) {
            metrics.errors.inc({ operation, code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          }
        },
      };
    },
  };
}
