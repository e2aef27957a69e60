import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../../src/errors.js';
import type { MessageRecord } from '../../../src/providers/model.js';
import { requireFeature } from '../../../src/providers/provider.js';
import { containerId } from '../../../src/providers/teams/ids.js';
import { all, forward, keys, only } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';

/**
 * Teams read state beyond the contract: a chat's position is Graph's own viewpoint (markChatReadForUser /
 * markChatUnreadForUser with the person's grant), a channel's is a row of Switchboard's holding a message
 * id, and a connection without a database has neither part. On PostgreSQL (the contract runs on PGlite).
 */
describe('teams read state: chats native, channels kept by Switchboard', () => {
  let t: TeamsTenant;
  let chatId: string;
  let chatNativeId: string;
  const readState = () => requireFeature(t.provider, 'readState');
  const post = (actor: TeamsTenant['actors']['owner'], channelId: string, text: string, parentId: string | null = null): Promise<MessageRecord> =>
    t.provider.sendMessage(actor, { channelId, parentId, content: { format: 'text', text }, alsoSendToChannel: false, attachmentIds: [] });

  beforeAll(async () => {
    t = await openTeamsTenant({}, { database: 'postgres' });
    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id], { topic: 'read state', chatType: 'group' });
    chatId = chat.id;
    chatNativeId = containerId({ kind: 'chat', chatId });
  });
  afterAll(() => t?.close());

  it('a chat position is Graph’s viewpoint: marking read and unread calls Graph, and counts follow it', async () => {
    const first = await post(t.actors.member, chatNativeId, 'chat one');
    const second = await post(t.actors.member, chatNativeId, 'chat two');
    t.fake.resetCalls();
    await readState().markChannelRead(t.actors.owner, chatNativeId, null);
    expect(t.fake.count('chat.markRead')).toBe(1);
    expect(t.fake.tenant.chats.get(chatId)!.lastRead.has(t.owner.id)).toBe(true);
    expect(await only(readState().loadChannelUnreadCounts(t.actors.owner, [chatNativeId]))).toBe(0);

    const third = await post(t.actors.member, chatNativeId, 'chat three');
    expect(await only(readState().loadChannelUnreadCounts(t.actors.owner, [chatNativeId]))).toBe(1);
    expect(await readState().loadUnreadFlags(t.actors.owner, [first.id, second.id, third.id])).toEqual([false, false, true]);

    expect(await readState().markUnread(t.actors.owner, second.id)).toEqual({ kind: 'channel', channelId: chatNativeId });
    const unreadCall = t.fake.calls.find((call) => call.route === 'chat.markUnread')!;
    expect(unreadCall).toMatchObject({ userId: t.owner.id, status: 204 });
    expect(t.fake.tenant.chats.get(chatId)!.lastRead.get(t.owner.id)).toBe(new Date(second.createdAt.getTime() - 1).toISOString());
    const [page] = await all(readState().listUnreadMessages(t.actors.owner, keys([chatNativeId], forward(10))));
    expect(page.edges.map((edge) => edge.node.id)).toEqual([second.id, third.id]);
    const channels = await readState().listUnreadChannels(t.actors.owner, { limit: 10, cursor: null });
    expect(channels.edges.find((edge) => edge.node.channel.id === chatNativeId)?.node.unreadCount).toBe(2);
  });

  it('a channel position is a row of ids only, and a channel never marked read is unread from its start', async () => {
    const channel = t.ids.publicChannel;
    const before = await post(t.actors.member, channel, 'before any position');
    expect(await only(readState().loadChannelUnreadCounts(t.actors.outsider, [channel]))).toBeGreaterThanOrEqual(1);
    expect(await only(readState().loadUnreadFlags(t.actors.outsider, [before.id]))).toBe(true);

    await readState().markChannelRead(t.actors.outsider, channel, before.id);
    expect(await only(readState().loadChannelUnreadCounts(t.actors.outsider, [channel]))).toBe(0);
    const rows = await t.database!.db.selectFrom('provider_channel_positions').selectAll().where('user_id', '=', t.outsider.id).execute();
    expect(rows).toEqual([expect.objectContaining({ provider: 'teams', workspace_id: 'teams-contract', channel_id: channel, read_position: before.id.split('/').at(-1) })]);
    expect(Object.keys(rows[0]).sort()).toEqual(['channel_id', 'provider', 'read_position', 'updated_at', 'user_id', 'workspace_id']);
    await post(t.actors.member, channel, 'after the position');
    expect(await only(readState().loadChannelUnreadCounts(t.actors.outsider, [channel]))).toBe(1);
  });

  it('a timeline position names a message of that channel’s timeline, else VALIDATION_ERROR', async () => {
    const root = await post(t.actors.member, t.ids.publicChannel, 'a root');
    const reply = await post(t.actors.member, t.ids.publicChannel, 'a reply', root.id);
    for (const [channel, message] of [[t.ids.privateChannel, root.id], [t.ids.publicChannel, reply.id]]) {
      const error = await readState().markChannelRead(t.actors.owner, channel, message).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SwitchboardError);
      expect((error as SwitchboardError).code).toBe('VALIDATION_ERROR');
    }
  });

  it('a person without a grant of their own keeps channel positions; their chat read state is UNSUPPORTED', async () => {
    const ungranted = { accountId: 'account-without-link', userId: t.owner.id };
    const [count] = await readState().loadChannelUnreadCounts(ungranted, [chatNativeId]);
    expect(count).toBeInstanceOf(SwitchboardError);
    expect((count as SwitchboardError).code).toBe('UNSUPPORTED');
    expect(typeof (await only(readState().loadChannelUnreadCounts(ungranted, [t.ids.publicChannel])))).toBe('number');
  });

  it('without a database, read state and thread subscriptions are NONE and their parts absent', () => {
    const bare = t.reopen({ db: null });
    expect(bare.capabilities()).toMatchObject({ readState: 'NONE', threadSubscriptions: 'NONE' });
    expect(bare.readState).toBeUndefined();
    expect(bare.threadSubscriptions).toBeUndefined();
    expect(t.provider.capabilities()).toMatchObject({ readState: 'EMULATED', threadSubscriptions: 'EMULATED' });
  });
});
