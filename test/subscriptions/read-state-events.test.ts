import { describe, expect, it } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import { STORES, type StoreKind } from '../../testkit/databases.js';
import { useLiveServer, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Read state is private: THREAD_READ (markThreadRead) and CHANNEL_READ (markChannelRead, markUnread)
 * reach the subscriptions of the account that acted and nobody else's, not even those of people who read
 * the same channel. Checked live over graphql-ws and on replay with `after`.
 */

const MarkThreadRead = graphql(`
  mutation ReadStateEventsMarkThreadRead($input: MarkThreadReadInput!) {
    markThreadRead(input: $input) {
      thread { unreadReplyCount }
      userErrors { code message }
    }
  }
`);

const MarkChannelRead = graphql(`
  mutation ReadStateEventsMarkChannelRead($input: MarkChannelReadInput!) {
    markChannelRead(input: $input) {
      channel { unreadCount }
      userErrors { code message }
    }
  }
`);

const MarkUnread = graphql(`
  mutation ReadStateEventsMarkUnread($input: MessageInput!) {
    markUnread(input: $input) {
      message { id }
      userErrors { code message }
    }
  }
`);

describe.each(STORES)('private read-state events on %s', (kind: StoreKind) => {
  let live: LiveServer;
  useLiveServer(kind, (server) => (live = server));

  it("delivers THREAD_READ to alice's own subscription only, never to bob who reads the same channel", async () => {
    const { channel } = live.directory;
    const filter = { channelIds: [channel.general] };
    const alice = await live.subscribe('demo-alice', { filter });
    const bob = await live.subscribe('demo-bob', { filter });

    const root = await live.send('demo-bob', channel.general, `Thread for THREAD_READ (${kind})`);
    const reply = await live.send('demo-carol', channel.general, 'A reply alice will read', root);
    for (const subscriber of [alice, bob]) {
      expect(await subscriber.events.next('MESSAGE_CREATED of the root')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: root } });
      expect(await subscriber.events.next('MESSAGE_CREATED of the reply')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: reply } });
    }

    await live.mutate('demo-alice', MarkThreadRead, { input: { messageId: root } });
    const read = await alice.events.next("alice's THREAD_READ");
    expect(read).toMatchObject({
      type: 'THREAD_READ',
      channel: { id: channel.general },
      actor: { name: 'Alice Chen' },
      message: { id: root },
    });

    // The log is one ordered stream: bob's next event is the message sent after alice's THREAD_READ.
    const marker = await live.send('demo-dave', channel.general, 'After the read');
    expect(await bob.events.next('the marker message')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: marker } });
    expect(bob.events.history.map((event) => event.type)).not.toContain('THREAD_READ');
    expect(await alice.events.next('the marker message for alice')).toMatchObject({ message: { id: marker } });
  });

  it('replays a THREAD_READ to its actor and skips it for others', async () => {
    const { channel } = live.directory;
    const filter = { channelIds: [channel.general] };
    const alice = await live.subscribe('demo-alice', { filter });
    const root = await live.send('demo-bob', channel.general, `Replay thread (${kind})`);
    const start = await alice.events.next('the root');
    await live.mutate('demo-alice', MarkThreadRead, { input: { messageId: root } });
    const read = await alice.events.next('THREAD_READ');
    const marker = await live.send('demo-bob', channel.general, 'Replay marker');
    await alice.events.next('the marker');

    const aliceAgain = await live.subscribe('demo-alice', { filter, after: start.cursor });
    expect(await aliceAgain.events.next('replayed THREAD_READ')).toMatchObject({ type: 'THREAD_READ', id: read.id });
    const bobReplay = await live.subscribe('demo-bob', { filter, after: start.cursor });
    expect(await bobReplay.events.next('replayed marker')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: marker } });
  });

  it('delivers CHANNEL_READ from markChannelRead and markUnread to the actor only', async () => {
    const { channel } = live.directory;
    const filter = { channelIds: [channel.random] };
    const alice = await live.subscribe('demo-alice', { filter });
    const carol = await live.subscribe('demo-carol', { filter });

    const message = await live.send('demo-bob', channel.random, `CHANNEL_READ check (${kind})`);
    for (const subscriber of [alice, carol]) {
      expect(await subscriber.events.next('MESSAGE_CREATED')).toMatchObject({ message: { id: message } });
    }
    await live.mutate('demo-alice', MarkChannelRead, { input: { channelId: channel.random } });
    expect(await alice.events.next('CHANNEL_READ of markChannelRead')).toMatchObject({
      type: 'CHANNEL_READ',
      channel: { id: channel.random },
      actor: { name: 'Alice Chen' },
      message: null,
    });
    await live.mutate('demo-alice', MarkUnread, { input: { messageId: message } });
    expect(await alice.events.next('CHANNEL_READ of markUnread')).toMatchObject({ type: 'CHANNEL_READ', message: { id: message } });

    const marker = await live.send('demo-bob', channel.random, 'After the reads');
    expect(await carol.events.next('the marker')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: marker } });
    expect(carol.events.history.map((event) => event.type)).toEqual(['MESSAGE_CREATED', 'MESSAGE_CREATED']);
  });
});
