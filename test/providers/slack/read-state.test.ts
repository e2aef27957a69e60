import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/providers/model.js';
import type { InboxFilter } from '../../../src/providers/provider.js';
import { all, expectError, forward, keys, MALFORMED_ID, only } from '../../../testkit/contract/contract-support.js';
import { conversationMethods } from '../../../testkit/fakes/slack/methods/conversations.js';
import type { FakeConversation, FakeMessage } from '../../../testkit/fakes/slack/index.js';
import { STORES } from '../../../testkit/databases.js';
import { openFeatureTeam, type FeatureTeam } from '../../../testkit/fakes/slack/features-fixture.js';
import { requireFeature } from '../../../src/providers/provider.js';

/**
 * Channel read state on Slack (native: conversations.mark moves the position, conversations.info tells it
 * with the count), thread-only replies against Switchboard's thread positions, the unread inbox, and the
 * Slack calls each costs.
 */

describe.each(STORES)('slack read state (%s)', (store) => {
  let team: FeatureTeam;

  beforeAll(async () => {
    team = await openFeatureTeam(store);
    await team.provider.workspace();
    await team.provider.loadUsers([team.owner.id, team.member.id, team.outsider.id, team.unlinked.id]);
  });
  afterAll(() => team?.close());

  const idOf = (message: FakeMessage) => `${message.channel}:${message.ts}`;
  const say = (channel: FakeConversation, user: string, text: string, threadTs: string | null = null) =>
    team.fake.workspace.addMessage(channel.id, { user, text, threadTs });
  const counts = (actor: Actor, ids: string[]) => team.provider.readState.loadChannelUnreadCounts(actor, ids);
  const marks = () => team.fake.calls.filter((call) => call.method === 'conversations.mark').map((call) => call.params.ts);

  it('capabilities: readState NATIVE', () => {
    expect(team.provider.capabilities().readState).toBe('NATIVE');
  });

  it("counts come from conversations.info with the viewer's own token, once per channel and request; 0 where it is not a member", async () => {
    const channel = team.fake.workspace.addChannel('counting', [team.owner.id, team.member.id]);
    say(channel, team.member.id, 'one');
    say(channel, team.owner.id, 'my own');
    say(channel, team.member.id, 'two');
    team.fake.resetCalls();
    const view = team.provider.forRequest!(async () => team.actors.owner);
    expect(await requireFeature(view, 'readState').loadChannelUnreadCounts(team.actors.owner, [channel.id, MALFORMED_ID, 'C0NOSUCH01'])).toEqual([2, 0, 0]);
    expect(await requireFeature(view, 'readState').loadChannelUnreadCounts(team.actors.owner, [channel.id])).toEqual([2]);
    expect(team.fake.countByMethod()).toEqual({ 'conversations.info': 2 }); // the channel once, the unknown one once
    expect(team.fake.calls.every((call) => call.token === team.tokens.owner)).toBe(true);
    expect(await counts(team.actors.outsider, [channel.id])).toEqual([0]); // a public channel it is not in
  });

  it('markChannelRead is one conversations.mark (plus one history read for "up to the newest")', async () => {
    const channel = team.fake.workspace.addChannel('marking', [team.owner.id, team.member.id]);
    const first = say(channel, team.member.id, 'first');
    const second = say(channel, team.member.id, 'second');
    team.fake.resetCalls();
    await team.provider.readState.markChannelRead(team.actors.owner, channel.id, idOf(first));
    expect(team.fake.countByMethod()).toEqual({ 'conversations.mark': 1 });
    expect(marks()).toEqual([first.ts]);
    expect(await counts(team.actors.owner, [channel.id])).toEqual([1]);

    team.fake.resetCalls();
    await team.provider.readState.markChannelRead(team.actors.owner, channel.id, null);
    expect(team.fake.countByMethod()).toEqual({ 'conversations.history': 1, 'conversations.mark': 1 });
    expect(marks()).toEqual([second.ts]);
    expect(await counts(team.actors.owner, [channel.id])).toEqual([0]);
    expect(channel.lastRead.get(team.owner.id)).toBe(second.ts);

    const other = team.fake.workspace.addChannel('other-marking', [team.owner.id]);
    await expectError(team.provider.readState.markChannelRead(team.actors.owner, channel.id, idOf(say(other, team.owner.id, 'elsewhere'))), 'VALIDATION_ERROR');
    const empty = team.fake.workspace.addChannel('empty-marking', [team.owner.id]);
    team.fake.resetCalls();
    await team.provider.readState.markChannelRead(team.actors.owner, empty.id, null);
    expect(team.fake.countByMethod()).toEqual({ 'conversations.history': 1 }); // nothing to mark
  });

  it('markUnread puts the channel position one microsecond before a timeline message, the thread position before a thread-only reply', async () => {
    const channel = team.fake.workspace.addChannel('unmarking', [team.owner.id, team.member.id]);
    const root = say(channel, team.member.id, 'root');
    const later = say(channel, team.member.id, 'later');
    const reply = say(channel, team.member.id, 'reply kept in the thread', root.ts);
    await team.provider.readState.markChannelRead(team.actors.owner, channel.id, null);

    const view = team.provider.forRequest!(async () => team.actors.owner);
    await view.loadMessages([idOf(root), idOf(reply)]);
    team.fake.resetCalls();
    expect(await requireFeature(view, 'readState').markUnread(team.actors.owner, idOf(root))).toEqual({ kind: 'channel', channelId: channel.id });
    const [seconds, micros] = root.ts.split('.');
    expect(marks()).toEqual([`${seconds}.${String(Number(micros) - 1).padStart(6, '0')}`]);
    expect(await counts(team.actors.owner, [channel.id])).toEqual([2]);

    expect(await requireFeature(view, 'readState').markUnread(team.actors.owner, idOf(reply))).toEqual({ kind: 'thread', channelId: channel.id, rootId: idOf(root) });
    expect(team.fake.countByMethod()).toEqual({ 'conversations.mark': 1, 'conversations.info': 1 });
    const rows = await team.database.db.selectFrom('provider_thread_states').selectAll().where('root_id', '=', root.ts).execute();
    expect(rows).toEqual([expect.objectContaining({ user_id: team.owner.id, subscription: null })]);
    expect(await team.provider.readState.loadUnreadFlags(team.actors.owner, [idOf(root), idOf(later), idOf(reply), MALFORMED_ID])).toEqual([true, true, true, false]);
    expect(await only(requireFeature(team.provider, 'threadSubscriptions').loadThreadStates(team.actors.owner, [idOf(root)]))).toMatchObject({ unreadReplyCount: 1, subscription: 'UNSUBSCRIBED' });
  });

  it('unread flags: others’ timeline messages after the position; never own ones; thread-only replies only with a thread position', async () => {
    const channel = team.fake.workspace.addChannel('flags', [team.owner.id, team.member.id]);
    const read = say(channel, team.member.id, 'already read');
    await team.provider.readState.markChannelRead(team.actors.owner, channel.id, null);
    const fresh = say(channel, team.member.id, 'fresh');
    const own = say(channel, team.owner.id, 'mine');
    const reply = say(channel, team.member.id, 'in a thread nobody follows', fresh.ts);
    team.fake.resetCalls();
    expect(await team.provider.readState.loadUnreadFlags(team.actors.owner, [idOf(read), idOf(fresh), idOf(own), idOf(reply)])).toEqual([false, true, false, false]);
    // The messages' thread (one conversations.replies reads all three roots' data here) and the channel position.
    expect(team.fake.countByMethod()['conversations.info']).toBe(1);
  });

  it('"All unreads": the viewer’s channels (users.conversations) and each one’s position (conversations.info), by name', async () => {
    const reader = team.fake.workspace.addUser({ name: 'rita' });
    const token = team.fake.workspace.issueToken(reader.id, 'user');
    const rita = { accountId: 'account-rita', userId: reader.id };
    const links = new Map([[rita.accountId, { userId: reader.id, token }]]);
    const provider = team.reopen({ linkedUser: (accountId) => links.get(accountId) ?? null });
    await provider.workspace(); // a new connection: team.info once
    const zulu = team.fake.workspace.addChannel('zulu', [reader.id, team.member.id]);
    const alpha = team.fake.workspace.addChannel('alpha', [reader.id, team.member.id]);
    const quiet = team.fake.workspace.addChannel('quiet', [reader.id, team.member.id]);
    say(zulu, team.member.id, 'z1');
    say(alpha, team.member.id, 'a1');
    say(alpha, team.member.id, 'a2');
    say(quiet, reader.id, 'only my own');

    team.fake.resetCalls();
    const page = await provider.readState.listUnreadChannels(rita, { limit: 1, cursor: null });
    expect(page.edges.map((edge) => [edge.node.channel.name, edge.node.unreadCount])).toEqual([['alpha', 2]]);
    expect(page.hasNextPage).toBe(true);
    expect(team.fake.countByMethod()).toEqual({ 'users.conversations': 1, 'conversations.info': 3 });
    const next = await provider.readState.listUnreadChannels(rita, { limit: 5, cursor: page.edges[0].cursor });
    expect(next.edges.map((edge) => [edge.node.channel.name, edge.node.unreadCount])).toEqual([['zulu', 1]]);

    const [messages] = await all(provider.readState.listUnreadMessages(rita, keys([alpha.id], forward(1))));
    expect(messages.edges.map((edge) => edge.node.text)).toEqual(['a1']);
    expect(messages.hasNextPage).toBe(true);
    const [rest] = await all(provider.readState.listUnreadMessages(rita, keys([alpha.id], forward(5, messages.edges[0].cursor))));
    expect(rest.edges.map((edge) => edge.node.text)).toEqual(['a2']);
    expect(rest).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const [none] = await all(provider.readState.listUnreadMessages(rita, keys([quiet.id], forward(5))));
    expect(none.edges).toEqual([]);
  });

  it('the unread inbox keeps unread messages only: channel positions for the timeline, thread positions for replies', async () => {
    const reader = team.fake.workspace.addUser({ name: 'ursula' });
    const token = team.fake.workspace.issueToken(reader.id, 'user');
    const ursula = { accountId: 'account-ursula', userId: reader.id };
    const links = new Map([[ursula.accountId, { userId: reader.id, token }]]);
    const provider = team.reopen({ linkedUser: (accountId) => links.get(accountId) ?? null });
    const channel = team.fake.workspace.addChannel('inbox-unreads', [reader.id, team.member.id]);
    const old = say(channel, team.member.id, 'old news');
    const root = say(channel, reader.id, 'my question');
    await provider.readState.markChannelRead(ursula, channel.id, `${channel.id}:${root.ts}`);
    const answer = say(channel, team.member.id, 'an answer in the thread', root.ts);
    const fresh = say(channel, team.member.id, 'fresh news');
    say(channel, reader.id, 'my own note');
    await requireFeature(provider, 'threadSubscriptions').setThreadSubscription(ursula, `${channel.id}:${root.ts}`, 'SUBSCRIBED');
    await requireFeature(provider, 'threadSubscriptions').markThreadRead(ursula, `${channel.id}:${root.ts}`, null);
    const second = say(channel, team.member.id, 'a second answer', root.ts);

    const everything: InboxFilter = { channelIds: null, authorIds: null, mentioningUserId: null, createdAfter: null, createdBefore: null };
    const unread = await provider.listInbox(ursula, { ...everything, unreadOnly: true }, { limit: 10, cursor: null });
    expect(unread.edges.map((edge) => edge.node.id)).toEqual([idOf(second), idOf(fresh)]);
    expect(unread.hasNextPage).toBe(false);
    const firstOnly = await provider.listInbox(ursula, { ...everything, unreadOnly: true }, { limit: 1, cursor: null });
    expect(firstOnly.edges.map((edge) => edge.node.id)).toEqual([idOf(second)]);
    expect(firstOnly.hasNextPage).toBe(true);
    const afterIt = await provider.listInbox(ursula, { ...everything, unreadOnly: true }, { limit: 5, cursor: firstOnly.edges[0].cursor });
    expect(afterIt.edges.map((edge) => edge.node.id)).toEqual([idOf(fresh)]);
    const all = await provider.listInbox(ursula, everything, { limit: 10, cursor: null });
    expect(all.edges.map((edge) => edge.node.id)).toEqual(expect.arrayContaining([idOf(old), idOf(answer)]));
  });

  it('without a user token, reading read state is UNSUPPORTED and moving it PERMISSION_DENIED; outside a channel Slack refuses', async () => {
    await expectError(counts(team.actors.unlinked, [team.publicChannel.id]), 'UNSUPPORTED');
    await expectError(team.provider.readState.loadUnreadFlags(team.actors.unlinked, []), 'UNSUPPORTED');
    await expectError(team.provider.readState.listUnreadChannels(team.actors.unlinked, { limit: 5, cursor: null }), 'UNSUPPORTED');
    await expectError(team.provider.readState.markChannelRead(team.actors.unlinked, team.publicChannel.id, null), 'PERMISSION_DENIED');
    const closed = team.fake.workspace.addChannel('not-mine', [team.owner.id]);
    const message = say(closed, team.owner.id, 'hello');
    await expectError(team.provider.readState.markChannelRead(team.actors.member, closed.id, idOf(message)), 'PERMISSION_DENIED');
    await expectError(team.provider.readState.markUnread(team.actors.member, `${team.privateChannel.id}:1000000000.000001`), 'NOT_FOUND');
  });
});

describe('slack read state when Slack answers the position without a count', () => {
  let team: FeatureTeam;

  beforeAll(async () => {
    team = await openFeatureTeam('pglite', {}, {
      fakeMethods: {
        'conversations.info': (call) => {
          const result = conversationMethods['conversations.info'](call) as { channel: Record<string, unknown> };
          delete result.channel.unread_count;
          delete result.channel.unread_count_display;
          return result;
        },
      },
    });
  });
  afterAll(() => team?.close());

  it('counts the messages after last_read from history (not the viewer’s own)', async () => {
    const channel = team.fake.workspace.addChannel('countless', [team.owner.id, team.member.id]);
    const read = team.fake.workspace.addMessage(channel.id, { user: team.member.id, text: 'read' });
    channel.lastRead.set(team.owner.id, read.ts);
    team.fake.workspace.addMessage(channel.id, { user: team.member.id, text: 'new 1' });
    team.fake.workspace.addMessage(channel.id, { user: team.owner.id, text: 'mine' });
    team.fake.workspace.addMessage(channel.id, { user: team.member.id, text: 'new 2' });
    team.fake.resetCalls();
    expect(await team.provider.readState.loadChannelUnreadCounts(team.actors.owner, [channel.id])).toEqual([2]);
    expect(team.fake.countByMethod()).toEqual({ 'conversations.info': 1, 'conversations.history': 1 });
  });
});
