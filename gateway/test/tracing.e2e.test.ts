import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTracing, tracingConfigured } from '@igc/service-kit/telemetry';
import { describe, expect, it } from 'vitest';
import { ROOT } from './contract-path.js';

interface ProbeSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  attributes: Record<string, unknown>;
}

const SERVER = 1;
const CLIENT = 2;

describe('OpenTelemetry traces', () => {
  it('follow one request from the gateway through the subgraph to SQL, with W3C trace context over HTTP', async () => {
    // Its own process: the instrumentations must be registered before the modules they patch load.
    const { stdout } = await promisify(execFile)(process.execPath, ['gateway/test/fixtures/trace-probe.mjs'], {
      cwd: ROOT,
      timeout: 90_000,
    });
    const { answer, spans } = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      answer: { data?: unknown; errors?: unknown };
      spans: ProbeSpan[];
    };
    expect(answer.data).toEqual({ people: { totalCount: 0 } });
    expect(answer.errors).toBeUndefined();
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (span: ProbeSpan) => {
      const chain: ProbeSpan[] = [];
      for (let at = span.parentSpanId && byId.get(span.parentSpanId); at; at = at.parentSpanId ? byId.get(at.parentSpanId) : undefined)
        chain.push(at);
      return chain;
    };
    const sql = spans.find(
      (s) => s.name.startsWith('pg.query') && (s.attributes['db.system'] ?? s.attributes['db.system.name']) === 'postgresql',
    );
    expect(sql).toBeDefined();
    const path = ancestors(sql!);
    // SQL ← subgraph operation ← subgraph HTTP server ← gateway request (node:http client)
    //     ← gateway.fetch ← gateway.request ← gateway HTTP server
    const subgraphServer = path.find((s) => s.kind === SERVER)!;
    expect(path.some((s) => s.name.startsWith('query People__entities'))).toBe(true);
    expect(byId.get(subgraphServer.parentSpanId!)?.kind).toBe(CLIENT);
    const names = path.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['gateway.fetch', 'gateway.execute', 'gateway.request']));
    expect(names.indexOf('gateway.fetch')).toBeGreaterThan(names.indexOf(subgraphServer.name));
    expect(path.filter((s) => s.kind === SERVER)).toHaveLength(2);
  });

  it('loads nothing and exports nothing unless OTEL_* asks for it', async () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(await startTracing('unset', { env: {} })).toBe(false);
  });
});
