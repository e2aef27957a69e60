import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Switchboard's Prometheus metrics, in one registry served at /metrics (src/http/metrics.ts). Counters and
 * histograms are updated where things happen; gauges that describe state (pool use, the scheduler's
 * queue) are read when Prometheus scrapes, from the sources registered by running services.
 *
 * Labels hold bounded values only: provider names, method names, operation types and names, error codes,
 * event types. Never ids or content. GraphQL request duration by operation name and type comes from
 * @graphql-yoga/plugin-prometheus on the same registry (graphql_envelop_*, graphql_yoga_http_duration).
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const registers = [metricsRegistry];
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const graphqlErrors = new Counter({
  name: 'switchboard_graphql_errors_total',
  help: 'Errors answered to GraphQL clients, by the closed error code and operation type.',
  labelNames: ['code', 'operationType'] as const,
  registers,
});

export const activeSubscriptions = new Gauge({
  name: 'switchboard_active_subscriptions',
  help: 'GraphQL subscriptions being served now, by transport (sse, ws).',
  labelNames: ['transport'] as const,
  registers,
});

export const openConnections = new Gauge({
  name: 'switchboard_open_connections',
  help: 'Open client connections, by kind (http: TCP connections of the HTTP server; websocket: graphql-ws sockets).',
  labelNames: ['kind'] as const,
  registers,
});

export const eventsPublished = new Counter({
  name: 'switchboard_events_published_total',
  help: 'Events this instance recorded in the event log and published on the bus, by provider and type.',
  labelNames: ['provider', 'type'] as const,
  registers,
});

export const eventsReceived = new Counter({
  name: 'switchboard_events_received_total',
  help: 'Events this instance received from the bus (from any instance), by provider.',
  labelNames: ['provider'] as const,
  registers,
});

export const eventsDelivered = new Counter({
  name: 'switchboard_events_delivered_total',
  help: 'Subscription results sent to subscribers, by transport.',
  labelNames: ['transport'] as const,
  registers,
});

export const eventLag = new Histogram({
  name: 'switchboard_event_lag_seconds',
  help: 'From an event occurring (its occurredAt in the event log) to this instance receiving it from the bus, by provider.',
  labelNames: ['provider'] as const,
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
  registers,
});

export const providerCalls = new Counter({
  name: 'switchboard_provider_calls_total',
  help: 'Calls to a workspace provider (the MessagingProvider interface), by provider, method and outcome (ok or an error code).',
  labelNames: ['provider', 'method', 'outcome'] as const,
  registers,
});

export const providerCallDuration = new Histogram({
  name: 'switchboard_provider_call_duration_seconds',
  help: 'Latency of calls to a workspace provider, by provider and method.',
  labelNames: ['provider', 'method'] as const,
  buckets: LATENCY_BUCKETS,
  registers,
});

export const upstreamCalls = new Counter({
  name: 'switchboard_upstream_calls_total',
  help: "Calls to a provider's own API (its HTTP methods), by provider, method and outcome (ok or an error code).",
  labelNames: ['provider', 'method', 'outcome'] as const,
  registers,
});

export const upstreamCallDuration = new Histogram({
  name: 'switchboard_upstream_call_duration_seconds',
  help: "Latency of calls to a provider's own API, by provider and method.",
  labelNames: ['provider', 'method'] as const,
  buckets: LATENCY_BUCKETS,
  registers,
});

export const rateBudgetRefusals = new Counter({
  name: 'switchboard_rate_budget_refusals_total',
  help: 'Calls our own rate budget refused (answered RATE_LIMITED without calling the provider: the caller must wait), by provider and method.',
  labelNames: ['provider', 'method'] as const,
  registers,
});

export const upstreamRateLimited = new Counter({
  name: 'switchboard_upstream_rate_limited_total',
  help: 'RATE_LIMITED answers from a provider (HTTP 429), by provider and method.',
  labelNames: ['provider', 'method'] as const,
  registers,
});

export const webhookDeliveries = new Counter({
  name: 'switchboard_webhook_deliveries_total',
  help: 'Webhook requests from providers, by provider, route and HTTP status.',
  labelNames: ['provider', 'route', 'status'] as const,
  registers,
});

export const webhookVerificationFailures = new Counter({
  name: 'switchboard_webhook_verifications_failed_total',
  help: 'Webhook requests refused because their signature or timestamp did not verify, by provider.',
  labelNames: ['provider'] as const,
  registers,
});

/** State read at scrape time: each running Switchboard (one per process, several in tests) adds a source. */
export interface GaugeSource {
  /** Connections of the PostgreSQL pool; null on PGlite. */
  pool(): { total: number; idle: number; waiting: number } | null;
  /** Scheduled messages waiting (PENDING or SENDING) and, of those, due now. */
  schedulerQueue(): Promise<{ pending: number; due: number }>;
}

const sources = new Set<GaugeSource>();

/** Adds a running Switchboard's state to the scrape; returns the function that removes it. */
export function addGaugeSource(source: GaugeSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

new Gauge({
  name: 'switchboard_db_pool_connections',
  help: 'PostgreSQL pool connections by state (total, idle, waiting: queries waiting for a connection). Absent on PGlite.',
  labelNames: ['state'] as const,
  registers,
  collect() {
    this.reset();
    for (const source of sources) {
      const pool = source.pool();
      if (!pool) continue;
      this.inc({ state: 'total' }, pool.total);
      this.inc({ state: 'idle' }, pool.idle);
      this.inc({ state: 'waiting' }, pool.waiting);
    }
  },
});

new Gauge({
  name: 'switchboard_scheduler_queue_depth',
  help: 'Scheduled messages of built-in workspaces waiting to be sent: all pending ones, and those due now.',
  labelNames: ['state'] as const,
  registers,
  async collect() {
    const queues = await Promise.all([...sources].map((source) => source.schedulerQueue().catch(() => null)));
    this.reset();
    // Instances sharing one database report the same queue: a scrape of one instance counts it once.
    const first = queues.find((queue) => queue !== null);
    if (!first) return;
    this.set({ state: 'pending' }, first.pending);
    this.set({ state: 'due' }, first.due);
  },
});

/** Seconds since `start` (from performance.now()). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}
