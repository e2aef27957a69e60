import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../src/providers/model.js';
import type { Page, PageRequest } from '../../src/providers/paging.js';
import {
  all,
  backward,
  expectError,
  forward,
  ids,
  isPersonal,
  keys,
  landing,
  only,
  pageIds,
  pageOrUnsupported,
  post,
  reload,
  requireCapability,
  walkForward,
  type FixtureGetter,
} from './contract-support.js';

/** Sending, reply trees and the channel timeline: the read side of messages. */
export function messageContract(get: FixtureGetter): void {
  describe('sendMessage', () => {
    it('returns the full record of the new message', async () => {
      const f = get();
      const before = Date.now();
      const message = await post(f, f.owner, f.publicChannelId, 'Hello from the provider contract');
      const channelId = landing(f, f.owner, f.publicChannelId);
      expect(message).toMatchObject({
        provider: f.provider.provider,
        workspaceId: f.provider.workspaceId,
        channelId,
        type: 'USER',
        authorId: f.owner.userId,
        text: 'Hello from the provider contract',
        parentId: null,
        threadRootId: null,
        hasChildren: false,
        replyCount: 0,
        lastReplyAt: null,
        threadParticipantIds: [],
        alsoSentToChannel: false,
        mentionIds: [],
        reactions: [],
        editedAt: null,
        deletedAt: null,
      });
      expect(message.channelIds).toContain(channelId);
      expect(message.createdAt).toBeInstanceOf(Date);
      // Providers stamp messages with their own clock; allow a little skew against ours.
      expect(message.createdAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
      expect(message.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);

      const loaded = await reload(f, message.id);
      expect(loaded).toMatchObject({
        id: message.id,
        channelId: message.channelId,
        authorId: message.authorId,
        text: message.text,
        createdAt: message.createdAt,
      });
    });

    it('a reply names its parent and its thread root', async () => {
      const f = get();
      const root = await post(f, f.owner, f.publicChannelId, 'a root to reply to');
      const reply = await post(f, f.member, f.publicChannelId, 'a reply', { parentId: root.id });
      expect(reply).toMatchObject({
        channelId: landing(f, f.member, f.publicChannelId),
        authorId: f.member.userId,
        parentId: root.id,
        threadRootId: root.id,
        alsoSentToChannel: false,
      });
    });

    it('a reply to a reply to a reply keeps the root as threadRootId and its own parent as parentId (threadModel TREE)', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().threadModel === 'TREE', 'threadModel is FLAT');
      const root = await post(f, f.owner, f.publicChannelId, 'depth 0');
      const first = await post(f, f.member, f.publicChannelId, 'depth 1', { parentId: root.id });
      const second = await post(f, f.owner, f.publicChannelId, 'depth 2', { parentId: first.id });
      const third = await post(f, f.member, f.publicChannelId, 'depth 3', { parentId: second.id });
      expect(first).toMatchObject({ parentId: root.id, threadRootId: root.id });
      expect(second).toMatchObject({ parentId: first.id, threadRootId: root.id });
      expect(third).toMatchObject({ parentId: second.id, threadRootId: root.id });
      expect(await reload(f, third.id)).toMatchObject({ parentId: second.id, threadRootId: root.id });
    });
  });

  describe('reply lists', () => {
    it('listChildren returns the immediate replies oldest first', async () => {
      const f = get();
      const tree = f.provider.capabilities().threadModel === 'TREE';
      const root = await post(f, f.owner, f.publicChannelId, 'children root');
      const a = await post(f, f.member, f.publicChannelId, 'child a', { parentId: root.id });
      // On a tree, a grandchild sits between the children in time but must not appear among them.
      const grandchild = tree ? await post(f, f.owner, f.publicChannelId, 'grandchild', { parentId: a.id }) : null;
      const b = await post(f, f.owner, f.publicChannelId, 'child b', { parentId: root.id });
      const c = await post(f, f.member, f.publicChannelId, 'child c', { parentId: root.id });

      const page = await only(f.provider.listChildren(keys([root.id], forward(10))));
      expect(pageIds(page)).toEqual([a.id, b.id, c.id]);
      expect(page.hasNextPage).toBe(false);
      expect(page.hasPreviousPage).toBe(false);
      for (const { node } of page.edges) expect(node).toMatchObject({ parentId: root.id, threadRootId: root.id });
      if (grandchild) {
        const below = await only(f.provider.listChildren(keys([a.id], forward(10))));
        expect(pageIds(below)).toEqual([grandchild.id]);
      }
    });

    it('listChildren answers several messages in one call, each with its own page', async () => {
      const f = get();
      const first = await post(f, f.owner, f.publicChannelId, 'first root');
      const second = await post(f, f.owner, f.publicChannelId, 'second root');
      const firstReplies: MessageRecord[] = [];
      for (const n of [1, 2, 3]) firstReplies.push(await post(f, f.member, f.publicChannelId, `first ${n}`, { parentId: first.id }));
      const secondReply = await post(f, f.member, f.publicChannelId, 'second 1', { parentId: second.id });

      const pages = await all(f.provider.listChildren(keys([first.id, second.id, secondReply.id], forward(2))));
      expect(pages).toHaveLength(3);
      expect(pageIds(pages[0])).toEqual(ids(firstReplies.slice(0, 2)));
      expect(pages[0].hasNextPage).toBe(true);
      expect(pageIds(pages[1])).toEqual([secondReply.id]);
      expect(pages[1].hasNextPage).toBe(false);
      expect(pages[2].edges, 'a message without replies has an empty page').toEqual([]);
      expect(pages[2].hasNextPage).toBe(false);
    });

    it('paging children forward with cursors visits every reply exactly once, oldest first', async () => {
      const f = get();
      const root = await post(f, f.owner, f.privateChannelId, 'a long thread');
      const replies: MessageRecord[] = [];
      for (const n of [1, 2, 3, 4, 5]) replies.push(await post(f, n % 2 ? f.member : f.owner, f.privateChannelId, `reply ${n}`, { parentId: root.id }));

      const walk = await walkForward((page) => only(f.provider.listChildren([{ parentId: root.id, page }])), 2);
      expect(walk.pages.map((page) => page.edges.length)).toEqual([2, 2, 1]);
      expect(ids(walk.nodes)).toEqual(ids(replies));
    });

    it('listDescendants returns the whole subtree flattened oldest first (threadModel TREE)', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().threadModel === 'TREE', 'threadModel is FLAT');
      const root = await post(f, f.owner, f.publicChannelId, 'subtree root');
      const a = await post(f, f.member, f.publicChannelId, 'a', { parentId: root.id });
      const b = await post(f, f.owner, f.publicChannelId, 'b', { parentId: root.id });
      const a1 = await post(f, f.owner, f.publicChannelId, 'a1', { parentId: a.id });
      const b1 = await post(f, f.member, f.publicChannelId, 'b1', { parentId: b.id });
      const a2 = await post(f, f.member, f.publicChannelId, 'a2', { parentId: a1.id });

      const [ofRoot, ofA, ofLeaf] = await all(f.provider.listDescendants(keys([root.id, a.id, a2.id], forward(10))));
      expect(pageIds(ofRoot)).toEqual(ids([a, b, a1, b1, a2]));
      expect(pageIds(ofA)).toEqual(ids([a1, a2]));
      expect(ofLeaf.edges).toEqual([]);

      const walk = await walkForward((page) => only(f.provider.listDescendants([{ parentId: root.id, page }])), 2);
      expect(ids(walk.nodes)).toEqual(ids([a, b, a1, b1, a2]));
    });

    it('listDescendants answers several messages in one call, each with its own page', async () => {
      const f = get();
      const first = await post(f, f.owner, f.publicChannelId, 'first thread');
      const second = await post(f, f.owner, f.publicChannelId, 'second thread');
      const firstReplies: MessageRecord[] = [];
      for (const n of [1, 2, 3, 4]) firstReplies.push(await post(f, f.member, f.publicChannelId, `reply ${n}`, { parentId: first.id }));
      const secondReply = await post(f, f.owner, f.publicChannelId, 'only reply', { parentId: second.id });

      const [ofFirst, ofSecond] = await all(f.provider.listDescendants(keys([first.id, second.id], forward(3))));
      expect(pageIds(ofFirst)).toEqual(ids(firstReplies.slice(0, 3)));
      expect(ofFirst.hasNextPage).toBe(true);
      expect(pageIds(ofSecond)).toEqual([secondReply.id]);
      expect(ofSecond.hasNextPage).toBe(false);

      const rest = await only(f.provider.listDescendants([{ parentId: first.id, page: forward(3, ofFirst.edges[2].cursor) }]));
      expect(pageIds(rest)).toEqual([firstReplies[3].id]);
      expect(rest.hasNextPage).toBe(false);
    });
  });

  describe('channel timeline', () => {
    /** The channel's newest messages, newest first, as posted by `beforeAll`. */
    let timeline: MessageRecord[] = [];
    let plainReply: MessageRecord;
    let broadcastParent: MessageRecord;
    /** Whether the provider can send a reply to the channel too (capabilities.replyBroadcast, absent: true). */
    const broadcasts = () => get().provider.capabilities().replyBroadcast !== false;

    beforeAll(async () => {
      const f = get();
      // The channel's roots come from two people. On a personal workspace those are two senders whose mail
      // arrives (the owner's own would land in the sent channel), and the reply kept out of the channel is
      // the owner's, filed in the sent channel: a mail reply from anyone else arrives in the channel like any mail.
      const [first, second] = isPersonal(f) ? [f.member, f.outsider] : [f.owner, f.member];
      const replier = isPersonal(f) ? f.owner : f.member;
      // One older message, so that the timeline always continues past the messages under test.
      await post(f, second, f.publicChannelId, 'timeline 0');
      const roots: MessageRecord[] = [];
      for (const n of [1, 2, 3, 4, 5, 6, 7]) roots.push(await post(f, n % 2 ? first : second, f.publicChannelId, `timeline ${n}`));
      plainReply = await post(f, replier, f.publicChannelId, 'a reply kept in its thread', { parentId: roots[2].id });
      broadcastParent = roots[4];
      // Without reply broadcast (Teams, mail) the newest message is one more root, so the timeline keeps its length.
      const newest = broadcasts()
        ? await post(f, first, f.publicChannelId, 'a reply also sent to the channel', { parentId: broadcastParent.id, alsoSendToChannel: true })
        : await post(f, first, f.publicChannelId, 'timeline 8');
      timeline = [newest, ...[...roots].reverse()];
    });

    const read = (page: PageRequest) =>
      only(get().provider.listChannelMessages([{ parentId: get().publicChannelId, page }]));

    it('listChannelMessages is newest first, with roots and replies also sent to the channel but not plain replies', async () => {
      const page = await read(forward(timeline.length));
      expect(pageIds(page)).toEqual(ids(timeline));
      expect(page.hasNextPage).toBe(true);

      const everything = await walkForward(read, 50);
      expect(ids(everything.nodes)).not.toContain(plainReply.id);
    });

    it('a reply also sent to the channel shows in the timeline with its parent (replyBroadcast)', async (ctx) => {
      requireCapability(ctx, broadcasts(), 'replyBroadcast is false');
      const page = await read(forward(1));
      expect(page.edges[0].node).toMatchObject({ id: timeline[0].id, alsoSentToChannel: true, parentId: broadcastParent.id });
    });

    it('paging forward with limit 3 visits every message exactly once, newest first', async () => {
      const walk = await walkForward(read, 3);
      const visited = ids(walk.nodes);
      expect(new Set(visited).size, 'no message is visited twice').toBe(visited.length);
      expect(visited.slice(0, timeline.length)).toEqual(ids(timeline));
      const oneRead = await walkForward(read, 500);
      expect(visited).toEqual(ids(oneRead.nodes));
      const times = walk.nodes.map((node) => node.createdAt.getTime());
      expect(times).toEqual([...times].sort((x, y) => y - x));
    });

    it("a backward page before a forward page's first cursor returns the newer messages, newest first", async () => {
      const firstPage = await read(forward(3));
      const secondPage = await read(forward(3, firstPage.edges[2].cursor));
      expect(pageIds(secondPage)).toEqual(ids(timeline.slice(3, 6)));

      const newer = await pageOrUnsupported(read(backward(3, secondPage.edges[0].cursor)));
      if (newer === null) return; // the provider pages forward only and said so with UNSUPPORTED
      expect(pageIds(newer)).toEqual(ids(timeline.slice(0, 3)));
      expect(newer.hasPreviousPage, 'nothing is newer than the newest message').toBe(false);
      expect(newer.hasNextPage).toBe(true);

      const closer = await read(backward(2, secondPage.edges[0].cursor));
      expect(pageIds(closer)).toEqual(ids(timeline.slice(1, 3)));
      expect(closer.hasPreviousPage).toBe(true);
    });

    it('a page around a message contains it, with newer messages before it and older ones after', async () => {
      const f = get();
      const anchor = timeline[4];
      const page = await pageOrUnsupported(
        only(f.provider.listChannelMessages([{ parentId: f.publicChannelId, page: { direction: 'around', limit: 5, anchorId: anchor.id } }])),
      );
      if (page === null) return; // UNSUPPORTED, checked by pageOrUnsupported
      const around = pageIds(page);
      expect(around.length).toBeLessThanOrEqual(5);
      const at = around.indexOf(anchor.id);
      expect(at, 'the anchor is on the page').toBeGreaterThanOrEqual(0);
      expect(at, 'newer messages come before the anchor').toBeGreaterThan(0);
      expect(at, 'older messages come after the anchor').toBeLessThan(around.length - 1);
      const expected = ids(timeline);
      const start = expected.indexOf(around[0]);
      expect(around, 'the page is a contiguous stretch of the timeline').toEqual(expected.slice(start, start + around.length));
    });

    it('an invalid cursor fails with VALIDATION_ERROR, and only for its own key', async () => {
      const f = get();
      const bad = forward(3, 'not-a-cursor');
      await expectError(read(bad), 'VALIDATION_ERROR');
      await expectError(only(f.provider.listChildren([{ parentId: timeline[4].id, page: bad }])), 'VALIDATION_ERROR');
      await expectError(only(f.provider.listChannelMembers([{ parentId: f.publicChannelId, page: bad }])), 'VALIDATION_ERROR');
      const noFilter = { parentId: null, query: null, includeArchived: false };
      await expectError(f.provider.listChannels(f.owner, noFilter, bad), 'VALIDATION_ERROR');

      const mixed = await f.provider.listChannelMessages([
        { parentId: f.publicChannelId, page: forward(3) },
        { parentId: f.privateChannelId, page: bad },
      ]);
      expect(mixed).toHaveLength(2);
      expect(pageIds(mixed[0] as Page<MessageRecord>)).toEqual(ids(timeline.slice(0, 3)));
      expect(mixed[1]).toBeInstanceOf(Error);
      expect(mixed[1]).toMatchObject({ code: 'VALIDATION_ERROR' });
    });
  });
}
