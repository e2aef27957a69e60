import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createRequestContext, type RequestContext, type Services } from '../context.js';
import { tracingEnabled } from '../observability/tracing.js';
import { schema } from '../schema/index.js';
import { attachmentDownloads } from './attachment-downloads.js';
import { authenticateRequest } from './auth.js';
import { corsPolicy, type CorsOrigins } from './cors.js';
import { closedErrorCodes, maskError } from './error-codes.js';
import { errorsNameClientIds } from './client-ids.js';
import { demoPage } from './demo.js';
import { federationSubgraph } from './federation.js';
import { bundledGraphiQL, EXAMPLE_QUERY, graphiqlAssets } from './graphiql.js';
import { healthCheck } from './health.js';
import { inputChecks } from './input-checks.js';
import { Lifecycle, refuseWhileDraining } from './lifecycle.js';
import { graphqlMetrics, metricsRoute } from './metrics.js';
import { readinessCheck } from './readiness.js';
import { requestLog } from './request-log.js';
import { resolverSpans } from './resolver-spans.js';
import { SubscriptionTracker } from './subscription-tracking.js';
import { providerRoutes } from './provider-routes.js';
import { queryLimitsPlugin, type QueryLimits } from './query-limits.js';
import { perKeyRateLimit } from './rate-limit.js';
import { requestSizeLimits } from './request-limits.js';
import { sharedEventDelivery } from './shared-delivery.js';
import { messagePartsOfOperation } from './message-parts.js';
import { graphqlOverSse } from './sse.js';

/** What yoga adds to the context of every operation (HTTP request or graphql-ws message). */
interface TransportContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

export interface AppOptions {
  /** Pre-fill GraphiQL with this API key (demo mode only). */
  graphiqlApiKey?: string | null;
  limits?: Partial<QueryLimits>;
  /** CORS_ORIGINS (src/http/cors.ts); default any origin, without credentials. */
  corsOrigins?: CorsOrigins;
  /** Draining state shared with the listener and the stop sequence (src/shutdown.ts); default: a fresh one. */
  lifecycle?: Lifecycle;
  /** Bearer token /metrics requires (METRICS_TOKEN); default null: open. */
  metricsToken?: string | null;
  /**
   * The yoga plugins to run, in order. Default: every one of `standardPlugins(services, options)`. A
   * benchmark builds its "before" by leaving one out (bench/fanout: without `sharedDelivery`).
   */
  plugins?: Plugin[];
  /**
   * The draining state and subscription tracker of the app; default: `appOperations(options.lifecycle)`.
   * Given together with `plugins` made by `standardPlugins(services, { operations })`, so that the listener
   * drains what those plugins track.
   */
  operations?: AppOperations;
}

/** What the listener and the stop sequence need of an app: its draining state and its live subscriptions. */
export interface AppOperations {
  lifecycle: Lifecycle;
  subscriptions: SubscriptionTracker;
}

/** Fresh operations state: `lifecycle` when given (src/main.ts shares it with the stop sequence), else a new one. */
export function appOperations(lifecycle = new Lifecycle()): AppOperations {
  return { lifecycle, subscriptions: new SubscriptionTracker(lifecycle) };
}

/** The plugins of a Switchboard app by name, in the order they run (one file each in src/http/). */
export interface StandardPlugins {
  /** Apollo Federation v2 subgraph: `_service` and `_entities` on the same endpoint (first: it replaces the schema). */
  federation: Plugin;
  /** The request id and log line, early so that they cover every request (./request-log.ts). */
  requestLog: Plugin;
  /** 503 while draining, for everything but the probes (./lifecycle.ts). */
  drainRefusal: Plugin;
  health: Plugin;
  readiness: Plugin;
  metrics: Plugin;
  /** GraphiQL's content-hashed script, styles and icon under /graphql/assets/ (no key needed to load them). */
  graphiqlAssets: Plugin;
  /** The /demo thread-tree page and its assets (public; the page asks for a key itself). */
  demo: Plugin;
  attachmentDownloads: Plugin;
  /** Bodies counted as they stream, 413 at their limit; 401 before a GraphQL body is read (./request-limits.ts). */
  requestLimits: Plugin;
  /** NUL characters, bad ids and mislabelled bodies answer VALIDATION_ERROR (./input-checks.ts). */
  inputChecks: Plugin;
  /** Every operation takes a token from its API key's bucket; empty: RATE_LIMITED, HTTP 429 (./rate-limit.ts). */
  rateLimit: Plugin;
  providerRoutes: Plugin;
  queryLimits: Plugin;
  errorCodes: Plugin;
  /** Error messages name objects by the global ids the client sent; before error masking reads them. */
  clientIds: Plugin;
  /** Operation counts and durations for /metrics. */
  graphqlMetrics: Plugin;
  /** A span per resolver when tracing is on (OTEL_EXPORTER_OTLP_ENDPOINT); an empty plugin otherwise. */
  resolverSpans: Plugin;
  /** Which parts of message records a query reads, so that providers read no more (./message-parts.ts). */
  messageParts: Plugin;
  /** One execution of `Subscription.events` per event for subscribers who may see the same thing. */
  sharedDelivery: Plugin;
  /**
   * GraphQL over server-sent events on /graphql/stream (header or single-use ticket); it executes through the
   * envelop of the plugins around it, so limits, error codes, shared delivery and tracking apply to it too.
   */
  sse: Plugin;
  /** Last: it wraps the subscription streams the plugins above produced, so a drain can end them. */
  subscriptionTracking: Plugin;
}

/**
 * The standard plugins for `services`; `options.limits` tunes the query limits (defaults:
 * src/http/query-limits.ts), `options.operations` is the draining state they share with the app.
 */
export function standardPlugins(
  services: Services,
  options: Pick<AppOptions, 'limits' | 'metricsToken' | 'operations' | 'lifecycle' | 'graphiqlApiKey'> = {},
): StandardPlugins {
  const { lifecycle, subscriptions } = options.operations ?? appOperations(options.lifecycle);
  return {
    federation: federationSubgraph(),
    requestLog: requestLog(),
    drainRefusal: refuseWhileDraining(lifecycle),
    health: healthCheck(),
    readiness: readinessCheck(services, lifecycle),
    metrics: metricsRoute(options.metricsToken ?? null),
    graphiqlAssets: graphiqlAssets(),
    demo: demoPage({ demoApiKey: options.graphiqlApiKey }),
    attachmentDownloads: attachmentDownloads(services),
    requestLimits: requestSizeLimits(services),
    inputChecks: inputChecks(),
    rateLimit: perKeyRateLimit(),
    providerRoutes: providerRoutes(services),
    queryLimits: queryLimitsPlugin(options.limits),
    errorCodes: closedErrorCodes(),
    clientIds: errorsNameClientIds(),
    graphqlMetrics: graphqlMetrics(),
    resolverSpans: tracingEnabled() ? resolverSpans() : {},
    messageParts: messagePartsOfOperation(),
    sharedDelivery: sharedEventDelivery(),
    sse: graphqlOverSse(services),
    subscriptionTracking: subscriptions.plugin(),
  };
}

export type SwitchboardApp = YogaServerInstance<TransportContext, RequestContext>;

const appsOperations = new WeakMap<SwitchboardApp, AppOperations>();

export function operationsOf(app: SwitchboardApp): AppOperations {
  const found = appsOperations.get(app);
  if (!found) throw new Error('operationsOf: not an app made by createApp');
  return found;
}

/**
 * The GraphQL application, independent of any transport: `yoga.fetch` serves tests, the HTTP server
 * serves clients, graphql-ws reuses it for WebSocket subscriptions.
 */
export function createApp(services: Services, options: AppOptions = {}): SwitchboardApp {
  const operations = options.operations ?? appOperations(options.lifecycle);
  const app = createYoga<TransportContext, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsPolicy(options.corsOrigins ?? '*'),
    context: async ({ request, connectionParams }) => {
      const viewer = await authenticateRequest(services, request, connectionParams);
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
    plugins: options.plugins ?? Object.values(standardPlugins(services, { ...options, operations })),
  });
  appsOperations.set(app, operations);
  return app;
}
