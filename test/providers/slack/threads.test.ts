import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, MessageRecord } from '../../../src/providers/model.js';
import { expectError, forward, keys, only } from '../../../testkit/contract/contract-support.js';
import { runProviderContract } from '../../../testkit/contract/provider-contract.js';
import { addUnfurl } from '../../../testkit/fakes/slack/methods/announcements.js';
import { STORES } from '../../../testkit/databases.js';
import { metadataContractFixture, openFeatureTeam, type FeatureTeam } from '../../../testkit/fakes/slack/features-fixture.js';
import { requireFeature } from '../../../src/providers/provider.js';

/**
 * Thread subscriptions and thread read state on Slack, which Slack's API lacks and Switchboard keeps in
 * its own table (ids and timestamps only), and link previews from Slack's unfurls. The provider contract
 * runs again on a team with a database, so its thread-subscription cases run on Slack too.
 */

for (const store of STORES) runProviderContract(`slack with Switchboard metadata (${store})`, () => metadataContractFixture(store));

describe.each(STORES)('slack thread subscriptions (%s)', (store) => {
  let team: FeatureTeam;

  beforeAll(async () => {
    team = await openFeatureTeam(store);
  });
  afterAll(() => team?.close());

  const send = (actor: Actor, text: string, parentId: string | null = null) =>
    team.provider.sendMessage(actor, {
      channelId: team.publicChannel.id,
      content: { text, format: 'text' },
      parentId,
      alsoSendToChannel: false,
      attachmentIds: [],
    });
  /** The provider's thread part: this team has a database, so it has one. */
  const threads = () => requireFeature(team.provider, 'threadSubscriptions');
  const state = (actor: Actor, rootId: string) => only(threads().loadThreadStates(actor, [rootId]));
  const subscription = (actor: Actor, rootId: string) => only(threads().loadThreadSubscriptions(actor, [rootId]));
  const rowsOf = (userId: string) =>
    team.database.db.selectFrom('provider_thread_states').selectAll().where('user_id', '=', userId).orderBy('root_id').execute();

  it('capabilities say EMULATED with a database, NONE without one', () => {
    expect(team.provider.capabilities().threadSubscriptions).toBe('EMULATED');
    expect(team.reopen({ db: null }).capabilities().threadSubscriptions).toBe('NONE');
  });

  it('a reply through Switchboard follows the thread for its author (read) and the root author (unread); no extra Slack call', async () => {
    const root = await send(team.actors.owner, 'who owns the release?');
    team.fake.resetCalls();
    const reply = await send(team.actors.member, 'I do');
    const inThread = await send(team.actors.member, 'I can take it', root.id);
    // The root is read once (to know its author), and the send's own parent lookup reuses that read.
    expect(team.fake.countByMethod()).toEqual({ 'chat.postMessage': 2, 'conversations.replies': 1 });
    expect(reply.threadRootId).toBeNull();

    team.fake.resetCalls();
    expect(await subscription(team.actors.owner, root.id)).toBe('SUBSCRIBED');
    expect(await subscription(team.actors.outsider, root.id)).toBe('UNSUBSCRIBED');
    expect(team.fake.count()).toBe(0); // subscriptions are Switchboard's own rows
    expect(await state(team.actors.owner, root.id)).toMatchObject({ subscription: 'SUBSCRIBED', unreadReplyCount: 1, lastActivityAt: inThread.createdAt });
    expect(await state(team.actors.member, root.id)).toMatchObject({ subscription: 'SUBSCRIBED', unreadReplyCount: 0 });
    expect(await state(team.actors.outsider, root.id)).toMatchObject({ subscription: 'UNSUBSCRIBED', unreadReplyCount: 0 });

    // Ids and timestamps only: nothing of the messages' content is stored.
    const rows = await rowsOf(team.owner.id);
    const row = rows.find((candidate) => candidate.root_id === root.id.split(':')[1])!;
    expect(row).toMatchObject({ channel_id: team.publicChannel.id, subscription: 'SUBSCRIBED', read_position: root.id.split(':')[1] });
    expect(Object.keys(row).sort()).toEqual(['channel_id', 'provider', 'read_position', 'root_id', 'subscription', 'updated_at', 'user_id', 'workspace_id']);
  });

  it('replies posted in Slack count as unread after the position; own replies and deleted ones never do', async () => {
    const root = await send(team.actors.owner, 'deploy plan');
    await threads().setThreadSubscription(team.actors.owner, root.id, 'SUBSCRIBED');
    const rootTs = root.id.split(':')[1];
    const { workspace } = team.fake;
    const first = workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'step one', threadTs: rootTs });
    workspace.addMessage(team.publicChannel.id, { user: team.owner.id, text: 'my own note', threadTs: rootTs });
    const second = workspace.addMessage(team.publicChannel.id, { user: team.outsider.id, text: 'step two', threadTs: rootTs });
    expect(await state(team.actors.owner, root.id)).toMatchObject({ unreadReplyCount: 2 });

    team.fake.resetCalls();
    await threads().markThreadRead(team.actors.owner, root.id, `${team.publicChannel.id}:${first.ts}`);
    expect(team.fake.countByMethod()).toEqual({ 'conversations.replies': 1 });
    expect(await state(team.actors.owner, root.id)).toMatchObject({ unreadReplyCount: 1 });

    // A reply deleted in Slack is gone from the thread, and from the count.
    workspace.channelMessages(team.publicChannel.id).splice(workspace.channelMessages(team.publicChannel.id).indexOf(second), 1);
    expect(await state(team.actors.owner, root.id)).toMatchObject({ unreadReplyCount: 0 });

    await expectError(threads().markThreadRead(team.actors.owner, root.id, `${team.publicChannel.id}:${rootTs}`), 'VALIDATION_ERROR');
    await expectError(threads().markThreadRead(team.actors.owner, `${team.publicChannel.id}:${first.ts}`, null), 'NOT_FOUND');
    await expectError(threads().setThreadSubscription(team.actors.outsider, `${team.privateChannel.id}:${rootTs}`, 'SUBSCRIBED'), 'NOT_FOUND');
  });

  it('an explicit unsubscribe holds when others reply; replying yourself follows again', async () => {
    const root = await send(team.actors.owner, 'lunch?');
    await send(team.actors.member, 'yes', root.id);
    await threads().setThreadSubscription(team.actors.owner, root.id, 'UNSUBSCRIBED');
    await send(team.actors.outsider, 'me too', root.id);
    expect(await subscription(team.actors.owner, root.id)).toBe('UNSUBSCRIBED');
    await send(team.actors.owner, 'fine, pizza', root.id);
    expect(await state(team.actors.owner, root.id)).toMatchObject({ subscription: 'SUBSCRIBED', unreadReplyCount: 0 });
  });

  it('lists followed threads in channels the user is in, latest reply first, with the unread count; a gone root drops out', async () => {
    const { workspace } = team.fake;
    const channel = workspace.addChannel('threads-list', [team.owner.id, team.member.id]);
    const roots = ['alpha', 'beta', 'gamma'].map((text) => workspace.addMessage(channel.id, { user: team.member.id, text }));
    for (const root of roots) await threads().setThreadSubscription(team.actors.owner, `${channel.id}:${root.ts}`, 'SUBSCRIBED');
    workspace.addMessage(channel.id, { user: team.member.id, text: 'beta wakes up', threadTs: roots[1].ts });

    team.fake.resetCalls();
    const view = team.provider.forRequest!(async () => team.actors.owner);
    const page = await requireFeature(view, 'threadSubscriptions').listFollowedThreads(team.actors.owner, { limit: 100, cursor: null });
    const inChannel = page.edges.map((edge) => edge.node).filter((node) => node.rootId.startsWith(channel.id));
    expect(inChannel.map((node) => node.rootId.split(':')[1])).toEqual([roots[1].ts, roots[2].ts, roots[0].ts]);
    expect(inChannel[0]).toMatchObject({ unreadReplyCount: 1, subscription: 'SUBSCRIBED' });
    expect(page.unreadThreadCount).toBe(page.edges.filter((edge) => edge.node.unreadReplyCount > 0).length);
    // One users.conversations (which channels the user is in), one conversations.replies per followed thread.
    const followed = (await rowsOf(team.owner.id)).filter((row) => row.subscription === 'SUBSCRIBED').length;
    expect(team.fake.countByMethod()).toEqual({ 'users.conversations': 1, 'conversations.replies': followed });

    const second = await requireFeature(view, 'threadSubscriptions').listFollowedThreads(team.actors.owner, { limit: 1, cursor: page.edges[0].cursor });
    expect(second.edges.map((edge) => edge.node.rootId)).toEqual([page.edges[1].node.rootId]);

    // A root deleted without replies is gone in Slack; a channel the user left is not listed.
    workspace.channelMessages(channel.id).splice(workspace.channelMessages(channel.id).indexOf(roots[2]), 1);
    let ids = (await threads().listFollowedThreads(team.actors.owner, { limit: 100, cursor: null })).edges.map((edge) => edge.node.rootId);
    expect(ids).not.toContain(`${channel.id}:${roots[2].ts}`);
    expect(ids).toContain(`${channel.id}:${roots[1].ts}`);
    channel.members = channel.members.filter((id) => id !== team.owner.id);
    ids = (await threads().listFollowedThreads(team.actors.owner, { limit: 100, cursor: null })).edges.map((edge) => edge.node.rootId);
    expect(ids.some((id) => id.startsWith(channel.id))).toBe(false);
  });

  it('thread state is the same from another process: it lives in the database, not in memory', async () => {
    const root = await send(team.actors.owner, 'shared state');
    await send(team.actors.member, 'seen from elsewhere', root.id);
    const elsewhere = team.reopen();
    expect(await only(requireFeature(elsewhere, 'threadSubscriptions').loadThreadStates(team.actors.owner, [root.id]))).toMatchObject({ subscription: 'SUBSCRIBED', unreadReplyCount: 1 });
  });

  it('without a database, thread operations answer UNSUPPORTED and replies still send', async () => {
    const bare = team.reopen({ db: null });
    const root = await bare.sendMessage(team.actors.owner, {
      channelId: team.publicChannel.id,
      content: { text: 'no metadata', format: 'text' },
      parentId: null,
      alsoSendToChannel: false,
      attachmentIds: [],
    });
    // Thread subscriptions live in Switchboard's database: without one there is no part, and no capability.
    expect(bare.capabilities().threadSubscriptions).toBe('NONE');
    expect(bare.threadSubscriptions).toBeUndefined();
    const error = await expectError(
      Promise.resolve().then(() => requireFeature(bare, 'threadSubscriptions').setThreadSubscription(team.actors.owner, root.id, 'SUBSCRIBED')),
      'UNSUPPORTED',
    );
    expect(error.message).toContain('capabilities.threadSubscriptions is NONE');
  });
});

describe('slack link previews', () => {
  let team: FeatureTeam;

  beforeAll(async () => {
    team = await openFeatureTeam('pglite');
    await team.provider.workspace(); // team.info, cached for the connection
  });
  afterAll(() => team?.close());

  const load = async (id: string) => (await only(team.provider.loadMessages([id]))) as MessageRecord;

  it("Slack's unfurl of an outside link becomes the message's preview, read with the message (no extra call)", async () => {
    const message = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'see <https://example.com/post|the post>' });
    addUnfurl(team.fake.workspace, team.publicChannel.id, message.ts, {
      from_url: 'https://example.com/post',
      original_url: 'https://example.com/post',
      title: 'A post',
      text: 'What the post says',
      image_url: 'https://example.com/cover.png',
      service_name: 'Example',
    });
    team.fake.resetCalls();
    const [timeline] = await team.provider.listChannelMessages(keys([team.publicChannel.id], forward(5)));
    const fromTimeline = (timeline as { edges: Array<{ node: MessageRecord }> }).edges.find((edge) => edge.node.id.endsWith(message.ts))!.node;
    expect(fromTimeline.linkPreview).toEqual({
      url: 'https://example.com/post',
      title: 'A post',
      description: 'What the post says',
      imageUrl: 'https://example.com/cover.png',
      siteName: 'Example',
      linkedMessageId: null,
      linkedChannelId: null,
      pending: false,
    });
    expect(team.fake.countByMethod()).toEqual({ 'conversations.history': 1 });
  });

  it('a link to a message of the team is an internal preview: ids only, whatever Slack quoted', async () => {
    const target = team.fake.workspace.addMessage(team.privateChannel.id, { user: team.owner.id, text: 'secret target' });
    const message = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'look' });
    addUnfurl(team.fake.workspace, team.publicChannel.id, message.ts, {
      from_url: team.fake.workspace.permalink(team.privateChannel.id, target.ts),
      is_msg_unfurl: true,
      channel_id: team.privateChannel.id,
      ts: target.ts,
      text: 'secret target',
    });
    expect((await load(`${team.publicChannel.id}:${message.ts}`)).linkPreview).toMatchObject({
      linkedMessageId: `${team.privateChannel.id}:${target.ts}`,
      title: null,
      description: null,
    });
  });

  it('removing a preview is not supported on Slack (linkPreviewRemoval false); nothing is ever pending', async () => {
    const message = team.fake.workspace.addMessage(team.publicChannel.id, { user: team.member.id, text: 'plain' });
    const id = `${team.publicChannel.id}:${message.ts}`;
    expect((await load(id)).linkPreview).toBeNull();
    expect(team.provider.capabilities().linkPreviewRemoval).toBe(false);
    // No part for previews Switchboard keeps: nothing to remove, and nothing pending for the unfurler to complete.
    expect(team.provider).not.toHaveProperty('linkPreviews');
    const error = await expectError(
      Promise.resolve().then(() => requireFeature(team.provider, 'linkPreviews').removeLinkPreview(team.actors.member, id)),
      'UNSUPPORTED',
    );
    expect(error.message).toContain('capabilities.linkPreviewRemoval is false');
  });
});
