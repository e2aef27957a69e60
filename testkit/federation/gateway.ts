import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

/**
 * Hive Gateway, embedded: its runtime (the engine of the `hive-gateway` CLI) serving a composed supergraph
 * over HTTP, SSE and graphql-ws, configured the way README "Federation" describes:
 *
 * - every subgraph is reached over HTTP; subscriptions over HTTP too, as server-sent events (Switchboard
 *   serves SSE on /graphql), so no WebSocket between gateway and subgraph;
 * - the client's `Authorization` header is forwarded to every subgraph, so Switchboard answers as the viewer;
 *   graphql-ws clients send it in `connectionParams.authorization`, which becomes that header.
 */
export interface RunningGateway {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** ws://127.0.0.1:<port>/graphql */
  wsUrl: string;
  /** Requests the gateway sent to subgraphs, by subgraph URL, in order. */
  readonly fetches: string[];
  close(): Promise<void>;
}

export async function startGateway(supergraphSdl: string): Promise<RunningGateway> {
  const fetches: string[] = [];
  const gateway = createGatewayRuntime({
    supergraph: supergraphSdl,
    transports: { http: httpTransport },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
    },
    plugins: () => [{ onFetch: ({ url }) => void fetches.push(url) }],
    logging: false,
    landingPage: false,
    graphiql: false,
  });
  // Load the supergraph now: HTTP requests wait for it, but graphql-ws subscriptions do not (their first one
  // would fail with an unexpected error).
  await gateway.getSchema();
  const server = createServer(gateway);
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  let url = '';
  const disposeWs = useServer(
    getGraphQLWSOptions(gateway, (ctx) => {
      const authorization = ctx.connectionParams?.authorization;
      return { request: new Request(url, { headers: typeof authorization === 'string' ? { authorization } : {} }) };
    }),
    sockets,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    fetches,
    close: async () => {
      await disposeWs.dispose();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
