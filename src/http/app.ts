import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createRequestContext, type RequestContext, type Services } from '../context.js';
import { schema } from '../schema/index.js';
import { attachmentDownloads } from './attachment-downloads.js';
import { authenticate, bearerToken } from './auth.js';
import { closedErrorCodes, maskError } from './error-codes.js';
import { federationSubgraph } from './federation.js';
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
    plugins: [federationSubgraph(), healthCheck(services), attachmentDownloads(services), requestSizeLimits(services.files.maxBytes), providerRoutes(services), queryLimitsPlugin(options.limits), closedErrorCodes(), sharedEventDelivery()],
  });
}
