import { print, type ExecutionResult } from 'graphql';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import type { SharedDeliveryViewerViewSubscription } from '../../testkit/gql/graphql.js';
import { STORES, type StoreKind } from '../../testkit/databases.js';
import { AddReaction, Inbox, useLiveServer, type LiveServer, type StreamEvent } from '../../testkit/subscriptions.js';

/**
 * Delivery shared between subscribers (src/subscriptions/audience.ts, src/http/shared-delivery.ts): one access
 * decision per event for all subscribers, and one execution per event for subscribers with the same
 * document and the same access. Sharing must never change what anyone receives: revoked access takes
 * effect with the very next event, and viewers who may see different things get their own view.
 */

const LeaveChannel = graphql(`
  mutation SharedDeliveryLeave($input: ChannelInput!) {
    leaveChannel(input: $input) {
      leftChannelId
      userErrors { code message }
    }
  }
`);

const GlobexChannels = graphql(`
  query SharedDeliveryGlobexChannels {
    workspaces {
      name
      channels(first: 20) { nodes { id name } }
    }
  }
`);

/** A selection that depends on who is asking: viewerHasReacted and viewerCanUpdate. */
const ViewerView = graphql(`
  subscription SharedDeliveryViewerView($filter: EventFilter) {
    events(filter: $filter) {
      type
      message {
        id
        text
        viewerCanUpdate
        reactions { emoji count viewerHasReacted }
      }
    }
  }
`);

type ViewerEvent = SharedDeliveryViewerViewSubscription['events'];

/** Reads events until `isLast` matches one; returns all of them (the last included). */
async function until(events: Inbox<StreamEvent>, isLast: (event: StreamEvent) => boolean, what: string): Promise<StreamEvent[]> {
  const seen: StreamEvent[] = [];
  for (;;) {
    const event = await events.next(`${what} (after ${seen.length} other events)`);
    seen.push(event);
    if (isLast(event)) return seen;
  }
}

describe.each(STORES)('Shared event delivery on %s', (kind: StoreKind) => {
  let live: LiveServer;
  useLiveServer(kind, (server) => (live = server));
  // The tests run in order on one server: the last two take carol out of #general and dave out of Acme.

  it('costs the same SQL statements per event for one subscriber as for three of different accounts, and gives each the same event', async () => {
    const general = live.directory.channel.general;
    const filter = { channelIds: [general] };
    const { testApp } = live;

    const bob = await live.subscribe('demo-bob', { filter });
    testApp.takeStatementCount();
    const first = await live.send('demo-alice', general, 'Statements for one subscriber');
    expect((await bob.events.next('the event for bob alone')).message?.id).toBe(first);
    const forOne = testApp.takeStatementCount();

    const carol = await live.subscribe('demo-carol', { filter });
    const dave = await live.subscribe('demo-dave', { filter });
    testApp.takeStatementCount();
    const second = await live.send('demo-alice', general, 'Statements for three subscribers');
    const received = [
      await bob.events.next("bob's event"),
      await carol.events.next("carol's event"),
      await dave.events.next("dave's event"),
    ];
    const forThree = testApp.takeStatementCount();

    expect(received.map((event) => event.message?.id)).toEqual([second, second, second]);
    expect(received[1]).toEqual(received[0]);
    expect(received[2]).toEqual(received[0]);
    expect(received[0]).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'general' }, message: { author: { name: 'Alice Chen' } } });
    expect(forThree).toBe(forOne);
  });

  it('gives viewers with different views of the same event their own: viewerCanUpdate and viewerHasReacted', async () => {
    const general = live.directory.channel.general;
    const subscribe = async (apiKey: string) => {
      const events = new Inbox<ViewerEvent>();
      const client = live.wsClient({ authorization: `Bearer ${apiKey}` });
      const listeners = live.busListeners;
      client.subscribe<SharedDeliveryViewerViewSubscription>(
        { query: print(ViewerView), variables: { filter: { channelIds: [general] } } },
        {
          next: (result: ExecutionResult<SharedDeliveryViewerViewSubscription>) => {
            if (result.errors?.length) events.fail(result.errors);
            else if (result.data) events.push(result.data.events);
          },
          error: (error) => events.fail(error),
          complete: () => events.complete(),
        },
      );
      await live.waitForBusListeners(listeners + 1, `${apiKey}'s subscription`);
      return events;
    };
    const bob = await subscribe('demo-bob');
    const carol = await subscribe('demo-carol');

    const messageId = await live.send('demo-bob', general, 'Bob wrote this');
    const [bobCreated, carolCreated] = [await bob.next("bob's MESSAGE_CREATED"), await carol.next("carol's MESSAGE_CREATED")];
    expect(bobCreated.message).toMatchObject({ id: messageId, viewerCanUpdate: true });
    expect(carolCreated.message).toMatchObject({ id: messageId, viewerCanUpdate: false });

    await live.mutate('demo-carol', AddReaction, { input: { messageId, emoji: '👍' } });
    const [bobReaction, carolReaction] = [await bob.next("bob's REACTION_ADDED"), await carol.next("carol's REACTION_ADDED")];
    expect(bobReaction).toMatchObject({ type: 'REACTION_ADDED', message: { reactions: [{ emoji: '👍', count: 1, viewerHasReacted: false }] } });
    expect(carolReaction).toMatchObject({ type: 'REACTION_ADDED', message: { reactions: [{ emoji: '👍', count: 1, viewerHasReacted: true }] } });
  });

  it('stops delivering a channel with the very next event after the subscriber left it', async () => {
    const { channel } = live.directory;
    const carol = await live.subscribe('demo-carol');
    const bob = await live.subscribe('demo-bob', { filter: { channelIds: [channel.general] } });

    const before = await live.send('demo-alice', channel.general, 'Carol still reads this');
    expect((await carol.events.next('the #general event before leaving')).message?.id).toBe(before);

    await live.mutate('demo-carol', LeaveChannel, { input: { channelId: channel.general } });
    const after = await live.send('demo-alice', channel.general, 'Posted after carol left');
    const sentinel = await live.send('demo-alice', channel.random, 'Sentinel in #random');

    const seen = await until(carol.events, (event) => event.message?.id === sentinel, "carol's #random sentinel");
    expect(seen.map((event) => event.message?.id)).not.toContain(after);
    expect(seen.every((event) => event.channel?.name !== 'general')).toBe(true);
    // bob, still a member, receives the same message.
    const bobSeen = await until(bob.events, (event) => event.message?.id === after, "bob's copy of the message");
    expect(bobSeen.at(-1)).toMatchObject({ channel: { name: 'general' }, message: { text: 'Posted after carol left' } });
  });

  it('stops delivering a workspace with the very next event after the account was removed from it, even without an event about it', async () => {
    const { channel, acmeId } = live.directory;
    const globex = (await live.http('demo-alice', GlobexChannels)).data!.workspaces.find((workspace) => workspace.name === 'Globex')!;
    const globexGeneral = globex.channels.nodes.find((node) => node.name === 'general')!.id;
    const dave = await live.subscribe('demo-dave');

    const before = await live.send('demo-alice', channel.random, 'Dave still sees Acme');
    expect((await dave.events.next('the Acme event before the removal')).message?.id).toBe(before);

    // Removed behind the server's back (as an administrator's SQL would): no event announces it.
    const db = live.testApp.started.services.database.db;
    await sql`update users set account_id = null where name = 'dave' and workspace_id = ${decodeWorkspace(acmeId)}::uuid`.execute(db);

    const after = await live.send('demo-alice', channel.random, 'Acme news dave must not get');
    const sentinel = await live.send('demo-alice', globexGeneral, 'Globex sentinel');
    const seen = await until(dave.events, (event) => event.message?.id === sentinel, "dave's Globex sentinel");
    expect(seen.map((event) => event.message?.id)).not.toContain(after);
    expect(seen.at(-1)).toMatchObject({ workspace: { name: 'Globex' }, message: { text: 'Globex sentinel' } });
  });

});

/** The workspace uuid inside a global Workspace id. */
function decodeWorkspace(globalId: string): string {
  const parts = Buffer.from(globalId, 'base64url').toString('utf8').split(':').map(decodeURIComponent);
  return parts[3];
}
