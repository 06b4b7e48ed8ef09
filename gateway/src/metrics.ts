import { Counter, Histogram } from 'prom-client';
import { Metrics } from '@igc/service-kit';

/** The gateway's metrics: the common ones, plus calls to each subgraph and the sizes of its caches. */
export class GatewayMetrics extends Metrics {
  private readonly subgraphCalls = new Counter({
    name: 'subgraph_requests_total',
    help: 'Requests the gateway sent to each subgraph, by outcome (ok, error: non-2xx, failed: unreachable or timed out).',
    labelNames: ['subgraph', 'outcome'],
    registers: [this.registry],
  });
  private readonly subgraphDuration = new Histogram({
    name: 'subgraph_request_duration_seconds',
    help: 'Time each subgraph took to answer the gateway.',
    labelNames: ['subgraph'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    super('gateway');
  }

  /** Wraps the fetch of one subgraph call: latency and outcome per subgraph. */
  async timeSubgraph<T extends { ok: boolean }>(subgraph: string, call: () => Promise<T>): Promise<T> {
    const stop = this.subgraphDuration.startTimer({ subgraph });
    try {
      const response = await call();
      this.subgraphCalls.inc({ subgraph, outcome: response.ok ? 'ok' : 'error' });
      return response;
    } catch (error) {
      this.subgraphCalls.inc({ subgraph, outcome: 'failed' });
      throw error;
    } finally {
      stop();
    }
  }
}
