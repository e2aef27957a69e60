import { describe, expect, it } from 'vitest';
import { all, forward, isPersonal, keys, MALFORMED_ID, only, post, requirePart, requireShared, type FixtureGetter } from './contract-support.js';

/**
 * Read state and thread subscriptions, as the rules in src/providers/features/read-state.ts state them. Skipped (visibly) where the provider has no
 * `readState` or `threadSubscriptions` part, which is where its capability says NONE.
 */

export function readStateContract(get: FixtureGetter): void {
  describe('read state', () => {
    it('counts what others post in the timeline after the position, never the actor’s own, per key', async (ctx) => {
      const f = get();
      const readState = requirePart(ctx, f.provider, 'readState');
      await readState.markChannelRead(f.owner, f.publicChannelId, null);
      const first = await post(f, f.member, f.publicChannelId, 'read state: first');
      const own = await post(f, f.owner, f.publicChannelId, 'read state: own');
      const root = await post(f, f.member, f.publicChannelId, 'read state: root');
      const keptInThread = await post(f, f.member, f.publicChannelId, 'read state: reply', { parentId: root.id });
      // On a personal workspace a reply from someone else arrives in the channel like any mail: it is not
      // kept in its thread, so it is unread there too. (The owner's own landed in the sent channel.)
      const replyInChannel = isPersonal(f);

      expect(await readState.loadChannelUnreadCounts(f.owner, [f.publicChannelId, MALFORMED_ID, f.unknownIds.channel])).toEqual([replyInChannel ? 3 : 2, 0, 0]);
      expect(await readState.loadUnreadFlags(f.owner, [first.id, own.id, root.id, keptInThread.id, MALFORMED_ID])).toEqual([
        true,
        false,
        true,
        replyInChannel, // else a reply kept in a thread the owner never followed nor read
        false,
      ]);

      await readState.markChannelRead(f.owner, f.publicChannelId, first.id);
      expect(await only(readState.loadChannelUnreadCounts(f.owner, [f.publicChannelId]))).toBe(replyInChannel ? 2 : 1);
      await readState.markChannelRead(f.owner, f.publicChannelId, null);
      expect(await only(readState.loadChannelUnreadCounts(f.owner, [f.publicChannelId]))).toBe(0);
    });

    it('markUnread moves the position to just before the message; the unread lists agree, oldest first', async (ctx) => {
      const f = get();
      const readState = requirePart(ctx, f.provider, 'readState');
      const messages = [];
      for (const text of ['one', 'two', 'three']) messages.push(await post(f, f.member, f.publicChannelId, `mark unread: ${text}`));
      await readState.markChannelRead(f.owner, f.publicChannelId, null);
      expect(await readState.markUnread(f.owner, messages[1].id)).toEqual({ kind: 'channel', channelId: f.publicChannelId });

      const channels = await readState.listUnreadChannels(f.owner, { limit: 100, cursor: null });
      const entry = channels.edges.find((edge) => edge.node.channel.id === f.publicChannelId);
      expect(entry?.node.unreadCount).toBe(2);
      const [page] = await all(readState.listUnreadMessages(f.owner, keys([f.publicChannelId], forward(10))));
      expect(page.edges.map((edge) => edge.node.id)).toEqual([messages[1].id, messages[2].id]);
      expect(page.hasNextPage).toBe(false);
    });

    it('shows nothing of a channel the actor cannot read', async (ctx) => {
      const f = get();
      const readState = requirePart(ctx, f.provider, 'readState');
      const secret = await post(f, f.owner, f.privateChannelId, 'read state: private');
      expect(await only(readState.loadChannelUnreadCounts(f.outsider, [f.privateChannelId]))).toBe(0);
      expect(await only(readState.loadUnreadFlags(f.outsider, [secret.id]))).toBe(false);
      const channels = await readState.listUnreadChannels(f.outsider, { limit: 100, cursor: null });
      expect(channels.edges.map((edge) => edge.node.channel.id)).not.toContain(f.privateChannelId);
      const [page] = await all(readState.listUnreadMessages(f.outsider, keys([f.privateChannelId], forward(10))));
      expect(page.edges).toEqual([]);
    });
  });

  describe('thread subscriptions', () => {
    it('a reply subscribes its author (read to the reply) and the root’s author (reply unread)', async (ctx) => {
      const f = get();
      const threads = requirePart(ctx, f.provider, 'threadSubscriptions');
      requireShared(ctx, f, 'the thread states of a second and a third person');
      const root = await post(f, f.owner, f.publicChannelId, 'threads: root');
      expect(await only(threads.loadThreadSubscriptions(f.owner, [root.id]))).toBe('UNSUBSCRIBED');
      await post(f, f.member, f.publicChannelId, 'threads: reply', { parentId: root.id });

      const [owner, member, outsider] = await Promise.all(
        [f.owner, f.member, f.outsider].map((actor) => only(threads.loadThreadStates(actor, [root.id]))),
      );
      expect(owner).toMatchObject({ rootId: root.id, subscription: 'SUBSCRIBED', unreadReplyCount: 1 });
      expect(member).toMatchObject({ subscription: 'SUBSCRIBED', unreadReplyCount: 0 });
      expect(outsider).toMatchObject({ subscription: 'UNSUBSCRIBED', unreadReplyCount: 0 });
    });

    it('markThreadRead reads to a reply or the latest; an explicit unsubscribe survives others’ replies', async (ctx) => {
      const f = get();
      const threads = requirePart(ctx, f.provider, 'threadSubscriptions');
      const root = await post(f, f.owner, f.publicChannelId, 'threads: read me');
      const first = await post(f, f.member, f.publicChannelId, 'threads: 1', { parentId: root.id });
      const deeper = f.provider.capabilities().threadModel === 'TREE' ? first.id : root.id;
      await post(f, f.outsider, f.publicChannelId, 'threads: 2', { parentId: deeper });
      expect(await only(threads.loadThreadStates(f.owner, [root.id]))).toMatchObject({ unreadReplyCount: 2 });

      await threads.markThreadRead(f.owner, root.id, first.id);
      expect(await only(threads.loadThreadStates(f.owner, [root.id]))).toMatchObject({ unreadReplyCount: 1 });
      await threads.markThreadRead(f.owner, root.id, null);
      expect(await only(threads.loadThreadStates(f.owner, [root.id]))).toMatchObject({ unreadReplyCount: 0 });

      await threads.setThreadSubscription(f.owner, root.id, 'UNSUBSCRIBED');
      await post(f, f.member, f.publicChannelId, 'threads: 3', { parentId: root.id });
      expect(await only(threads.loadThreadSubscriptions(f.owner, [root.id]))).toBe('UNSUBSCRIBED');
      const followed = await threads.listFollowedThreads(f.owner, { limit: 100, cursor: null });
      expect(followed.edges.map((edge) => edge.node.rootId)).not.toContain(root.id);
    });

    it('listFollowedThreads orders by latest reply and counts threads with unread replies', async (ctx) => {
      const f = get();
      const threads = requirePart(ctx, f.provider, 'threadSubscriptions');
      const older = await post(f, f.member, f.publicChannelId, 'threads: older');
      const newer = await post(f, f.member, f.publicChannelId, 'threads: newer');
      await threads.setThreadSubscription(f.owner, older.id, 'SUBSCRIBED');
      await threads.setThreadSubscription(f.owner, newer.id, 'SUBSCRIBED');
      await post(f, f.outsider, f.publicChannelId, 'threads: wakes the older one', { parentId: older.id });

      const followed = await threads.listFollowedThreads(f.owner, { limit: 100, cursor: null });
      const order = followed.edges.map((edge) => edge.node.rootId);
      expect(order.indexOf(older.id)).toBeLessThan(order.indexOf(newer.id));
      expect(followed.unreadThreadCount).toBe(followed.edges.filter((edge) => edge.node.unreadReplyCount > 0).length);
      const [first] = followed.edges;
      const next = await threads.listFollowedThreads(f.owner, { limit: 1, cursor: first.cursor });
      expect(next.edges[0]?.node.rootId).toBe(followed.edges[1]?.node.rootId);
    });
  });
}
