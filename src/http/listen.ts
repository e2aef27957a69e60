import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { GraphQLError, Kind, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable } from 'graphql-yoga';
import type { WebSocket } from 'ws';
import { operationsOf, type SwitchboardApp } from './app.js';
import { authenticate, bearerToken } from './auth.js';
import { withClosedCode } from './error-codes.js';
import { logger } from '../log.js';
import { openConnections } from '../observability/metrics.js';
import { runInRequestScope, type RequestScope } from '../observability/request-scope.js';
import type { Services } from '../context.js';
import { countErrorCodes, operationFacts, type OperationFacts } from './operation-facts.js';
import { SharedFrameWriter } from '../subscriptions/prepared-frames.js';

export interface RunningServer {
  server: Server;
  /** The app it serves. */
  app: SwitchboardApp;
  port: number;
  url: string;
  /**
   * Stops gracefully: stops accepting connections (the port closes), ends every subscription (SSE gets its
   * `complete`, graphql-ws a complete message), closes WebSockets with 1001, lets in-flight requests finish,
   * and after `graceMs` cuts whatever is left. Resolves with what had to be cut. With `delayMs`, the port
   * stays open that long after readiness turned 503 (answering 503), for load balancers to notice.
   */
  drain(graceMs: number, options?: { delayMs?: number }): Promise<DrainReport>;
  /** Closes at once (tests, and the end of a drain). */
  close(): Promise<void>;
}

export interface DrainReport {
  /** Requests still running when the grace time ran out, whose connections were cut. */
  cutRequests: number;
}

/** A graphql-ws operation being served (until it streams): its request scope (id, account) for logs, and what it is. */
interface WsOperation {
  scope: RequestScope;
  start: number;
  facts: OperationFacts;
  codes: Set<string>;
}

/**
 * Serves the app over HTTP (queries, mutations, SSE subscriptions, GraphiQL, probes, /metrics) and
 * graphql-ws WebSocket subscriptions on the same /graphql path. Each WebSocket operation gets a request id
 * of its own and, unless it is a subscription (./subscription-tracking.ts logs those), one log line.
 */
export async function listen(app: SwitchboardApp, services: Services, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const { lifecycle, subscriptions } = operationsOf(app);
  const server = createServer(app);
  const sockets = new WebSocketServer({ server, path: app.graphqlEndpoint });
  const inFlight = new Set<ServerResponse>();
  const accounts = new WeakMap<object, string>();
  // Per connection, its operations still being served (by id), only while there are some: a subscription
  // leaves once it streams (the subscription tracker logs it), so an idle subscribed socket holds nothing here.
  const operations = new WeakMap<object, Map<string, WsOperation>>();
  const operationOf = (ctx: object, id: string) => operations.get(ctx)?.get(id);
  const forget = (ctx: object, id: string) => {
    const ofConnection = operations.get(ctx);
    if (!ofConnection?.delete(id) || ofConnection.size > 0) return;
    operations.delete(ctx);
  };
  const scopes = new WeakMap<object, RequestScope>();

  server.on('connection', (socket) => {
    openConnections.inc({ kind: 'http' });
    socket.once('close', () => openConnections.dec({ kind: 'http' }));
  });
  server.on('request', (_request, response) => {
    inFlight.add(response);
    // During a drain a response still being written says it is the connection's last.
    if (lifecycle.draining) response.shouldKeepAlive = false;
    response.once('close', () => {
      inFlight.delete(response);
      if (lifecycle.draining) server.closeIdleConnections();
    });
  });
  sockets.on('connection', (socket) => {
    openConnections.inc({ kind: 'websocket' });
    socket.once('close', () => openConnections.dec({ kind: 'websocket' }));
  });

  const finishWsOperation = (ctx: object, id: string) => {
    const operation = operationOf(ctx, id);
    if (!operation) return;
    forget(ctx, id);
    runInRequestScope(operation.scope, () =>
      logger.info({
        event: 'request',
        transport: 'ws',
        durationMs: Math.round((performance.now() - operation.start) * 10) / 10,
        ...operation.facts,
        ...(operation.codes.size > 0 ? { errorCodes: [...operation.codes] } : {}),
      }),
    );
  };

  const disposeWs = useServer(
    {
      // Refuse the socket up front when the key is bad: graphql-ws closes it with 4403 Forbidden.
      onConnect: async (ctx) => {
        try {
          const viewer = await authenticate(services, bearerToken(undefined, ctx.connectionParams));
          accounts.set(ctx, viewer.accountId);
          return true;
        } catch {
          return false;
        }
      },
      execute: (args) => runInRequestScope(scopes.get(args.contextValue as object) ?? { requestId: randomUUID() }, () => (args.rootValue as EnvelopedRoot).execute(args)),
      subscribe: async (args) => {
        const root = args.rootValue as EnvelopedRoot;
        const result = await runInRequestScope(scopes.get(args.contextValue as object) ?? { requestId: randomUUID() }, () => root.subscribe(args));
        // Results shared by a visibility class are written to the socket as prepared frames, below graphql-ws
        // (src/subscriptions/prepared-frames.ts); graphql-ws sends the others.
        return isAsyncIterable(result) ? new SharedFrameWriter((result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator](), root.socket, root.id, shapeResult) : result;
      },
      onSubscribe: async (ctx, id, params) => {
        const scope: RequestScope = { requestId: randomUUID(), accountId: accounts.get(ctx) };
        const operation: WsOperation = { scope, start: performance.now(), facts: operationFacts(null, params.operationName), codes: new Set() };
        let ofConnection = operations.get(ctx);
        if (!ofConnection) {
          ofConnection = new Map();
          operations.set(ctx, ofConnection);
        }
        ofConnection.set(id, operation);
        if (lifecycle.draining) return [withClosedCode(drainingError())];
        // What one socket may hold at once (SUBSCRIPTIONS_PER_CONNECTION): graphql-ws lists every operation of the
        // socket, this one included, until it ends; the key's own cap is counted by Subscription.events.
        const perConnection = services.limits.subscriptionsPerConnection;
        if (Object.keys(ctx.subscriptions).length > perConnection) {
          return [new GraphQLError(`A connection may hold at most ${perConnection} subscriptions.`, { extensions: { code: 'RATE_LIMITED' } })];
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = app.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (error) {
          return [withClosedCode(error as GraphQLError)];
        }
        operation.facts = operationFacts(document, params.operationName);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors.map(withClosedCode);
        const unidentified = unidentifiedOperation(document, params.operationName);
        if (unidentified) return [withClosedCode(new GraphQLError(unidentified))];
        const contextValue = await runInRequestScope(scope, () => contextFactory());
        scopes.set(contextValue, scope);
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe, socket: ctx.extra.socket, id },
        };
      },
      // Results and errors of execution (bad variables, …) get a code of the closed set, as over HTTP.
      // A subscription stream is logged and counted by the subscription tracker, not here.
      onOperation: (ctx, id, _payload, _args, result) => {
        if (Symbol.asyncIterator in Object(result)) forget(ctx, id);
      },
      onNext: (ctx, id, _payload, _args, result) => {
        const operation = operationOf(ctx, id);
        if (operation) countErrorCodes(result, operation.facts.operationType, operation.codes);
        return withCodes(result);
      },
      onError: (ctx, id, _payload, errors) => {
        const operation = operationOf(ctx, id);
        if (operation) countErrorCodes({ errors }, operation.facts.operationType, operation.codes);
        finishWsOperation(ctx, id);
        return errors.map((error) => withClosedCode(error as GraphQLError).toJSON());
      },
      onComplete: (ctx, id) => finishWsOperation(ctx, id),
    },
    sockets,
  );

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await disposeWs.dispose();
    sockets.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${port} is already in use (EADDRINUSE): another server listens there; stop it or set PORT.`, { cause: error });
    if (code === 'EACCES') throw new Error(`Port ${port} may not be bound by this user (EACCES); set PORT to another one.`, { cause: error });
    throw error;
  }
  const actualPort = (server.address() as AddressInfo).port;

  const closeNow = async () => {
    await disposeWs.dispose();
    sockets.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };

  return {
    server,
    app,
    port: actualPort,
    url: `http://localhost:${actualPort}${app.graphqlEndpoint}`,
    close: closeNow,
    drain: async (graceMs, { delayMs = 0 } = {}) => {
      lifecycle.beginDrain(); // also ends every subscription (SubscriptionTracker)
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
      server.closeIdleConnections();
      // The subscriptions' complete messages go out before the sockets close with 1001 Going away.
      await subscriptions.idle(Math.min(graceMs, 2_000));
      await new Promise((resolve) => setImmediate(resolve));
      await disposeWs.dispose();
      const deadline = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), Math.max(0, graceMs - delayMs)).unref());
      const outcome = await Promise.race([closed.then(() => 'drained' as const), deadline]);
      const cutRequests = outcome === 'timeout' ? inFlight.size : 0;
      if (outcome === 'timeout') {
        server.closeAllConnections();
        await closed;
      }
      return { cutRequests };
    },
  };
}

/** A result as it is sent: its errors with a code of the closed set. */
function withCodes<T extends { errors?: readonly unknown[] }>(result: T): T {
  return result.errors ? { ...result, errors: result.errors.map((error) => withClosedCode(error as GraphQLError).toJSON()) } : result;
}

/** The payload of a shared result's prepared frame: what `onNext` would have sent. */
const shapeResult = (result: object) => withCodes(result as ExecutionResult);

function drainingError(): GraphQLError {
  return new GraphQLError('This Switchboard instance is shutting down; reconnect.', { extensions: { code: 'PROVIDER_ERROR' } });
}

/** The root value of a graphql-ws operation: yoga's envelope for it, and where its shared results are written. */
interface EnvelopedRoot {
  execute: (args: unknown) => ReturnType<ReturnType<SwitchboardApp['getEnveloped']>['execute']>;
  subscribe: (args: unknown) => ReturnType<ReturnType<SwitchboardApp['getEnveloped']>['subscribe']>;
  socket: WebSocket;
  id: string;
}

/** Why graphql-ws could not pick the operation to run (it would answer without a code), or null. */
function unidentifiedOperation(document: DocumentNode, operationName: string | null | undefined): string | null {
  const names = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(unnamed)'] : [],
  );
  if (operationName) {
    return names.includes(operationName) ? null : `The document has no operation named ${JSON.stringify(operationName)} (it has ${names.join(', ') || 'none'}).`;
  }
  return names.length > 1 ? `The document has several operations (${names.join(', ')}): name one with operationName.` : null;
}
