// OpenTelemetry tracing, loaded only when an OTLP endpoint is configured: the SDK and the
// instrumentations cost memory, so a process without OTEL_* settings never imports them.
// Import this module before anything else (main.ts does, then imports the service dynamically):
// the instrumentations patch http, undici (fetch), pg and graphql as those are loaded.
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

/** True when the standard variables ask for OTLP trace export (and OTEL_SDK_DISABLED does not forbid it). */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  return !!(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Starts tracing for this process: W3C `traceparent` propagation, spans for incoming HTTP,
 * outgoing fetch (gateway → subgraph), GraphQL execution and SQL, exported over OTLP/HTTP as
 * the OTEL_* variables say. `exporter` replaces OTLP (tests pass an in-memory one). Returns
 * whether tracing started.
 */
export async function startTracing(service: string, options: { exporter?: SpanExporter; env?: NodeJS.ProcessEnv } = {}): Promise<boolean> {
  const env = options.env ?? process.env;
  if (!options.exporter && !tracingConfigured(env)) return false;
  // ESM modules are patched through import-in-the-middle's loader hook, registered before they load.
  const { register } = await import('node:module');
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [sdkNode, sdkBase, { resourceFromAttributes }, { registerInstrumentations }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
  ]);
  const [{ HttpInstrumentation }, { UndiciInstrumentation }, { PgInstrumentation }, { GraphQLInstrumentation }] = await Promise.all([
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-undici'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-graphql'),
  ]);
  const exporter = options.exporter ?? new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  const provider = new sdkNode.NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? service }),
    spanProcessors: [options.exporter ? new sdkBase.SimpleSpanProcessor(exporter) : new sdkBase.BatchSpanProcessor(exporter)],
  });
  // Registers the W3C trace-context propagator too: `traceparent` flows gateway → subgraph.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)\b/.test(req.url ?? '') }),
      new UndiciInstrumentation(),
      new PgInstrumentation(),
      // Resolver spans would be one per field: keep the parse/validate/execute spans only.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true, depth: 0 }),
    ],
  });
  process.once('beforeExit', () => void provider.shutdown());
  return true;
}

/** An exporter that keeps finished spans in memory, for tests that check a trace end to end. */
export async function inMemorySpanExporter() {
  const { InMemorySpanExporter } = await import('@opentelemetry/sdk-trace-base');
  return new InMemorySpanExporter();
}
