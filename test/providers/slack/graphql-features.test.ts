import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../../src/providers/ids.js';
import { createApiKey } from '../../../src/store/api-keys.js';
import type { FakeConversation, FakeMessage } from '../../../testkit/fakes/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { STORES, type StoreKind } from '../../../testkit/databases.js';
import { SIGNING_SECRET, slackSettings } from '../../../testkit/fakes/slack/settings.js';

/**
 * Pins, scheduled messages, read state, threads and search on a connected Slack workspace, through GraphQL
 * as a client uses them: the schema, resolvers and the Slack provider against the fake Slack, with the
 * Slack calls each operation costs.
 */

const Connect = graphql(`
  mutation SlackFeaturesConnect($input: ConnectSlackWorkspaceInput!) {
    connectSlackWorkspace(input: $input) {
      workspace { id }
      userErrors { code message }
    }
  }
`);

const Link = graphql(`
  mutation SlackFeaturesLink($input: LinkSlackUserInput!) {
    linkSlackUser(input: $input) {
      userErrors { code message }
    }
  }
`);

const Capabilities = graphql(`
  query SlackFeaturesCapabilities($id: ID!) {
    workspace(id: $id) {
      capabilities { pins maxPinsPerChannel scheduledMessages search readState threadSubscriptions linkPreviewRemoval }
    }
  }
`);

const Pin = graphql(`
  mutation SlackFeaturesPin($input: MessageInput!) {
    pinMessage(input: $input) {
      message { id isPinned pinnedAt pinnedBy { name } }
      userErrors { code message }
    }
  }
`);

const Unpin = graphql(`
  mutation SlackFeaturesUnpin($input: MessageInput!) {
    unpinMessage(input: $input) {
      message { id isPinned pinnedBy { name } }
      userErrors { code message }
    }
  }
`);

const Pins = graphql(`
  query SlackFeaturesPins($channelId: ID!) {
    channel(id: $channelId) {
      pins(first: 10) { nodes { id text pinnedBy { name } } }
    }
  }
`);

const Schedule = graphql(`
  mutation SlackFeaturesSchedule($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage { id text status scheduledFor channel { name } parent { id } author { name } }
      userErrors { code message field }
    }
  }
`);

const Scheduled = graphql(`
  query SlackFeaturesScheduled($id: ID!) {
    workspace(id: $id) {
      scheduledMessages(first: 10) { nodes { id text status scheduledFor } }
    }
  }
`);

const UpdateScheduled = graphql(`
  mutation SlackFeaturesUpdateScheduled($input: UpdateScheduledMessageInput!) {
    updateScheduledMessage(input: $input) {
      scheduledMessage { id text status parent { id } }
      userErrors { code message }
    }
  }
`);

const SendNow = graphql(`
  mutation SlackFeaturesSendNow($input: ScheduledMessageRefInput!) {
    sendScheduledMessageNow(input: $input) {
      message { id text author { name } }
      userErrors { code message }
    }
  }
`);

const DeleteScheduled = graphql(`
  mutation SlackFeaturesDeleteScheduled($input: ScheduledMessageRefInput!) {
    deleteScheduledMessage(input: $input) {
      deletedScheduledMessageId
      scheduledMessage { id status }
      userErrors { code message }
    }
  }
`);

const ReadState = graphql(`
  query SlackFeaturesReadState($channelId: ID!) {
    channel(id: $channelId) {
      unreadCount
      messages(first: 5) { nodes { text isUnread } }
    }
  }
`);

const MarkRead = graphql(`
  mutation SlackFeaturesMarkRead($input: MarkChannelReadInput!) {
    markChannelRead(input: $input) {
      channel { unreadCount }
      userErrors { code message }
    }
  }
`);

const Threads = graphql(`
  query SlackFeaturesThreads($id: ID!) {
    workspace(id: $id) {
      threads(first: 10) { unreadThreadCount nodes { unreadReplyCount root { text viewerThreadSubscription } } }
    }
  }
`);

const Search = graphql(`
  query SlackFeaturesSearch($id: ID!, $query: String!) {
    workspace(id: $id) {
      search(query: $query) { totalCount nodes { highlights message { text author { name } } } }
    }
  }
`);

describe.each(STORES)('Slack workspace features through GraphQL on %s', (kind: StoreKind) => {
  let slack: FakeSlack;
  let app: TestApp;
  let workspaceId: string;
  let channel: FakeConversation;
  const TEAM = 'T0SLFEAT1';
  const ADMIN_KEY = `slack-features-admin-${kind}`;
  const ids = { alice: '', bob: '' };

  const globalId = (typename: string, nativeId: string) => encodeGlobalId({ typename, provider: 'slack', workspaceId: TEAM, nativeId });
  const messageGid = (message: FakeMessage) => globalId('Message', `${message.channel}:${message.ts}`);

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId: TEAM, teamName: 'Features on Slack' });
    app = await startTestApp(kind, { connections: slackSettings(slack.apiUrl) });
    const { db } = app.started.services.database;
    const aliceAccount = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, aliceAccount.id, ADMIN_KEY, 'slack features admin', ['read', 'write', 'admin']);
    const alice = slack.workspace.addUser({ name: 'alice', realName: 'Alice Chen', displayName: 'Alice Chen', email: 'alice@acme.test', isAdmin: true });
    const bob = slack.workspace.addUser({ name: 'bob', realName: 'Bob Martinez', displayName: 'Bob Martinez', email: 'bob@acme.test' });
    ids.alice = alice.id;
    ids.bob = bob.id;
    const botToken = slack.workspace.addBot('switchboard').token;
    channel = slack.workspace.addChannel('launch', [alice.id, bob.id]);
    const connected = await app.gql(ADMIN_KEY, Connect, {
      input: { botToken, userToken: slack.workspace.issueToken(alice.id, 'user'), signingSecret: SIGNING_SECRET },
    });
    expect(connected.data?.connectSlackWorkspace.userErrors).toEqual([]);
    workspaceId = connected.data!.connectSlackWorkspace.workspace!.id;
    const linked = await app.gql('demo-bob', Link, { input: { userToken: slack.workspace.issueToken(bob.id, 'user') } });
    expect(linked.data?.linkSlackUser.userErrors).toEqual([]);
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
  });
  beforeEach(() => slack.resetCalls());

  it('capabilities say what Slack does natively, what Switchboard emulates, and what it cannot', async () => {
    const result = await app.gql('demo-alice', Capabilities, { id: workspaceId });
    expect(result.data?.workspace?.capabilities).toEqual({
      pins: 'NATIVE',
      maxPinsPerChannel: 100,
      scheduledMessages: 'EMULATED',
      search: 'NATIVE',
      readState: 'NATIVE',
      threadSubscriptions: 'EMULATED',
      linkPreviewRemoval: false,
    });
  });

  it('pins: pinMessage, Channel.pins and unpinMessage, with Slack’s refusals as userErrors', async () => {
    const message = slack.workspace.addMessage(channel.id, { user: ids.alice, text: 'launch checklist' });
    const input = { messageId: messageGid(message) };
    const pinned = await app.gql('demo-bob', Pin, { input });
    expect(pinned.data?.pinMessage).toMatchObject({ message: { isPinned: true, pinnedBy: { name: 'Bob Martinez' } }, userErrors: [] });
    // The resolver reads the message and the channel; the pin, and the history read that finds Slack's announcement.
    expect(slack.countByMethod()).toEqual({ 'conversations.replies': 1, 'conversations.info': 1, 'pins.add': 1, 'conversations.history': 1 });
    expect(slack.calls.find((call) => call.method === 'pins.add')?.userId).toBe(ids.bob);

    slack.resetCalls();
    const pins = await app.gql('demo-alice', Pins, { channelId: globalId('Channel', channel.id) });
    expect(pins.data?.channel?.pins.nodes).toEqual([{ id: input.messageId, text: 'launch checklist', pinnedBy: { name: 'Bob Martinez' } }]);
    expect(slack.count('pins.list')).toBe(1);

    slack.resetCalls();
    const again = await app.gql('demo-alice', Pin, { input });
    expect(again.data?.pinMessage.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect(slack.count('pins.add')).toBe(0); // Slack's pinned_to told the resolver already

    slack.resetCalls();
    const unpinned = await app.gql('demo-alice', Unpin, { input });
    expect(unpinned.data?.unpinMessage).toMatchObject({ message: { isPinned: false, pinnedBy: null }, userErrors: [] });
    // The message's thread was read by the requests before, and no event or write changed it since: the
    // connection's read cache answers (src/providers/kit/read-cache/); pins.remove then drops it.
    expect(slack.countByMethod()).toEqual({ 'conversations.info': 1, 'pins.remove': 1 });
    expect(slack.workspace.pins).toEqual([]);
    const twice = await app.gql('demo-alice', Unpin, { input });
    expect(twice.data?.unpinMessage.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });

  it('scheduled messages: schedule, list, update (a new Slack id), send now, cancel', async () => {
    const root = slack.workspace.addMessage(channel.id, { user: ids.bob, text: 'release thread' });
    const scheduledFor = new Date(Date.now() + 3_600_000);
    const scheduled = await app.gql('demo-alice', Schedule, {
      input: { channelId: globalId('Channel', channel.id), markdown: 'ship it **today**', scheduledFor: scheduledFor.toISOString(), parentId: messageGid(root) },
    });
    expect(scheduled.data?.scheduleMessage).toMatchObject({
      scheduledMessage: { text: 'ship it today', status: 'PENDING', channel: { name: 'launch' }, parent: { id: messageGid(root) }, author: { name: 'Alice Chen' } },
      userErrors: [],
    });
    expect(slack.count('chat.scheduleMessage')).toBe(1);
    expect(slack.workspace.scheduled).toEqual([expect.objectContaining({ channel: channel.id, threadTs: root.ts, text: 'ship it *today*' })]);
    const firstId = scheduled.data!.scheduleMessage.scheduledMessage!.id;

    slack.resetCalls();
    const listed = await app.gql('demo-alice', Scheduled, { id: workspaceId });
    expect(slack.countByMethod()).toEqual({ 'chat.scheduledMessages.list': 1 });
    expect(listed.data?.workspace?.scheduledMessages.nodes).toEqual([
      { id: firstId, text: 'ship it today', status: 'PENDING', scheduledFor: new Date(Math.ceil(scheduledFor.getTime() / 1000) * 1000).toISOString() },
    ]);
    expect((await app.gql('demo-bob', Scheduled, { id: workspaceId })).data?.workspace?.scheduledMessages.nodes).toEqual([]);

    slack.resetCalls();
    const updated = await app.gql('demo-alice', UpdateScheduled, { input: { scheduledMessageId: firstId, text: 'ship it tomorrow' } });
    expect(updated.data?.updateScheduledMessage).toMatchObject({ scheduledMessage: { text: 'ship it tomorrow', status: 'PENDING', parent: { id: messageGid(root) } }, userErrors: [] });
    const updatedId = updated.data!.updateScheduledMessage.scheduledMessage!.id;
    expect(updatedId).not.toBe(firstId);
    expect(slack.count('chat.scheduleMessage')).toBe(1);
    expect(slack.count('chat.deleteScheduledMessage')).toBe(1);

    slack.resetCalls();
    const sent = await app.gql('demo-alice', SendNow, { input: { scheduledMessageId: updatedId } });
    expect(sent.data?.sendScheduledMessageNow).toMatchObject({ message: { text: 'ship it tomorrow', author: { name: 'Alice Chen' } }, userErrors: [] });
    // Send-now is emulated: list (whose is it), channel and parent checks, delete from Slack's schedule, post.
    // The parent's thread was read by an earlier request and is still valid (the connection's read cache).
    expect(slack.countByMethod()).toEqual({
      'chat.scheduledMessages.list': 1,
      'conversations.info': 1,
      'chat.deleteScheduledMessage': 1,
      'chat.postMessage': 1,
    });
    expect(slack.workspace.scheduled).toEqual([]);
    expect(slack.workspace.repliesOf(root).map((reply) => reply.text)).toEqual(['ship it tomorrow']);
    const gone = await app.gql('demo-alice', SendNow, { input: { scheduledMessageId: updatedId } });
    expect(gone.data?.sendScheduledMessageNow.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);

    const another = await app.gql('demo-alice', Schedule, {
      input: { channelId: globalId('Channel', channel.id), text: 'never mind', scheduledFor: scheduledFor.toISOString() },
    });
    const anotherId = another.data!.scheduleMessage.scheduledMessage!.id;
    slack.resetCalls();
    const cancelled = await app.gql('demo-alice', DeleteScheduled, { input: { scheduledMessageId: anotherId } });
    expect(slack.countByMethod()).toEqual({ 'chat.scheduledMessages.list': 1, 'chat.deleteScheduledMessage': 1 });
    expect(cancelled.data?.deleteScheduledMessage).toMatchObject({ deletedScheduledMessageId: anotherId, scheduledMessage: { status: 'CANCELLED' }, userErrors: [] });
    expect(slack.workspace.scheduled).toEqual([]);
  });

  it('read state: unreadCount and isUnread from conversations.info, markChannelRead with conversations.mark', async () => {
    const quiet = slack.workspace.addChannel('read-state', [ids.alice, ids.bob]);
    slack.workspace.addMessage(quiet.id, { user: ids.alice, text: 'from alice 1' });
    const last = slack.workspace.addMessage(quiet.id, { user: ids.alice, text: 'from alice 2' });
    slack.workspace.addMessage(quiet.id, { user: ids.bob, text: 'from bob' });
    slack.resetCalls();
    const before = await app.gql('demo-bob', ReadState, { channelId: globalId('Channel', quiet.id) });
    // One conversations.info serves the channel, its unreadCount and every message's isUnread.
    expect(slack.countByMethod()).toEqual({ 'conversations.info': 1, 'conversations.history': 1 });
    expect(before.data?.channel).toEqual({
      unreadCount: 2,
      messages: { nodes: [{ text: 'from bob', isUnread: false }, { text: 'from alice 2', isUnread: true }, { text: 'from alice 1', isUnread: true }] },
    });
    slack.resetCalls();
    const marked = await app.gql('demo-bob', MarkRead, { input: { channelId: globalId('Channel', quiet.id), lastReadMessageId: messageGid(last) } });
    expect(marked.data?.markChannelRead).toEqual({ channel: { unreadCount: 0 }, userErrors: [] });
    expect(slack.calls.filter((call) => call.method === 'conversations.mark').map((call) => [call.userId, call.params.ts])).toEqual([[ids.bob, last.ts]]);
    // The channel and the message checked, the mark, and the position read again for the payload.
    expect(slack.countByMethod()).toEqual({ 'conversations.info': 2, 'conversations.replies': 1, 'conversations.mark': 1 });
  });

  it('threads: a reply through Switchboard makes the root’s author follow the thread, kept by Switchboard', async () => {
    const root = slack.workspace.addMessage(channel.id, { user: ids.alice, text: 'who reviews?' });
    const Reply = graphql(`
      mutation SlackFeaturesReply($input: SendMessageInput!) {
        sendMessage(input: $input) { message { id } userErrors { code message } }
      }
    `);
    const replied = await app.gql('demo-bob', Reply, { input: { channelId: globalId('Channel', channel.id), text: 'I will', parentId: messageGid(root) } });
    expect(replied.data?.sendMessage.userErrors).toEqual([]);
    slack.resetCalls();
    const threads = await app.gql('demo-alice', Threads, { id: workspaceId });
    // Which channels alice is in, and each followed thread once (roots, replies and counts from it).
    expect(slack.countByMethod()).toEqual({ 'users.conversations': 1, 'conversations.replies': threads.data!.workspace!.threads.nodes.length });
    const thread = threads.data?.workspace?.threads.nodes.find((node) => node.root.text === 'who reviews?');
    expect(thread).toEqual({ unreadReplyCount: 1, root: { text: 'who reviews?', viewerThreadSubscription: 'SUBSCRIBED' } });
  });

  it('search: bob searches with his own token and sees what Slack lets him see', async () => {
    slack.workspace.addMessage(channel.id, { user: ids.alice, text: 'the narwhal deadline moved' });
    slack.resetCalls();
    const result = await app.gql('demo-bob', Search, { id: workspaceId, query: 'narwhal' });
    // The search, and the access check every hit passes like any message (src/schema/visibility.ts): the
    // hit's conversation, and bob's own user to check as, unless an earlier test left it in the user cache.
    const { 'users.info': userLookups = 0, ...calls } = slack.countByMethod();
    expect(calls).toEqual({ 'search.messages': 1, 'conversations.info': 1 });
    expect(userLookups).toBeLessThanOrEqual(1);
    expect(result.data?.workspace?.search).toEqual({
      totalCount: 1,
      nodes: [{ highlights: ['the <mark>narwhal</mark> deadline moved'], message: { text: 'the narwhal deadline moved', author: { name: 'Alice Chen' } } }],
    });
    expect(slack.calls.filter((call) => call.method === 'search.messages').map((call) => call.userId)).toEqual([ids.bob]);
  });
});
