import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GraphQLError } from 'graphql';
import type { SwitchboardApp } from './app.js';
import { authenticate, bearerToken } from './auth.js';
import { withClosedCode } from './error-codes.js';
import type { Services } from '../context.js';

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the app over HTTP (queries, mutations, SSE subscriptions, GraphiQL, /healthz) and graphql-ws
 * WebSocket subscriptions on the same /graphql path.
 */
export async function listen(app: SwitchboardApp, services: Services, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const server = createServer(app);
  const sockets = new WebSocketServer({ server, path: app.graphqlEndpoint });
  const disposeWs = useServer(
    {
      // Refuse the socket up front when the key is bad: graphql-ws closes it with 4403 Forbidden.
      onConnect: async (ctx) => {
        try {
          await authenticate(services, bearerToken(undefined, ctx.connectionParams));
          return true;
        } catch {
          return false;
        }
      },
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
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
        const errors = validate(schema, document);
        if (errors.length > 0) return errors.map(withClosedCode);
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    sockets,
  );

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    url: `http://localhost:${actualPort}${app.graphqlEndpoint}`,
    close: async () => {
      await disposeWs.dispose();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface EnvelopedRoot {
  execute: (args: unknown) => ReturnType<ReturnType<SwitchboardApp['getEnveloped']>['execute']>;
  subscribe: (args: unknown) => ReturnType<ReturnType<SwitchboardApp['getEnveloped']>['subscribe']>;
}
