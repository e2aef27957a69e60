import { GraphQLError, parse } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { sql } from 'kysely';
import { createRequestContext, type RequestContext, type Services, type Viewer } from './context.js';
import { attachmentDownloads } from './files/download.js';
import { isMultipart, requestBodyLimit } from './files/rules.js';
import { logUnexpected } from './log.js';
import { ERROR_CODES, SwitchboardError, type ErrorCode } from './errors.js';
import { queryLimitsPlugin, type QueryLimits } from './schema/limits.js';
import { schema } from './schema/index.js';
import { findAccountByApiKey } from './store/api-keys.js';
import { providerRoutes } from './webhooks/routes.js';
import { sharedEventDelivery } from './subscriptions/shared-execution.js';

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
    plugins: [healthCheck(services), attachmentDownloads(services), requestSizeLimits(services.files.maxBytes), providerRoutes(services), queryLimitsPlugin(options.limits), closedErrorCodes(), sharedEventDelivery()],
  });
}

/** The API key from `Authorization: Bearer …`, or from graphql-ws `connectionParams.authorization`. */
export function bearerToken(request: Request | undefined, connectionParams?: Record<string, unknown>): string | null {
  const header =
    (typeof connectionParams?.authorization === 'string' && connectionParams.authorization) ||
    (typeof connectionParams?.Authorization === 'string' && connectionParams.Authorization) ||
    request?.headers.get('authorization') ||
    null;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : null;
}

/** Resolves an API key to its account; NOT_AUTHENTICATED (HTTP 401) when missing or unknown. */
export async function authenticate(services: Services, token: string | null): Promise<Viewer> {
  const account = token ? await findAccountByApiKey(services.database.db, token) : null;
  if (!account) {
    throw new GraphQLError(
      token
        ? 'The API key is not valid.'
        : 'Authentication required: send "Authorization: Bearer <api key>" (graphql-ws: connectionParams.authorization).',
      { extensions: { code: 'NOT_AUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } } },
    );
  }
  return account;
}

/**
 * Expected failures (SwitchboardError) keep their message and code; anything unexpected is logged
 * (without content) and masked as PROVIDER_ERROR.
 */
function maskError(error: unknown): Error {
  const graphqlError = error instanceof GraphQLError ? error : null;
  const original = graphqlError?.originalError ?? error;
  if (original instanceof SwitchboardError) {
    return new GraphQLError(original.message, {
      nodes: graphqlError?.nodes,
      path: graphqlError?.path,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    });
  }
  // Syntax, validation and coercion errors, and our own auth error: closedErrorCodes() settles their code.
  if (graphqlError && (!graphqlError.originalError || graphqlError.originalError instanceof GraphQLError)) return graphqlError;
  logUnexpected(original);
  return new GraphQLError('Unexpected error.', {
    nodes: graphqlError?.nodes,
    path: graphqlError?.path,
    extensions: { code: 'PROVIDER_ERROR' },
  });
}

/** An error whose code is outside the closed set was the client's input: VALIDATION_ERROR. */
export function withClosedCode(error: GraphQLError): GraphQLError {
  if (ERROR_CODES.includes(error.extensions.code as ErrorCode)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'VALIDATION_ERROR' },
  });
}

/**
 * Parse and validation errors never reach maskError (nothing executed); give them the closed set's
 * VALIDATION_ERROR instead of yoga's GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED.
 */
function closedErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors) return;
      setResult({ ...result, errors: result.errors.map((error) => withClosedCode(error as GraphQLError)) });
    },
  };
}

/** Largest request body accepted, in bytes: a 40,000-character message with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Most tokens a GraphQL document may have; the parser stops there instead of building a huge AST. */
export const MAX_DOCUMENT_TOKENS = 5_000;

/**
 * Cheap guards before any GraphQL work: a body over MAX_BODY_BYTES (by Content-Length) gets HTTP 413, and
 * a document over MAX_DOCUMENT_TOKENS fails to parse with VALIDATION_ERROR. A multipart upload may be as big
 * as the attachment limit plus room for its other parts, and must say how big (HTTP 411 otherwise).
 */
function requestSizeLimits(maxAttachmentBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      // Multipart uploads (uploadAttachment) may carry a file up to the attachment limit; src/files/rules.ts.
      const limit = requestBodyLimit(request, MAX_BODY_BYTES, maxAttachmentBytes);
      if (isMultipart(request) && !request.headers.has('content-length')) {
        const message = 'A multipart upload must declare its Content-Length.';
        endResponse(Response.json({ errors: [{ message, extensions: { code: 'VALIDATION_ERROR' } }] }, { status: 411 }));
      } else if (length > limit) {
        const message = `The request body is ${length.toLocaleString('en-US')} bytes; the limit is ${limit.toLocaleString('en-US')}.`;
        endResponse(Response.json({ errors: [{ message, extensions: { code: 'VALIDATION_ERROR' } }] }, { status: 413 }));
      }
    },
    onParse({ setParseFn }) {
      setParseFn((source, parseOptions) => parse(source, { ...parseOptions, maxTokens: MAX_DOCUMENT_TOKENS }));
    },
  };
}

/**
 * The bundled GraphiQL page (9 MB of inlined script), rendered once per app. This GraphiQL ignores
 * `defaultQuery` for the first tab, and `initialQuery` would overwrite a returning visitor's tabs and
 * `?query=` links, so the example is decided in the browser: only a first visit opens on it.
 */
function bundledGraphiQL(): (options?: Parameters<typeof renderGraphiQL>[0]) => string {
  let page: string | null = null;
  return (options) => {
    if (page) return page;
    const { defaultQuery, ...rest } = options ?? {};
    const optionsJson = JSON.stringify(rest);
    page = renderGraphiQL(rest)
      .replace('<head>', `<head><script>${FIRST_VISIT_SCRIPT}</script>`)
      .replace(optionsJson, `switchboardGraphiQL(${optionsJson}, ${JSON.stringify(defaultQuery ?? null)})`);
    return page;
  };
}

const FIRST_VISIT_SCRIPT = `function switchboardGraphiQL(options, example) {
  var returning = localStorage.getItem('graphiql:tabState') || localStorage.getItem('graphiql:query');
  if (example && !returning && !new URLSearchParams(location.search).has('query')) options.initialQuery = example;
  return options;
}`;

/** GET /healthz: 200 when the database answers, 503 otherwise. */
function healthCheck(services: Services): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/healthz') return;
      try {
        await sql`select 1`.execute(services.database.db);
        endResponse(Response.json({ status: 'ok', database: services.database.target.kind }));
      } catch (error) {
        logUnexpected(error);
        endResponse(Response.json({ status: 'unavailable' }, { status: 503 }));
      }
    },
  };
}

const EXAMPLE_QUERY = `# Welcome to Switchboard. The Authorization header below is a demo key (see README).
# A channel page with whole reply trees, authors and reactions, in one request:
query ThreadTrees {
  viewer { name }
  workspaces {
    name
    capabilities { threadModel }
    channels(first: 5) {
      nodes {
        name
        messages(first: 5) {
          nodes {
            text
            author { name }
            reactions { emoji count viewerHasReacted }
            replyCount
            descendants(first: 50) {
              nodes { text author { name } parent { id } }
            }
          }
        }
      }
    }
  }
}

# Then try a live stream in another tab:
# subscription { events { type occurredAt channel { name } message { text author { name } } } }
`;
