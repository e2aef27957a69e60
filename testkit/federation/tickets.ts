import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

/**
 * "tickets": a company's own helpdesk subgraph, the second subgraph of the federation tests. A ticket points at
 * the Switchboard message (and channel) it was opened from by their global ids, and adds `Message.tickets`, so
 * queries cross the two subgraphs both ways. It keeps its tickets in memory and checks no API key: Switchboard
 * decides what each viewer sees of the messages.
 */
export const TICKETS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

"""A support ticket, opened from a message."""
type Ticket @key(fields: "id") {
  id: ID!
  title: String!
  sourceMessage: Message
  sourceChannel: Channel
}

"""Switchboard's Message, with the tickets opened from it."""
type Message @key(fields: "id") {
  id: ID!
  tickets: [Ticket!]!
}

type Channel @key(fields: "id", resolvable: false) {
  id: ID!
}

type Query {
  tickets: [Ticket!]!
  ticket(id: ID!): Ticket
}
`;

export interface Ticket {
  id: string;
  title: string;
  /** Global ids of Switchboard objects. */
  sourceMessageId: string | null;
  sourceChannelId: string | null;
}

export interface TicketsSubgraph {
  url: string;
  /** The tickets it serves; tests replace them. */
  tickets: Ticket[];
  /** Requests it received (the gateway's fetches). */
  readonly requests: number;
  close(): Promise<void>;
}

export async function startTicketsSubgraph(tickets: Ticket[] = []): Promise<TicketsSubgraph> {
  const state = { tickets, requests: 0 };
  const reference = (typename: string, id: string | null) => (id ? { __typename: typename, id } : null);
  const schema = buildSubgraphSchema({
    typeDefs: parse(TICKETS_SDL),
    resolvers: {
      Query: {
        tickets: () => state.tickets,
        ticket: (_root: unknown, { id }: { id: string }) => state.tickets.find((ticket) => ticket.id === id) ?? null,
      },
      Ticket: {
        __resolveReference: ({ id }: { id: string }) => state.tickets.find((ticket) => ticket.id === id) ?? null,
        sourceMessage: (ticket: Ticket) => reference('Message', ticket.sourceMessageId),
        sourceChannel: (ticket: Ticket) => reference('Channel', ticket.sourceChannelId),
      },
      Message: {
        __resolveReference: ({ id }: { id: string }) => ({ id }),
        tickets: ({ id }: { id: string }) => state.tickets.filter((ticket) => ticket.sourceMessageId === id),
      },
    },
  });
  const yoga = createYoga({ schema, logging: false, landingPage: false, graphiql: false });
  const server = createServer((request, response) => {
    state.requests += 1;
    void yoga(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get tickets() {
      return state.tickets;
    },
    set tickets(value) {
      state.tickets = value;
    },
    get requests() {
      return state.requests;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
