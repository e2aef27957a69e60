import { describe, expect, it } from 'vitest';
import { STORES, type StoreKind } from '../../testkit/databases.js';
import { AddReaction, DeleteMessage, RemoveReaction, useLiveServer, UpdateMessage, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Subscription.events over a real port: subscribers hold graphql-ws WebSocket clients, the other party
 * sends mutations with fetch over HTTP.
 */

describe.each(STORES)('Subscription.events over graphql-ws on %s', (kind: StoreKind) => {
  let live: LiveServer;
  useLiveServer(kind, (server) => (live = server));

  it("delivers alice's message in #general to bob subscribed to #general, with message, author, channel and actor resolved", async () => {
    const { channel } = live.directory;
    const bob = await live.subscribe('demo-bob', { filter: { channelIds: [channel.general] } });

    // Outside bob's filter: must not arrive, so the first event bob gets is the #general one.
    await live.send('demo-alice', channel.random, 'Lunch at noon, anyone?');
    const text = `Standup moves to 10:30 (${kind})`;
    const messageId = await live.send('demo-alice', channel.general, text);

    const event = await bob.events.next('the MESSAGE_CREATED of the #general message');
    expect(event).toMatchObject({
      type: 'MESSAGE_CREATED',
      emoji: null,
      workspace: { id: live.directory.acmeId, name: 'Acme' },
      channel: { id: channel.general, name: 'general' },
      actor: { name: 'Alice Chen' },
      message: { id: messageId, text, author: { name: 'Alice Chen' }, editedAt: null, deletedAt: null, parent: null },
    });
    expect(event.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Math.abs(Date.parse(event.occurredAt) - Date.now())).toBeLessThan(5 * 60_000);
    expect(bob.events.buffered).toEqual([]);
  });

  it('never shows carol an event from the private #leadership, only the later one from #general', async () => {
    const { channel } = live.directory;
    const carol = await live.subscribe('demo-carol');

    const secretId = await live.send('demo-alice', channel.leadership, 'Q3 reorg draft, do not share');
    const publicId = await live.send('demo-alice', channel.general, 'All-hands on Friday');

    const first = await carol.events.next("the event of alice's #general message");
    expect(first).toMatchObject({
      type: 'MESSAGE_CREATED',
      channel: { name: 'general' },
      message: { id: publicId, text: 'All-hands on Friday' },
    });
    expect(carol.events.history.map((event) => event.message?.id)).not.toContain(secretId);

    // bob, a member of #leadership, does get such an event.
    const bob = await live.subscribe('demo-bob');
    const secondSecret = await live.send('demo-alice', channel.leadership, 'Budget review moved');
    expect(await bob.events.next('the #leadership event for bob')).toMatchObject({
      type: 'MESSAGE_CREATED',
      channel: { name: 'leadership' },
      message: { id: secondSecret, text: 'Budget review moved' },
    });
  });
});

describe('Subscription.events: event kinds and filters (pglite)', () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));

  it('reports reactions with their emoji, an edit with the new text and editedAt, and a delete as a tombstone', async () => {
    const { channel } = live.directory;
    const bob = await live.subscribe('demo-bob', { filter: { channelIds: [channel.general] } });
    const messageId = await live.send('demo-alice', channel.general, 'Release notes are up');
    expect(await bob.events.next('MESSAGE_CREATED')).toMatchObject({ type: 'MESSAGE_CREATED', message: { id: messageId } });

    await live.mutate('demo-bob', AddReaction, { input: { messageId, emoji: '🎉' } });
    expect(await bob.events.next('REACTION_ADDED')).toMatchObject({
      type: 'REACTION_ADDED',
      emoji: '🎉',
      actor: { name: 'Bob Martinez' },
      channel: { name: 'general' },
      message: { id: messageId, reactions: [{ emoji: '🎉', count: 1 }] },
    });

    await live.mutate('demo-bob', RemoveReaction, { input: { messageId, emoji: '🎉' } });
    expect(await bob.events.next('REACTION_REMOVED')).toMatchObject({
      type: 'REACTION_REMOVED',
      emoji: '🎉',
      actor: { name: 'Bob Martinez' },
      message: { id: messageId, reactions: [] },
    });

    await live.mutate('demo-alice', UpdateMessage, { input: { messageId, text: 'Release notes are up (v2)' } });
    const updated = await bob.events.next('MESSAGE_UPDATED');
    expect(updated).toMatchObject({
      type: 'MESSAGE_UPDATED',
      emoji: null,
      actor: { name: 'Alice Chen' },
      message: { id: messageId, text: 'Release notes are up (v2)', deletedAt: null },
    });
    expect(updated.message?.editedAt).toEqual(expect.any(String));
    expect(Number.isNaN(Date.parse(updated.message!.editedAt!))).toBe(false);

    await live.mutate('demo-alice', DeleteMessage, { input: { messageId } });
    const deleted = await bob.events.next('MESSAGE_DELETED');
    expect(deleted).toMatchObject({
      type: 'MESSAGE_DELETED',
      actor: { name: 'Alice Chen' },
      channel: { name: 'general' },
      message: { id: messageId, text: '', reactions: [] },
    });
    expect(deleted.message?.deletedAt).toEqual(expect.any(String));
    expect(Number.isNaN(Date.parse(deleted.message!.deletedAt!))).toBe(false);
    expect(bob.events.buffered).toEqual([]);
  });

  it('publishes APP_MENTION after MESSAGE_CREATED when @switchbot is mentioned, and not for a person', async () => {
    const { channel } = live.directory;
    const bob = await live.subscribe('demo-bob', { filter: { channelIds: [channel.general] } });

    const toCarol = await live.send('demo-alice', channel.general, '@carol can you review?');
    const toBot = await live.send('demo-alice', channel.general, '@switchbot deploy staging please');

    const received = [
      await bob.events.next('MESSAGE_CREATED for the @carol message'),
      await bob.events.next('MESSAGE_CREATED for the @switchbot message'),
      await bob.events.next('APP_MENTION for the @switchbot message'),
    ];
    expect(received.map((event) => [event.type, event.message?.id])).toEqual([
      ['MESSAGE_CREATED', toCarol],
      ['MESSAGE_CREATED', toBot],
      ['APP_MENTION', toBot],
    ]);
    expect(received[2]).toMatchObject({
      actor: { name: 'Alice Chen' },
      channel: { name: 'general' },
      message: { text: '@switchbot deploy staging please', author: { name: 'Alice Chen' } },
    });
  });

  it('delivers only reactions to a subscriber filtering on types: [REACTION_ADDED]', async () => {
    const { channel } = live.directory;
    const bob = await live.subscribe('demo-bob', { filter: { types: ['REACTION_ADDED'] } });

    const messageId = await live.send('demo-alice', channel.general, 'Who is in for the offsite?');
    await live.mutate('demo-alice', UpdateMessage, { input: { messageId, text: 'Who is in for the offsite in May?' } });
    await live.mutate('demo-carol', AddReaction, { input: { messageId, emoji: '🙋' } });
    await live.mutate('demo-carol', RemoveReaction, { input: { messageId, emoji: '🙋' } });
    await live.mutate('demo-dave', AddReaction, { input: { messageId, emoji: '👀' } });
    await live.send('demo-alice', channel.random, 'unrelated');
    await live.mutate('demo-alice', AddReaction, { input: { messageId, emoji: ':shipit:' } });

    const received = [
      await bob.events.next("carol's reaction"),
      await bob.events.next("dave's reaction"),
      await bob.events.next("alice's reaction"),
    ];
    expect(received.map((event) => [event.type, event.emoji, event.actor?.name, event.message?.id])).toEqual([
      ['REACTION_ADDED', '🙋', 'Carol Nguyen', messageId],
      ['REACTION_ADDED', '👀', 'Dave Okafor', messageId],
      ['REACTION_ADDED', ':shipit:', 'Alice Chen', messageId],
    ]);
    expect(bob.events.buffered).toEqual([]);
  });

  it('delivers a reply two levels under a root to a subscriber filtering on that threadRootId, but not a message elsewhere', async () => {
    const { channel } = live.directory;
    const rootId = await live.send('demo-alice', channel.general, 'Thread: picking a date for the retro');
    const firstReply = await live.send('demo-bob', channel.general, 'Thursday works for me', rootId);
    const otherRoot = await live.send('demo-alice', channel.general, 'Another topic entirely');

    const dave = await live.subscribe('demo-dave', { filter: { threadRootIds: [rootId] } });

    await live.send('demo-carol', channel.general, 'Not in that thread', otherRoot);
    await live.send('demo-carol', channel.general, 'A new root');
    const deepReply = await live.send('demo-carol', channel.general, 'Thursday afternoon, then?', firstReply);
    await live.mutate('demo-dave', AddReaction, { input: { messageId: rootId, emoji: '👍' } });

    expect(await dave.events.next('the depth-2 reply')).toMatchObject({
      type: 'MESSAGE_CREATED',
      actor: { name: 'Carol Nguyen' },
      message: {
        id: deepReply,
        text: 'Thursday afternoon, then?',
        parent: { id: firstReply },
        threadRoot: { id: rootId },
      },
    });
    // The root itself belongs to its thread too.
    expect(await dave.events.next('the reaction on the root')).toMatchObject({
      type: 'REACTION_ADDED',
      emoji: '👍',
      message: { id: rootId, threadRoot: null },
    });
    expect(dave.events.buffered).toEqual([]);
  });
});
