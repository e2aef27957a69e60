import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createRequestContext, type RequestContext, type Services } from '../context.js';
import { tracingEnabled } from '../observability/tracing.js';
import { schema } from '../schema/index.js';
import { attachmentDownloads } from './attachment-downloads.js';
import { authenticate, bearerToken } from './auth.js';
import { closedErrorCodes, maskError } from './error-codes.js';
import { bundledGraphiQL, EXAMPLE_QUERY } from './graphiql.js';
import { healthCheck } from './health.js';
import { Lifecycle, refuseWhileDraining } from './lifecycle.js';
import { graphqlMetrics, metricsRoute } from './metrics.js';
import { readinessCheck } from './readiness.js';
import { requestLog } from './request-log.js';
import { resolverSpans } from './resolver-spans.js';
import { SubscriptionTracker } from './subscription-tracking.js';
import { providerRoutes } from './provider-routes.js';
import { queryLimitsPlugin, type QueryLimits } from './query-limits.js';
import { requestSizeLimits } from './request-limits.js';
import { sharedEventDelivery } from './shared-delivery.js';

/** What yoga adds to the context of every operation (HTTP request or graphql-ws message). */
interface TransportContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

export interface AppOptions {
  /** Pre-fill GraphiQL with this API key (demo mode only). */
  graphiqlApiKey?: string | null;
  limits?: Partial<QueryLimits>;
  /** Draining state shared with the listener and the stop sequence (src/shutdown.ts); default: a fresh one. */
  lifecycle?: Lifecycle;
  /** Bearer token /metrics requires (METRICS_TOKEN); default null: open. */
  metricsToken?: string | null;
}

export type SwitchboardApp = YogaServerInstance<TransportContext, RequestContext>;

/** What the listener and the stop sequence need of an app: its draining state and its live subscriptions. */
export interface AppOperations {
  lifecycle: Lifecycle;
  subscriptions: SubscriptionTracker;
}

const operations = new WeakMap<SwitchboardApp, AppOperations>();

export function operationsOf(app: SwitchboardApp): AppOperations {
  const found = operations.get(app);
  if (!found) throw new Error('operationsOf: not an app made by createApp');
  return found;
}

/**
 * The GraphQL application, independent of any transport: `yoga.fetch` serves tests, the HTTP server
 * serves clients, graphql-ws reuses it for WebSocket subscriptions.
 */
export function createApp(services: Services, options: AppOptions = {}): SwitchboardApp {
  const lifecycle = options.lifecycle ?? new Lifecycle();
  const subscriptions = new SubscriptionTracker(lifecycle);
  const app = createYoga<TransportContext, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    context: async ({ request, connectionParams }) => {
      const viewer = await authenticate(services, bearerToken(request, connectionParams));
      return createRequestContext(services, viewer);
    },
    maskedErrors: { maskError },
    // Yoga's own logger prints errors with their messages; unexpected errors are logged by maskError
    // instead, without content.
    logging: false,
    // Bundled GraphiQL: yoga's default page loads its scripts from unpkg, which an offline machine lacks.
    renderGraphiQL: bundledGraphiQL(),
    graphiql: {
      title: 'Switchboard',
      defaultQuery: EXAMPLE_QUERY,
      // Server-sent events carry the Authorization header like queries do.
      subscriptionsProtocol: 'SSE',
      headers: options.graphiqlApiKey ? JSON.stringify({ Authorization: `Bearer ${options.graphiqlApiKey}` }) : undefined,
    },
    plugins: [
      // First: the request id and log line cover every request, the refusal while draining all but the probes.
      requestLog(),
      refuseWhileDraining(lifecycle),
      healthCheck(),
      readinessCheck(services, lifecycle),
      metricsRoute(options.metricsToken ?? null),
      attachmentDownloads(services),
      requestSizeLimits(services.files.maxBytes),
      providerRoutes(services),
      queryLimitsPlugin(options.limits),
      closedErrorCodes(),
      graphqlMetrics(),
      ...(tracingEnabled() ? [resolverSpans()] : []),
      sharedEventDelivery(),
      // Last: it wraps the subscription streams the plugins above produced.
      subscriptions.plugin(),
    ],
  });
  operations.set(app, { lifecycle, subscriptions });
  return app;
}
