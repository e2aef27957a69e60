import { describe, expect, it } from 'vitest';
import type { MessageRecord, ReactionRecord } from '../../src/providers/model.js';
import {
  all,
  expectError,
  forward,
  isPersonal,
  keys,
  only,
  pageIds,
  post,
  reader,
  reload,
  requireCapability,
  requireShared,
  type ContractFixture,
  type FixtureGetter,
} from './contract-support.js';

/** Whether every deleted message stays as a tombstone (capabilities.tombstones ALWAYS, the default). */
function keepsEveryTombstone(f: ContractFixture): boolean {
  return (f.provider.capabilities().tombstones ?? 'ALWAYS') === 'ALWAYS';
}

/** Thread summaries, mentions, edits, tombstones and reactions: what writes do to message records. */
export function mutationContract(get: FixtureGetter): void {
  describe('thread summary', () => {
    it('replyCount, hasChildren, lastReplyAt and threadParticipantIds reflect the replies', async () => {
      const f = get();
      const root = await post(f, f.owner, f.publicChannelId, 'summarise me');
      expect(root).toMatchObject({ replyCount: 0, hasChildren: false, lastReplyAt: null, threadParticipantIds: [] });
      await post(f, f.member, f.publicChannelId, 'first reply', { parentId: root.id });
      await post(f, f.outsider, f.publicChannelId, 'second reply', { parentId: root.id });
      const last = await post(f, f.member, f.publicChannelId, 'third reply', { parentId: root.id });

      const summary = await reload(f, root.id);
      expect(summary).toMatchObject({ replyCount: 3, hasChildren: true });
      expect(summary.lastReplyAt?.getTime()).toBe(last.createdAt.getTime());
      expect([...summary.threadParticipantIds].sort()).toEqual([f.member.userId, f.outsider.userId].sort());
    });

    it('the summary counts replies anywhere below the message (threadModel TREE)', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().threadModel === 'TREE', 'threadModel is FLAT');
      const root = await post(f, f.owner, f.publicChannelId, 'deep summary');
      const child = await post(f, f.member, f.publicChannelId, 'child', { parentId: root.id });
      const grandchild = await post(f, f.outsider, f.publicChannelId, 'grandchild', { parentId: child.id });

      const [rootSummary, childSummary] = await all(f.provider.loadMessages([root.id, child.id]));
      expect(rootSummary).toMatchObject({ replyCount: 2, hasChildren: true });
      expect(rootSummary!.lastReplyAt?.getTime()).toBe(grandchild.createdAt.getTime());
      expect([...rootSummary!.threadParticipantIds].sort()).toEqual([f.member.userId, f.outsider.userId].sort());
      expect(childSummary).toMatchObject({ replyCount: 1, hasChildren: true, threadParticipantIds: [f.outsider.userId] });
    });
  });

  describe('mentions', () => {
    it("a message containing a member's @handle lists the member in mentionIds", async (ctx) => {
      const f = get();
      requireShared(ctx, f, 'a mention calls on someone who reads the workspace, and only its owner does');
      const message = await post(f, f.owner, f.privateChannelId, `Could you look at this, @${f.memberHandle}? Thanks @no-such-user-here`);
      expect(message.mentionIds).toEqual([f.member.userId]);
      expect((await reload(f, message.id)).mentionIds).toEqual([f.member.userId]);
      const plain = await post(f, f.owner, f.privateChannelId, `${f.memberHandle} without the at sign`);
      expect(plain.mentionIds).toEqual([]);
    });
  });

  describe('edits and tombstones', () => {
    it('updateMessage changes the text and sets editedAt', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().editMessages, 'editMessages is false');
      const message = await post(f, f.owner, f.publicChannelId, `first draft for @${f.memberHandle}`);
      expect(message.editedAt).toBeNull();
      expect(message.mentionIds).toEqual([f.member.userId]);

      const updated = await f.provider.updateMessage(f.owner, message.id, { text: 'second draft', format: 'text' });
      expect(updated).toMatchObject({ id: message.id, text: 'second draft', mentionIds: [], deletedAt: null });
      expect(updated.editedAt).toBeInstanceOf(Date);
      expect(updated.editedAt!.getTime()).toBeGreaterThanOrEqual(message.createdAt.getTime());
      expect(updated.createdAt.getTime()).toBe(message.createdAt.getTime());
      expect(await reload(f, message.id)).toMatchObject({ text: 'second draft', editedAt: updated.editedAt });
    });

    it('deleteMessage leaves a tombstone that its parent still lists, and replyCount leaves it out', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().deleteMessages, 'deleteMessages is false');
      requireCapability(ctx, keepsEveryTombstone(f), 'tombstones is WITH_REPLIES');
      const root = await post(f, f.owner, f.publicChannelId, 'a thread with a regret');
      const regret = await post(f, f.member, f.publicChannelId, 'something regrettable', { parentId: root.id });
      const kept = await post(f, f.owner, f.publicChannelId, 'something fine', { parentId: root.id });

      const tombstone = await f.provider.deleteMessage(reader(f, f.member), regret.id);
      expect(tombstone).toMatchObject({ id: regret.id, text: '', parentId: root.id, threadRootId: root.id });
      expect(tombstone.deletedAt).toBeInstanceOf(Date);

      const children = await only(f.provider.listChildren(keys([root.id], forward(10))));
      expect(pageIds(children)).toEqual([regret.id, kept.id]);
      expect(children.edges[0].node).toMatchObject({ text: '', deletedAt: tombstone.deletedAt });
      expect(await reload(f, root.id)).toMatchObject({ replyCount: 1, hasChildren: true });
    });

    it('a deleted message keeps its replies reachable', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().deleteMessages, 'deleteMessages is false');
      const root = await post(f, f.owner, f.publicChannelId, 'a root about to go');
      const reply = await post(f, f.member, f.publicChannelId, 'a reply that stays', { parentId: root.id });
      await f.provider.deleteMessage(f.owner, root.id);

      expect(await reload(f, root.id)).toMatchObject({ text: '', hasChildren: true, replyCount: 1 });
      const children = await only(f.provider.listChildren(keys([root.id], forward(10))));
      expect(pageIds(children)).toEqual([reply.id]);
      expect(children.edges[0].node).toMatchObject({ text: 'a reply that stays', deletedAt: null });
    });

    it('deleting a message in the middle of a thread keeps the tree in shape (threadModel TREE)', async (ctx) => {
      const f = get();
      const capabilities = f.provider.capabilities();
      requireCapability(ctx, capabilities.deleteMessages, 'deleteMessages is false');
      requireCapability(ctx, capabilities.threadModel === 'TREE', 'threadModel is FLAT');
      const root = await post(f, f.owner, f.publicChannelId, 'top');
      const middle = await post(f, f.member, f.publicChannelId, 'middle', { parentId: root.id });
      const leaf = await post(f, f.owner, f.publicChannelId, 'leaf', { parentId: middle.id });
      await f.provider.deleteMessage(reader(f, f.member), middle.id);

      const [underRoot, underMiddle] = await all(f.provider.listChildren(keys([root.id, middle.id], forward(10))));
      expect(pageIds(underRoot)).toEqual([middle.id]);
      expect(underRoot.edges[0].node.deletedAt).toBeInstanceOf(Date);
      expect(pageIds(underMiddle)).toEqual([leaf.id]);
      const descendants = await only(f.provider.listDescendants(keys([root.id], forward(10))));
      expect(pageIds(descendants)).toEqual([middle.id, leaf.id]);
      const leafRecord = await reload(f, leaf.id);
      expect(leafRecord).toMatchObject({ parentId: middle.id, threadRootId: root.id });
      // A mail reply may quote its parent below its own text (Outlook does); what the author wrote comes first.
      expect(leafRecord.text).toMatch(/^leaf\b/);
    });

    it('a deleted reply without replies of its own is gone: its parent stops listing it (tombstones WITH_REPLIES)', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().deleteMessages, 'deleteMessages is false');
      requireCapability(ctx, !keepsEveryTombstone(f), 'tombstones is ALWAYS');
      const root = await post(f, f.owner, f.publicChannelId, 'a thread with a regret');
      const regret = await post(f, f.member, f.publicChannelId, 'something regrettable', { parentId: root.id });
      const kept = await post(f, f.owner, f.publicChannelId, 'something fine', { parentId: root.id });

      const tombstone = await f.provider.deleteMessage(reader(f, f.member), regret.id);
      expect(tombstone).toMatchObject({ id: regret.id, text: '', parentId: root.id, threadRootId: root.id });
      expect(tombstone.deletedAt).toBeInstanceOf(Date);

      const children = await only(f.provider.listChildren(keys([root.id], forward(10))));
      expect(pageIds(children)).toEqual([kept.id]);
      expect(await only(f.provider.loadMessages([regret.id]))).toBeNull();
      expect(await reload(f, root.id)).toMatchObject({ replyCount: 1, hasChildren: true });
    });

    it('updating or reacting to a deleted message that had no replies fails with NOT_FOUND (tombstones WITH_REPLIES)', async (ctx) => {
      const f = get();
      const capabilities = f.provider.capabilities();
      requireCapability(ctx, capabilities.deleteMessages, 'deleteMessages is false');
      requireCapability(ctx, !keepsEveryTombstone(f), 'tombstones is ALWAYS');
      const message = await post(f, f.owner, f.publicChannelId, 'gone without a trace');
      await f.provider.deleteMessage(f.owner, message.id);
      expect(await only(f.provider.loadMessages([message.id]))).toBeNull();
      if (capabilities.editMessages) {
        await expectError(f.provider.updateMessage(f.owner, message.id, { text: 'revived?', format: 'text' }), 'NOT_FOUND');
      }
      if (capabilities.reactions) await expectError(f.provider.addReaction(reader(f, f.member), message.id, ':eyes:'), 'NOT_FOUND');
      await expectError(f.provider.deleteMessage(f.owner, message.id), 'NOT_FOUND');
    });

    it('updating a deleted message fails with CONFLICT', async (ctx) => {
      const f = get();
      const capabilities = f.provider.capabilities();
      requireCapability(ctx, capabilities.deleteMessages, 'deleteMessages is false');
      requireCapability(ctx, capabilities.editMessages, 'editMessages is false');
      requireCapability(ctx, keepsEveryTombstone(f), 'tombstones is WITH_REPLIES');
      const message = await post(f, f.owner, f.publicChannelId, 'gone soon');
      await f.provider.deleteMessage(f.owner, message.id);
      await expectError(f.provider.updateMessage(f.owner, message.id, { text: 'revived?', format: 'text' }), 'CONFLICT');
      expect(await reload(f, message.id)).toMatchObject({ text: '', editedAt: null });
    });

    it('reacting to a deleted message fails with CONFLICT', async (ctx) => {
      const f = get();
      const capabilities = f.provider.capabilities();
      requireCapability(ctx, capabilities.deleteMessages, 'deleteMessages is false');
      requireCapability(ctx, capabilities.reactions, 'reactions is false');
      requireCapability(ctx, keepsEveryTombstone(f), 'tombstones is WITH_REPLIES');
      const message = await post(f, f.owner, f.publicChannelId, 'gone before anyone reacted');
      await f.provider.deleteMessage(f.owner, message.id);
      await expectError(f.provider.addReaction(reader(f, f.member), message.id, ':eyes:'), 'CONFLICT');
      expect((await reload(f, message.id)).reactions).toEqual([]);
    });
  });

  // Emoji are given as the schema takes them (`:name:` or unicode) and must come back exactly as given.
  describe('reactions', () => {
    const byEmoji = (message: MessageRecord): Record<string, Omit<ReactionRecord, 'emoji'>> =>
      Object.fromEntries(message.reactions.map(({ emoji, ...rest }) => [emoji, rest]));

    it('addReaction groups reactions by emoji with a count and the users who reacted', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().reactions, 'reactions is false');
      requireShared(ctx, f, 'a second person reacts');
      const message = await post(f, f.owner, f.publicChannelId, 'react to me');
      await f.provider.addReaction(f.owner, message.id, ':thumbsup:');
      await f.provider.addReaction(f.owner, message.id, ':tada:');
      const reacted = await f.provider.addReaction(f.member, message.id, ':thumbsup:');

      expect(reacted.reactions).toHaveLength(2);
      expect(byEmoji(reacted)).toEqual({
        ':thumbsup:': { count: 2, userIds: [f.owner.userId, f.member.userId] },
        ':tada:': { count: 1, userIds: [f.owner.userId] },
      });
      expect(byEmoji(await reload(f, message.id))).toEqual(byEmoji(reacted));
    });

    it('two users reacting with the same emoji count 2, and removing one leaves the other', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().reactions, 'reactions is false');
      requireShared(ctx, f, 'a second person reacts');
      const message = await post(f, f.member, f.privateChannelId, 'same emoji twice');
      await f.provider.addReaction(f.owner, message.id, ':eyes:');
      const both = await f.provider.addReaction(f.member, message.id, ':eyes:');
      expect(both.reactions).toEqual([{ emoji: ':eyes:', count: 2, userIds: [f.owner.userId, f.member.userId] }]);

      const one = await f.provider.removeReaction(f.owner, message.id, ':eyes:');
      expect(one.reactions).toEqual([{ emoji: ':eyes:', count: 1, userIds: [f.member.userId] }]);
      const none = await f.provider.removeReaction(f.member, message.id, ':eyes:');
      expect(none.reactions).toEqual([]);
    });

    it('the same user adding the same emoji twice fails with CONFLICT', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().reactions, 'reactions is false');
      const message = await post(f, f.owner, f.publicChannelId, 'only once');
      const reactor = reader(f, f.member);
      await f.provider.addReaction(reactor, message.id, ':rocket:');
      await expectError(f.provider.addReaction(reactor, message.id, ':rocket:'), 'CONFLICT');
      expect((await reload(f, message.id)).reactions).toEqual([{ emoji: ':rocket:', count: 1, userIds: [reactor.userId] }]);
    });

    it('removing an emoji you have not added fails with NOT_FOUND', async (ctx) => {
      const f = get();
      requireCapability(ctx, f.provider.capabilities().reactions, 'reactions is false');
      const message = await post(f, f.owner, f.publicChannelId, 'not yours to remove');
      await f.provider.addReaction(f.owner, message.id, ':tada:');
      // Someone else's reaction is not yours to remove (where someone else acts), and neither is one nobody added.
      if (!isPersonal(f)) await expectError(f.provider.removeReaction(f.member, message.id, ':tada:'), 'NOT_FOUND');
      await expectError(f.provider.removeReaction(f.owner, message.id, ':rocket:'), 'NOT_FOUND');
      expect((await reload(f, message.id)).reactions).toEqual([{ emoji: ':tada:', count: 1, userIds: [f.owner.userId] }]);
    });
  });
}
