import { timingSafeEqual } from 'node:crypto';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { metricsRegistry } from '../observability/metrics.js';

/**
 * GET /metrics in Prometheus' text format: Switchboard's own metrics (src/observability/metrics.ts), the
 * process's (CPU, memory, event loop lag, GC) and GraphQL's from @graphql-yoga/plugin-prometheus.
 * With METRICS_TOKEN set, a scrape must send `Authorization: Bearer <token>` (401 otherwise).
 */
export function metricsRoute(token: string | null): Plugin {
  const expected = token === null ? null : Buffer.from(`Bearer ${token}`);
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/metrics') return;
      if (expected) {
        const given = Buffer.from(request.headers.get('authorization') ?? '');
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          return endResponse(new Response('metrics need "Authorization: Bearer <METRICS_TOKEN>"\n', { status: 401, headers: { 'www-authenticate': 'Bearer' } }));
        }
      }
      endResponse(new Response(await metricsRegistry.metrics(), { headers: { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' } }));
    },
  };
}

/**
 * GraphQL request and phase durations by operation name and type (graphql_envelop_request_duration,
 * graphql_envelop_phase_*, graphql_yoga_http_duration), from @graphql-yoga/plugin-prometheus 6.13, the
 * newest release whose peer range admits graphql-yoga 5.20. Its own /metrics endpoint is off (this one
 * checks the token); its error counter is off too: switchboard_graphql_errors_total counts errors by the
 * closed code clients actually receive (./request-log.ts). The URL label is off: a GET's URL holds the query.
 */
export function graphqlMetrics(): Plugin {
  return usePrometheus({
    registry: metricsRegistry,
    endpoint: false,
    labels: { url: false },
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_error_result: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: true,
    },
  });
}
