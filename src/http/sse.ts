import { randomBytes } from 'node:crypto';
import { getOperationAST, GraphQLError, parse, type ExecutionResult } from 'graphql';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY, type ExecutionResult as SseResult } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import { createRequestContext, type Services, type Viewer } from '../context.js';
import { subscriptionDocumentHash } from '../schema/subscription-tickets.js';
import { redeemSubscriptionTicket } from '../store/subscription-tickets.js';
import { authenticate, bearerToken } from './auth.js';
import { withClosedCode } from './error-codes.js';

/**
 * GraphQL over server-sent events on /graphql/stream, the graphql-sse protocol, for browsers without a
 * WebSocket:
 *
 * - Single-connection mode (graphql-sse's `createClient({ singleConnection: true })`): PUT reserves a stream,
 *   GET opens it, POSTs add operations, DELETE stops one. Every request carries `Authorization: Bearer`, and a
 *   reservation belongs to the account that made it: its token alone (a header, never an API key) opens
 *   nothing for anyone else.
 * - Distinct-connections mode: one GET or POST per operation with `Accept: text/event-stream`, authorized
 *   by the header as well.
 * - The browser's native EventSource, which cannot send headers: `GET /graphql/stream?ticket=…&query=…` with a
 *   ticket from createSubscriptionTicket (single use, a minute, bound to the account and the document).
 *
 * The graphql-sse handler is used directly rather than through @graphql-yoga/plugin-graphql-sse (3.18.1 is the
 * last release whose peer range admits graphql-yoga 5.20): that plugin returns validation errors as
 * `{ errors }` without `data`, which graphql-sse 2.6 mistakes for execution arguments ("Unable to detect
 * operation AST"); lets a syntax error escape as an exception; always builds the context from headers, so a
 * ticket cannot stand in; and hands out reservations to anyone, with Math.random tokens. Execution still goes
 * through yoga's envelop (query limits, error masking, shared event delivery), like graphql-ws in listen.ts.
 */

export const STREAM_PATH = '/graphql/stream';
/** Reservations (PUT) an account may hold before it opens them. */
export const MAX_PENDING_RESERVATIONS = 5;
/** A reservation not opened within this time is dropped. */
export const RESERVATION_TTL_MS = 60_000;

interface Reservation {
  accountId: string;
  reservedAt: number;
  connected: boolean;
}

type Yoga = YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;

export function graphqlOverSse(services: Services): Plugin {
  let handler: ((request: Request) => Promise<Response>) | null = null;
  const reservations = new Map<string, Reservation>();
  /** Per request: who is asking (header or ticket), and yoga's server context. */
  const viewers = new WeakMap<Request, { viewer: Viewer; byTicket: boolean }>();
  const serverContexts = new WeakMap<Request, Record<string, unknown>>();

  const init = (yoga: Yoga) =>
    createHandler(
      {
        authenticate: (req) => {
          const token = streamToken(req.raw);
          if (token) return token;
          if (req.method !== 'PUT') return undefined; // distinct-connections mode
          const issued = randomBytes(24).toString('base64url');
          reservations.set(issued, { accountId: viewers.get(req.raw)!.viewer.accountId, reservedAt: Date.now(), connected: false });
          return issued;
        },
        onSubscribe: async (req, params): Promise<ExecutionResult | AsyncIterable<ExecutionResult>> => {
          const request = req.raw;
          const initial = { ...serverContexts.get(request), request, params };
          const enveloped = yoga.getEnveloped(initial);
          let document;
          try {
            document = enveloped.parse(params.query);
          } catch (error) {
            return failed(error instanceof GraphQLError ? error : new GraphQLError(String(error)));
          }
          const errors = enveloped.validate(enveloped.schema, document);
          if (errors.length > 0) return { data: null, errors: errors.map(withClosedCode) };
          const operation = getOperationAST(document, params.operationName);
          if (!operation) return failed(new GraphQLError('Name the operation to run with operationName.'));
          if (operation.operation === 'mutation' && request.method === 'GET') return failed(new GraphQLError('Mutations cannot be sent with GET.'));
          const who = viewers.get(request)!;
          const contextValue = who.byTicket ? { ...initial, ...createRequestContext(services, who.viewer) } : await enveloped.contextFactory();
          const args = { schema: enveloped.schema, document, contextValue, variableValues: params.variables, operationName: params.operationName };
          const result = await (operation.operation === 'subscription' ? enveloped.subscribe(args) : enveloped.execute(args));
          if (Symbol.asyncIterator in result) return result as AsyncIterable<ExecutionResult>;
          // graphql-sse tells results from execution arguments by their `data` key.
          return { data: null, ...(result as ExecutionResult) };
        },
        onNext: (_ctx, _req, result) => (result.errors ? ({ ...result, errors: result.errors.map((error) => withClosedCode(error as GraphQLError)) } as SseResult) : undefined),
      },
      yoga.fetchAPI,
    );

  /** Drops reservations never opened in time, and graphql-sse's stream for each (opened, then cancelled). */
  const sweep = async (url: URL) => {
    const now = Date.now();
    for (const [token, reservation] of reservations) {
      if (reservation.connected || now - reservation.reservedAt < RESERVATION_TTL_MS) continue;
      reservations.delete(token);
      const abandoned = await handler!(new Request(url, { headers: { accept: 'text/event-stream', [TOKEN_HEADER_KEY]: token } }));
      await abandoned.body?.cancel();
    }
  };

  return {
    onYogaInit({ yoga }) {
      handler = init(yoga as unknown as Yoga);
    },
    async onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname !== STREAM_PATH || !handler) return;
      serverContexts.set(request, (serverContext ?? {}) as Record<string, unknown>);
      const ticket = url.searchParams.get('ticket');
      if (ticket !== null) {
        const refused = await admitTicket(services, request, url, ticket, viewers);
        if (refused) return endResponse(refused);
        return endResponse(await handler(request));
      }

      let viewer: Viewer;
      try {
        viewer = await authenticate(services, bearerToken(request));
      } catch (error) {
        return endResponse(problem(401, 'NOT_AUTHENTICATED', (error as Error).message, { 'www-authenticate': 'Bearer' }));
      }
      viewers.set(request, { viewer, byTicket: false });

      const token = streamToken(request);
      if (token) {
        const reservation = reservations.get(token);
        // Someone else's stream, or one that is gone: the same answer as graphql-sse's for an unknown token.
        if (!reservation || reservation.accountId !== viewer.accountId) return endResponse(problem(404, 'NOT_FOUND', 'Stream not found.'));
        if (request.method === 'GET' && !reservation.connected) {
          reservation.connected = true;
          request.signal.addEventListener('abort', () => reservations.delete(token));
        }
      } else if (request.method === 'PUT') {
        await sweep(url);
        const pending = [...reservations.values()].filter((reservation) => reservation.accountId === viewer.accountId && !reservation.connected);
        if (pending.length >= MAX_PENDING_RESERVATIONS) {
          return endResponse(problem(429, 'RATE_LIMITED', `At most ${MAX_PENDING_RESERVATIONS} streams may be reserved and not yet opened.`));
        }
      }
      return endResponse(await handler(request));
    },
  };
}

/**
 * Redeems the ticket of an EventSource request; an error response when it cannot stand in for an API key.
 * The ticket is used up by this attempt whatever its outcome.
 */
async function admitTicket(
  services: Services,
  request: Request,
  url: URL,
  ticket: string,
  viewers: WeakMap<Request, { viewer: Viewer; byTicket: boolean }>,
): Promise<Response | null> {
  if (request.method !== 'GET' || request.headers.get('accept') !== 'text/event-stream' || url.searchParams.has(TOKEN_QUERY_KEY)) {
    return problem(400, 'VALIDATION_ERROR', 'A ticket opens one event stream: GET with Accept: text/event-stream (what EventSource sends).');
  }
  const query = url.searchParams.get('query');
  if (!query) return problem(400, 'VALIDATION_ERROR', 'The subscription document is missing: pass it as the query parameter.');
  let documentHash: string;
  try {
    documentHash = subscriptionDocumentHash(parse(query, { maxTokens: 5_000 }), url.searchParams.get('operationName'));
  } catch (error) {
    return problem(400, 'VALIDATION_ERROR', `query: ${(error as Error).message}`);
  }
  const redeemed = await redeemSubscriptionTicket(services.database.db, ticket);
  if (!redeemed) {
    return problem(401, 'NOT_AUTHENTICATED', 'The subscription ticket is unknown, expired or already used: ask createSubscriptionTicket for a new one.');
  }
  if (redeemed.documentHash !== documentHash) {
    return problem(401, 'NOT_AUTHENTICATED', 'The subscription ticket was issued for another subscription document; it is used up now.');
  }
  viewers.set(request, { viewer: redeemed.viewer, byTicket: true });
  return null;
}

function streamToken(request: Request): string | null {
  return request.headers.get(TOKEN_HEADER_KEY) || new URL(request.url).searchParams.get(TOKEN_QUERY_KEY) || null;
}

function failed(error: GraphQLError): ExecutionResult {
  return { data: null, errors: [withClosedCode(error)] };
}

function problem(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });
}
