import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from '../../src/providers/ids.js';
import { composeSupergraph, switchboardSubgraph, type Composition } from '../../scripts/supergraph.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';
import { postGraphQL, subscribeOverSse, subscribeOverWebSocket, type ResultStream } from '../../testkit/federation/clients.js';
import { demoReferences, type DemoReferences } from '../../testkit/federation/demo-references.js';
import { startGateway, type RunningGateway } from '../../testkit/federation/gateway.js';
import { startTicketsSubgraph, TICKETS_SDL, type Ticket, type TicketsSubgraph } from '../../testkit/federation/tickets.js';
import { startLiveServer, within, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * A real federation: Switchboard (listening on a port) and the tickets subgraph of the test kit, composed with
 * The Guild's composition and served by Hive Gateway's runtime. Every request below goes to the gateway.
 */

const TICKETS = `
  query GatewayTickets {
    tickets {
      id
      title
      sourceChannel { id name }
      sourceMessage {
        id
        text
        author { name }
        reactions { emoji count }
        descendants(first: 10) { nodes { text author { name } } }
        tickets { id }
      }
    }
  }
`;

/** The same message fields asked of Switchboard directly. */
const MESSAGE_DIRECTLY = `
  query DirectMessage($id: ID!) {
    node(id: $id) {
      ... on Message { id text author { name } reactions { emoji count } descendants(first: 10) { nodes { text author { name } } } }
    }
  }
`;

const TICKET_MESSAGES = 'query GatewayTicketMessages { tickets { id sourceMessage { id text author { name } } } }';

const SEND = `
  mutation GatewaySend($input: SendMessageInput!) {
    sendMessage(input: $input) { message { id text } userErrors { code message } }
  }
`;

const EVENTS = `
  subscription GatewayEvents($filter: EventFilter) {
    events(filter: $filter) {
      type
      channel { name }
      message { id text author { name } tickets { id } threadRoot { id tickets { id title } } }
    }
  }
`;

type TicketView = {
  id: string;
  title: string;
  sourceChannel: { id: string; name: string } | null;
  sourceMessage: ({ id: string; tickets: Array<{ id: string }> } & Record<string, unknown>) | null;
};
type EventView = {
  events: {
    type: string;
    channel: { name: string } | null;
    message: {
      id: string;
      text: string;
      author: { name: string } | null;
      tickets: Array<{ id: string }>;
      threadRoot: { id: string; tickets: Array<{ id: string; title: string }> } | null;
    } | null;
  };
};

describe('Switchboard and a tickets subgraph behind Hive Gateway', () => {
  let live: LiveServer;
  let demo: DemoDirectory;
  let refs: DemoReferences;
  let tickets: TicketsSubgraph;
  let composition: Composition;
  let gateway: RunningGateway;
  let openTickets: Ticket[];

  beforeAll(async () => {
    live = await startLiveServer('pglite');
    demo = await demoDirectory(live.testApp);
    refs = await demoReferences(live.testApp, demo);
    openTickets = [
      { id: 'T-1', title: 'Customer asks about the release', sourceMessageId: refs.generalThread, sourceChannelId: demo.channel.general },
      { id: 'T-2', title: 'Follow up on the offsite', sourceMessageId: refs.leadershipMessage, sourceChannelId: demo.channel.leadership },
      { id: 'T-3', title: 'Points at nothing', sourceMessageId: missing('Message'), sourceChannelId: missing('Channel') },
    ];
    tickets = await startTicketsSubgraph(openTickets);
    composition = composeSupergraph([switchboardSubgraph(live.httpUrl), { name: 'tickets', sdl: TICKETS_SDL, url: tickets.url }]);
    if (!composition.supergraphSdl) throw new Error(`composition failed: ${composition.errors?.join('; ')}`);
    gateway = await startGateway(composition.supergraphSdl);
  });
  afterAll(async () => {
    await gateway?.close();
    await tickets?.close();
    await live?.close();
  });

  /** A well-formed global id of the Acme workspace that names nothing. */
  const missing = (typename: string) =>
    encodeGlobalId({ typename, provider: 'builtin', workspaceId: decodeGlobalId(demo.acmeId).workspaceId, nativeId: randomUUID() });

  const viaGateway = <T>(apiKey: string | null, query: string, variables?: Record<string, unknown>) =>
    postGraphQL<T>(gateway.url, apiKey, query, variables);

  it('composes Switchboard with the tickets subgraph', () => {
    expect(composition.errors).toBeUndefined();
    const sdl = composition.supergraphSdl!;
    // Message: Switchboard's entity, extended by tickets (Message.tickets); Channel only referenced by tickets.
    expect(sdl).toContain('type Message implements Node @join__type(graph: SWITCHBOARD, key: "id") @join__type(graph: TICKETS, key: "id")');
    expect(sdl).toContain('type Channel implements Node @join__type(graph: SWITCHBOARD, key: "id") @join__type(graph: TICKETS, key: "id", resolvable: false)');
    expect(sdl).toContain('type Ticket @join__type(graph: TICKETS, key: "id")');
    expect(sdl).toMatch(/tickets: \[Ticket!\]! @join__field\(graph: TICKETS\)/);
    expect(sdl).toContain(`@join__graph(name: "switchboard", url: "${live.httpUrl}")`);
  });

  it("crosses both subgraphs: a ticket's message with its author, reactions, replies and, back in tickets, its tickets", async () => {
    const result = await viaGateway<{ tickets: TicketView[] }>('demo-alice', TICKETS);
    // Errors only where T-3 points at nothing (see the next test).
    expect((result.errors ?? []).map((error) => error.path?.slice(0, 2))).not.toContainEqual(['tickets', 0]);
    const [first] = result.data!.tickets;
    expect(first).toMatchObject({ id: 'T-1', sourceChannel: { id: demo.channel.general, name: 'general' } });
    const direct = await live.testApp.gql<{ node: Record<string, unknown> }>('demo-alice', MESSAGE_DIRECTLY, { id: refs.generalThread });
    expect(direct.errors).toBeUndefined();
    const { tickets: backReferences, ...message } = first.sourceMessage!;
    expect(message).toEqual(direct.data!.node);
    expect((message.reactions as unknown[]).length).toBeGreaterThan(0);
    expect((message.descendants as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
    expect(backReferences).toEqual([{ id: 'T-1' }]);
  });

  it("forwards the viewer's Authorization: carol's ticket on a #leadership message shows sourceMessage: null", async () => {
    const asCarol = await viaGateway<{ tickets: TicketView[] }>('demo-carol', TICKETS);
    const [general, leadership, nowhere] = asCarol.data!.tickets;
    expect(general.sourceMessage?.id).toBe(refs.generalThread);
    expect(leadership).toEqual({ id: 'T-2', title: 'Follow up on the offsite', sourceChannel: null, sourceMessage: null });
    // Switchboard answers her _entities with null for both, without error. The gateway then reports the
    // non-null fields it could not fill, exactly as for the ticket whose message and channel do not exist:
    // nothing tells her that the #leadership message exists.
    expect(nowhere).toEqual({ id: 'T-3', title: 'Points at nothing', sourceChannel: null, sourceMessage: null });
    const errorsAt = (index: number) =>
      (asCarol.errors ?? [])
        .filter((error) => error.path?.[1] === index)
        .map((error) => ({ ...error, path: error.path?.slice(2) }));
    expect(errorsAt(0)).toEqual([]);
    expect(errorsAt(1)).toEqual(errorsAt(2));
    expect(JSON.stringify(asCarol)).not.toMatch(/leadership|offsite_|NOT_FOUND/i);

    // alice is in #leadership: the same ticket shows her the message.
    const asAlice = await viaGateway<{ tickets: TicketView[] }>('demo-alice', TICKETS);
    expect(asAlice.data!.tickets[1].sourceMessage?.id).toBe(refs.leadershipMessage);

    // Without a key, Switchboard refuses its part: the ticket stays, the message is null with NOT_AUTHENTICATED.
    const anonymous = await viaGateway<{ tickets: TicketView[] }>(null, TICKET_MESSAGES);
    expect(anonymous.data?.tickets.map((ticket) => ticket.sourceMessage)).toEqual([null, null, null]);
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toContain('NOT_AUTHENTICATED');
  });

  it('resolves 100 message references of one gateway request with one call to Switchboard and a fixed number of SQL statements', async () => {
    const messages = refs.messages.slice(0, 100);
    tickets.tickets = messages.map((id, index) => ({ id: `T-${index + 100}`, title: `Ticket ${index}`, sourceMessageId: id, sourceChannelId: null }));
    try {
      const fetchesBefore = gateway.fetches.length;
      live.testApp.takeStatementCount();
      const result = await viaGateway<{ tickets: Array<{ id: string; sourceMessage: { id: string; author: { name: string } | null } | null }> }>(
        'demo-alice',
        TICKET_MESSAGES,
      );
      const statements = live.testApp.takeStatementCount();
      expect(result.errors).toBeUndefined();
      expect(result.data!.tickets.map((ticket) => ticket.sourceMessage?.id)).toEqual(messages);
      // One request to tickets (the list), one to Switchboard: _entities with the 100 representations.
      expect(gateway.fetches.slice(fetchesBefore)).toEqual([tickets.url, live.httpUrl]);
      // API key, memberships (naming the viewer's user), messages with the viewer's access to their channels,
      // authors: the same as for 1 reference.
      expect(statements).toBe(4);
    } finally {
      tickets.tickets = openTickets;
    }
  });

  async function nextEvent(stream: ResultStream<EventView>, what: string): Promise<EventView['events']> {
    const result = await stream.results.next(what);
    expect(result.errors).toBeUndefined();
    return result.data!.events;
  }

  async function sendThroughGateway(apiKey: string, channelId: string, text: string, parentId?: string): Promise<string> {
    const sent = await viaGateway<{ sendMessage: { message: { id: string } | null; userErrors: unknown[] } }>(apiKey, SEND, {
      input: { channelId, text, parentId },
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendMessage.userErrors).toEqual([]);
    return sent.data!.sendMessage.message!.id;
  }

  it("delivers events over the gateway's WebSocket, as the subscriber may see them, for a mutation sent through the gateway", async () => {
    const listeners = live.busListeners;
    const stream = subscribeOverWebSocket<EventView>(gateway.wsUrl, 'demo-carol', EVENTS);
    try {
      // The gateway subscribed at Switchboard (over SSE, with carol's key): events from now on reach her.
      await live.waitForBusListeners(listeners + 1, "the gateway's upstream subscription for carol");
      await sendThroughGateway('demo-alice', demo.channel.leadership, 'Not for carol');
      const messageId = await sendThroughGateway('demo-alice', demo.channel.general, 'Hello over the gateway WebSocket');
      const event = await within(nextEvent(stream, 'the #general message'), 'the event over the gateway WebSocket');
      // The #leadership message never reached her: her first event is the #general one.
      expect(event).toEqual({
        type: 'MESSAGE_CREATED',
        channel: { name: 'general' },
        message: { id: messageId, text: 'Hello over the gateway WebSocket', author: { name: 'Alice Chen' }, tickets: [], threadRoot: null },
      });
    } finally {
      await stream.close();
    }
    await live.waitForBusListeners(listeners, 'Switchboard to drop the upstream subscription');
  });

  it("delivers events over the gateway's server-sent events, with fields from the tickets subgraph", async () => {
    const listeners = live.busListeners;
    const stream = subscribeOverSse<EventView>(gateway.url, 'demo-bob', EVENTS, { filter: { threadRootIds: [refs.generalThread] } });
    try {
      await live.waitForBusListeners(listeners + 1, "the gateway's upstream subscription for bob");
      const replyId = await sendThroughGateway('demo-alice', demo.channel.general, 'Replying over the gateway', refs.generalThread);
      const event = await within(nextEvent(stream, 'the reply'), 'the event over the gateway SSE');
      // The reply comes from Switchboard's stream; its thread's tickets from the tickets subgraph.
      expect(event).toEqual({
        type: 'MESSAGE_CREATED',
        channel: { name: 'general' },
        message: {
          id: replyId,
          text: 'Replying over the gateway',
          author: { name: 'Alice Chen' },
          tickets: [],
          threadRoot: { id: refs.generalThread, tickets: [{ id: 'T-1', title: 'Customer asks about the release' }] },
        },
      });
    } finally {
      await stream.close();
    }
    await live.waitForBusListeners(listeners, 'Switchboard to drop the upstream subscription');
  });
});
