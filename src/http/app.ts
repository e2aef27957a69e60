import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createRequestContext, type RequestContext, type Services } from '../context.js';
import { schema } from '../schema/index.js';
import { attachmentDownloads } from './attachment-downloads.js';
import { authenticate, bearerToken } from './auth.js';
import { closedErrorCodes, maskError } from './error-codes.js';
import { bundledGraphiQL, EXAMPLE_QUERY } from './graphiql.js';
import { healthCheck } from './health.js';
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
  /**
   * The yoga plugins to run, in order. Default: every one of `standardPlugins(services, options)`. A
   * benchmark builds its "before" by leaving one out (bench/fanout: without `sharedDelivery`).
   */
  plugins?: Plugin[];
}

/** The plugins of a Switchboard app by name, in the order they run (one file each in src/http/). */
export interface StandardPlugins {
  health: Plugin;
  attachmentDownloads: Plugin;
  requestLimits: Plugin;
  providerRoutes: Plugin;
  queryLimits: Plugin;
  errorCodes: Plugin;
  /** One execution of `Subscription.events` per event for subscribers who may see the same thing. */
  sharedDelivery: Plugin;
}

/** The standard plugins for `services`; `options.limits` tunes the query limits (defaults: src/http/query-limits.ts). */
export function standardPlugins(services: Services, options: Pick<AppOptions, 'limits'> = {}): StandardPlugins {
  return {
    health: healthCheck(services),
    attachmentDownloads: attachmentDownloads(services),
    requestLimits: requestSizeLimits(services.files.maxBytes),
    providerRoutes: providerRoutes(services),
    queryLimits: queryLimitsPlugin(options.limits),
    errorCodes: closedErrorCodes(),
    sharedDelivery: sharedEventDelivery(),
  };
}

export type SwitchboardApp = YogaServerInstance<TransportContext, RequestContext>;

/**
 * The GraphQL application, independent of any transport: `yoga.fetch` serves tests, the HTTP server
 * serves clients, graphql-ws reuses it for WebSocket subscriptions.
 */
export function createApp(services: Services, options: AppOptions = {}): SwitchboardApp {
  return createYoga<TransportContext, RequestContext>({
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
    plugins: options.plugins ?? Object.values(standardPlugins(services, options)),
  });
}
