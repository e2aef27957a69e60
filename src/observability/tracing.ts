import { context, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/**
 * OpenTelemetry tracing, off unless `OTEL_EXPORTER_OTLP_ENDPOINT` is set. The code creates spans through
 * the API package alone (a no-op until an SDK is registered, so they cost next to nothing when off); the
 * SDK and the OTLP/HTTP exporter are imported only when tracing is turned on. The exporter reads the
 * standard OTEL_EXPORTER_OTLP_* variables itself; the service is named by OTEL_SERVICE_NAME (default
 * "switchboard").
 *
 * Spans: one per GraphQL operation (src/http/request-log.ts), one per resolver of a non-leaf field
 * (src/http/resolver-spans.ts), one per provider call and per call to a provider's API
 * (./provider-calls.ts). Their attributes are names, types and codes, never content or ids of content.
 */
export const tracer = trace.getTracer('switchboard');

export interface Tracing {
  /** Sends the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
  forceFlush(): Promise<void>;
}

let active: Tracing | null = null;

export function tracingEnabled(): boolean {
  return active !== null;
}

/** Starts exporting spans when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set; null otherwise. */
export async function startTracing(env: NodeJS.ProcessEnv = process.env): Promise<Tracing | null> {
  if (active) return active;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim()) return null;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME?.trim() || 'switchboard' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Sets the global tracer provider and an AsyncLocalStorage context manager, so spans nest across awaits.
  provider.register();
  const tracing: Tracing = {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      active = null;
      await provider.shutdown();
      trace.disable();
      context.disable();
    },
  };
  active = tracing;
  return tracing;
}

/**
 * Runs `work` in a new span, active for everything it awaits, ended when it settles. An error marks the
 * span failed with the error's code (a SwitchboardError's closed code, else its name), never its message.
 */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorLabel(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A bounded label for an error: its closed code when it has one, else its class name. */
export function errorLabel(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z_]{3,40}$/.test(code)) return code;
  return error instanceof Error ? error.name : 'Error';
}

export interface RunningSpan {
  /** Runs `work` with this span active (its nested spans become children). */
  run<T>(work: () => T): T;
  /** Ends the span; with an error, marked failed with the error's code. */
  end(error?: unknown): void;
}

/** A span started now and ended by the caller, for work whose end is not one awaited call. */
export function startSpan(name: string, attributes: Attributes): RunningSpan {
  const span = tracer.startSpan(name, { attributes });
  const spanContext = trace.setSpan(context.active(), span);
  return {
    run: (work) => context.with(spanContext, work),
    end: (error) => {
      if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: errorLabel(error) });
      span.end();
    },
  };
}
