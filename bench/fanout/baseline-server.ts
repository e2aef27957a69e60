import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useServer } from 'graphql-ws/use/ws';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { measuredMemory, serveParent } from '../lib/child.js';
import { heapSnapshotInto } from './heap-snapshot.js';

/**
 * The bare baseline for fan-out: graphql-yoga + graphql-ws with yoga's in-memory pubsub, no database, no
 * authentication, no access rules, the same types and selection set as Switchboard's `events`. Each event
 * is executed once per subscriber, which is what a plain GraphQL subscription server does.
 */

const typeDefs = /* GraphQL */ `
  type User { id: ID! name: String! }
  type Channel { id: ID! name: String! }
  type ReactionGroup { emoji: String! count: Int! }
  type Message { id: ID! text: String! createdAt: String! author: User reactions: [ReactionGroup!]! }
  type Event { id: ID! cursor: String! type: String! occurredAt: String! channel: Channel actor: User message: Message }
  input EventFilter { channelIds: [ID!] }
  type Query { ok: Boolean! }
  type Mutation { publish(text: String!): Boolean! }
  type Subscription { events(filter: EventFilter): Event! }
`;

interface BenchEvent {
  id: string;
  cursor: string;
  type: string;
  occurredAt: string;
  channel: { id: string; name: string };
  actor: { id: string; name: string };
  message: { id: string; text: string; createdAt: string; author: { id: string; name: string }; reactions: Array<{ emoji: string; count: number }> };
}

const CHANNEL = { id: 'firehose', name: 'firehose' };
const ALICE = { id: 'alice', name: 'Alice Chen' };
// One listener per subscriber on one EventTarget: thousands, on purpose.
const eventTarget = new EventTarget();
setMaxListeners(0, eventTarget);
const pubsub = createPubSub<{ events: [BenchEvent] }>({ eventTarget: eventTarget as never });
let sequence = 0;
/** Subscriptions started on sockets still open (the bench holds one subscription per socket). */
let listeners = 0;

const schema = createSchema({
  typeDefs,
  resolvers: {
    Query: { ok: () => true },
    Mutation: {
      publish: (_root: unknown, { text }: { text: string }) => {
        const occurredAt = new Date().toISOString();
        sequence += 1;
        pubsub.publish('events', {
          id: randomUUID(),
          cursor: Buffer.from(`ev:${sequence}`).toString('base64url'),
          type: 'MESSAGE_CREATED',
          occurredAt,
          channel: CHANNEL,
          actor: ALICE,
          message: { id: randomUUID(), text, createdAt: occurredAt, author: ALICE, reactions: [] },
        });
        return true;
      },
    },
    Subscription: {
      events: {
        subscribe: async function* (_root: unknown, args: { filter?: { channelIds?: string[] } }) {
          listeners += 1;
          for await (const event of pubsub.subscribe('events')) {
            if (!args.filter?.channelIds || args.filter.channelIds.includes(event.channel.id)) yield { events: event };
          }
        },
      },
    },
  },
});

const yoga = createYoga({ schema, logging: false, landingPage: false, graphiql: false });
const server = createServer(yoga);
const sockets = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
sockets.on('connection', (socket) => socket.on('close', () => (listeners = Math.max(0, listeners - 1))));
useServer(
  {
    execute: (args) => (args.rootValue as Enveloped).execute(args),
    subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params });
      const document = parse(params.query);
      const errors = validate(schema, document);
      if (errors.length > 0) return errors;
      return { schema, operationName: params.operationName, document, variableValues: params.variables, contextValue: await contextFactory(), rootValue: { execute, subscribe } };
    },
  },
  sockets,
);

interface Enveloped {
  execute: (args: unknown) => never;
  subscribe: (args: unknown) => never;
}

serveParent(
  {
    info: () => {
      const port = (server.address() as AddressInfo).port;
      return { url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql`, channelId: CHANNEL.id };
    },
    memory: () => measuredMemory(),
    heapSnapshot: (dir: string) => heapSnapshotInto(dir),
    /** CPU time of the server process so far, in microseconds (user + system). */
    cpu: () => {
      const usage = process.cpuUsage();
      return usage.user + usage.system;
    },
    listeners: () => listeners,
    statements: () => 0,
  },
  {
    setup: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    teardown: async () => {
      sockets.close();
      server.closeAllConnections();
      server.close();
    },
  },
);
