import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackFailure } from '../../../src/providers/slack/errors.js';
import { tsToDate } from '../../../src/providers/slack/ids.js';
import type { MessageRecord } from '../../../src/providers/model.js';
import { all, expectError, forward, keys, only, pageIds } from '../../../testkit/contract/contract-support.js';
import { runProviderContract } from '../../../testkit/contract/provider-contract.js';
import { openSlackTeam, slackContractFixture, type SlackTeam } from '../../../testkit/fakes/slack/fixture.js';
import { requireFeature } from '../../../src/providers/provider.js';

runProviderContract('slack (fake Slack Web API)', slackContractFixture);

describe('slack provider: what Slack messages become', () => {
  let team: SlackTeam;
  const send = (actor: SlackTeam['actors']['owner'], text: string, options: { parentId?: string; alsoSendToChannel?: boolean; channelId?: string } = {}) =>
    team.provider.sendMessage(actor, {
      channelId: options.channelId ?? team.publicChannel.id,
      content: { text, format: 'text' },
      parentId: options.parentId ?? null,
      alsoSendToChannel: options.alsoSendToChannel ?? false,
      attachmentIds: [],
    });
  const load = async (id: string) => (await only(team.provider.loadMessages([id]))) as MessageRecord;

  beforeAll(async () => {
    team = await openSlackTeam();
  });
  afterAll(() => team?.close());

  it("posts as the actor with its own user token, escaping text and turning @handles into Slack mentions", async () => {
    team.fake.resetCalls();
    const message = await send(team.actors.member, 'ping @olga: is 1 < 2 && 3 > 2?');
    const [post] = team.fake.calls.filter((call) => call.method === 'chat.postMessage');
    expect(post).toMatchObject({ token: team.tokens.member, userId: team.member.id });
    expect(post.params.text).toBe(`ping <@${team.owner.id}>: is 1 &lt; 2 &amp;&amp; 3 &gt; 2?`);
    expect(message).toMatchObject({ text: 'ping @olga: is 1 < 2 && 3 > 2?', authorId: team.member.id, mentionIds: [team.owner.id] });
    expect(message.html).toBe('<p>ping @olga: is 1 &lt; 2 &amp;&amp; 3 &gt; 2?</p>');
  });

  it('names a message by channel and ts; a reply has its root as parent and thread root; times and links come from ts', async () => {
    const root = await send(team.actors.owner, 'a root');
    const reply = await send(team.actors.member, 'a reply', { parentId: root.id });
    const [channel, ts] = reply.id.split(':');
    expect(channel).toBe(team.publicChannel.id);
    expect(ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(reply.createdAt).toEqual(tsToDate(ts));
    expect(await load(reply.id)).toMatchObject({ parentId: root.id, threadRootId: root.id, hasChildren: false });

    // Slack threads are one level deep: replying to a reply joins the root's thread.
    const nested = await send(team.actors.owner, 'a reply to the reply', { parentId: reply.id });
    expect(nested).toMatchObject({ parentId: root.id, threadRootId: root.id });

    const web = new WebClient(team.tokens.owner, { slackApiUrl: team.fake.apiUrl, retryConfig: { retries: 0 } });
    for (const record of [root, reply]) {
      const { permalink } = await web.chat.getPermalink({ channel, message_ts: record.id.split(':')[1] });
      expect((await load(record.id)).webUrl).toBe(permalink);
    }
  });

  it('alsoSendToChannel posts reply_broadcast: the reply shows in the channel and in its thread', async () => {
    const root = await send(team.actors.owner, 'broadcast root');
    team.fake.resetCalls();
    const loud = await send(team.actors.member, 'everyone should see this', { parentId: root.id, alsoSendToChannel: true });
    expect(team.fake.calls.find((call) => call.method === 'chat.postMessage')!.params).toMatchObject({ reply_broadcast: 'true' });
    expect(loud).toMatchObject({ alsoSentToChannel: true, parentId: root.id });
    const stored = team.fake.workspace.findMessage(team.publicChannel.id, loud.id.split(':')[1])!;
    expect(stored.subtype).toBe('thread_broadcast');
    const timeline = await only(team.provider.listChannelMessages(keys([team.publicChannel.id], forward(2))));
    expect(pageIds(timeline)).toEqual([loud.id, root.id]);
    expect(pageIds(await only(team.provider.listChildren(keys([root.id], forward(5)))))).toEqual([loud.id]);
  });

  it("deleting a root with replies leaves Slack's tombstone: no text, no author, deletedAt set, replies still there", async () => {
    const root = await send(team.actors.owner, 'a root about to go');
    const reply = await send(team.actors.member, 'a reply that stays', { parentId: root.id });
    const tombstone = await team.provider.deleteMessage(team.actors.owner, root.id);
    expect(tombstone).toMatchObject({ id: root.id, text: '', authorId: null, replyCount: 1 });
    expect(team.fake.workspace.findMessage(team.publicChannel.id, root.id.split(':')[1])).toMatchObject({ subtype: 'tombstone' });

    const read = await load(root.id);
    expect(read).toMatchObject({ text: '', markdown: '', html: '', authorId: null, reactions: [], hasChildren: true, replyCount: 1 });
    expect(read.deletedAt).toBeInstanceOf(Date);
    expect(pageIds(await only(team.provider.listChildren(keys([root.id], forward(5)))))).toEqual([reply.id]);
    await expectError(team.provider.deleteMessage(team.actors.owner, root.id), 'CONFLICT');
  });

  it('reads what Slack clients post: bot messages, files, edits, grouped reactions, join messages and buttons', async () => {
    const { workspace } = team.fake;
    const channel = team.publicChannel.id;
    const legacyBot = workspace.addLegacyBot('deploy-bot');
    const file = workspace.addFile({ name: 'report.pdf', mimetype: 'application/pdf', size: 2048, user: team.owner.id });
    const seeded = [
      workspace.addMessage(channel, { subtype: 'bot_message', botId: legacyBot.id, username: 'deploy-bot', text: 'Deployed *v2*' }),
      workspace.addMessage(channel, { user: team.bot.id, botId: team.bot.botId, text: 'I am an app' }),
      workspace.addMessage(channel, { user: team.owner.id, text: 'see attached', files: [file] }),
      workspace.addMessage(channel, { user: team.member.id, text: 'fixed typo', edited: { user: team.member.id, ts: '1900000000.000100' } }),
      workspace.addMessage(channel, {
        user: team.owner.id,
        text: 'vote',
        reactions: [
          { name: 'thumbsup', users: [team.member.id, team.outsider.id] },
          { name: 'tada', users: [team.owner.id] },
        ],
      }),
      workspace.addMessage(channel, { user: team.outsider.id, subtype: 'channel_join', text: `<@${team.outsider.id}> has joined the channel` }),
      workspace.addMessage(channel, {
        user: team.bot.id,
        botId: team.bot.botId,
        text: 'Approve the deploy?',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: 'Approve?' }, accessory: { type: 'button', action_id: 'details', text: { type: 'plain_text', text: 'Details' } } },
          {
            type: 'actions',
            elements: [
              { type: 'button', action_id: 'approve', text: { type: 'plain_text', text: 'Approve' }, value: 'deploy-42' },
              { type: 'static_select', action_id: 'pick' },
            ],
          },
        ],
      }),
    ];
    const [legacy, app, attached, edited, voted, joined, interactive] = (await team.provider.loadMessages(
      seeded.map((message) => `${channel}:${message.ts}`),
    )) as MessageRecord[];

    expect(legacy).toMatchObject({ authorId: legacyBot.id, text: 'Deployed v2', markdown: 'Deployed **v2**', type: 'USER' });
    expect(await only(team.provider.loadUsers([legacyBot.id]))).toMatchObject({ id: legacyBot.id, name: 'deploy-bot', isBot: true, role: 'BOT' });
    expect(app.authorId).toBe(team.bot.id);
    expect(await only(team.provider.loadUsers([team.bot.id]))).toMatchObject({ isBot: true, role: 'BOT' });
    expect(attached.attachments).toEqual([
      { id: file.id, filename: 'report.pdf', contentType: 'application/pdf', sizeBytes: 2048, url: expect.stringMatching(/^https:\/\/files\.slack\.com\//), createdAt: expect.any(Date) },
    ]);
    expect(edited.editedAt).toEqual(tsToDate('1900000000.000100'));
    expect(voted.reactions).toEqual([
      { emoji: ':thumbsup:', count: 2, userIds: [team.member.id, team.outsider.id] },
      { emoji: ':tada:', count: 1, userIds: [team.owner.id] },
    ]);
    expect(joined).toMatchObject({ type: 'SYSTEM', systemEvent: { type: 'USER_JOINED', userId: team.outsider.id } });
    expect(interactive.buttons).toEqual([
      { id: 'details', text: 'Details', value: null, icon: null },
      { id: 'approve', text: 'Approve', value: 'deploy-42', icon: null },
    ]);
  });

  it('direct and group conversations are channels named after their people', async () => {
    const { workspace } = team.fake;
    const direct = workspace.addDirect(team.owner.id, team.member.id);
    const group = workspace.addGroupDirect([team.owner.id, team.member.id, team.outsider.id]);
    const all = await team.provider.listChannels(team.actors.owner, { parentId: null, query: null, includeArchived: false }, forward(50));
    const byId = new Map(all.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get(direct.id)).toMatchObject({ type: 'DIRECT', isPrivate: true, name: 'Mina Member' });
    expect(byId.get(group.id)).toMatchObject({ type: 'GROUP', isPrivate: true, name: 'olga, mina, otto' });
    const names = all.edges.map((edge) => edge.node.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    const [access] = await team.provider.loadChannelAccess(team.actors.outsider, [direct.id]);
    expect(access, 'a DM of others looks nonexistent').toMatchObject({ canRead: false, isMember: false });
    const members = await only(team.provider.listChannelMembers(keys([group.id], forward(10))));
    expect(pageIds(members).sort()).toEqual([team.owner.id, team.member.id, team.outsider.id].sort());
  });

  it('an account linked without a user token reads what its Slack user may see, and cannot write', async () => {
    const unlinked = { accountId: 'account-by-email', userId: team.outsider.id };
    const provider = team.reopen({
      linkedUser: (accountId) => (accountId === unlinked.accountId ? { userId: team.outsider.id, token: null } : null),
    });
    const access = await all(provider.loadChannelAccess(unlinked, [team.privateChannel.id, team.publicChannel.id]));
    expect(access.map((entry) => entry.canRead)).toEqual([false, true]);
    expect(await provider.userForAccount(unlinked.accountId)).toMatchObject({ id: team.outsider.id });
    expect(await provider.userForAccount('account-nobody')).toBeNull();
    const refused = await expectError(
      provider.sendMessage(unlinked, { channelId: team.publicChannel.id, content: { text: 'hi', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] }),
      'PERMISSION_DENIED',
    );
    expect(refused.message).toContain('user token');
  });

  it('says what it is: FLAT threads, buttons, PUSH events; what it cannot do answers UNSUPPORTED', async () => {
    const capabilities = team.provider.capabilities();
    expect(capabilities).toMatchObject({
      threadModel: 'FLAT',
      buttons: true,
      editMessages: true,
      deleteMessages: true,
      reactions: true,
      eventDelivery: 'PUSH',
      maxMessageLength: 40_000,
      tombstones: 'WITH_REPLIES',
    });
    // Pins, search, scheduling and read state are parts of this provider (features/); uploads are not.
    if (!capabilities.attachmentUpload) {
      const upload = { filename: 'a.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('a') };
      expect(team.provider).not.toHaveProperty('uploads');
      const error = await expectError(Promise.resolve().then(() => requireFeature(team.provider, 'uploads').uploadFile(team.actors.owner, upload)), 'UNSUPPORTED');
      expect(error.message).toContain('capabilities.attachmentUpload');
    }
    expect(team.reopen({ eventDelivery: 'POLL' }).capabilities()).toMatchObject({ eventDelivery: 'POLL', eventTypes: ['MESSAGE_CREATED'] });
  });
});

describe('slack provider: Slack errors become the closed codes', () => {
  let team: SlackTeam;
  beforeAll(async () => {
    team = await openSlackTeam();
  });
  afterAll(() => team?.close());

  it.each([
    ['channel_not_found', 'NOT_FOUND'],
    ['message_not_found', 'NOT_FOUND'],
    ['thread_not_found', 'NOT_FOUND'],
    ['no_reaction', 'NOT_FOUND'],
    ['not_in_channel', 'PERMISSION_DENIED'],
    ['restricted_action', 'PERMISSION_DENIED'],
    ['cant_update_message', 'PERMISSION_DENIED'],
    ['cant_delete_message', 'PERMISSION_DENIED'],
    ['missing_scope', 'PERMISSION_DENIED'],
    ['not_authed', 'NOT_AUTHENTICATED'],
    ['invalid_auth', 'NOT_AUTHENTICATED'],
    ['token_revoked', 'NOT_AUTHENTICATED'],
    ['already_reacted', 'CONFLICT'],
    ['is_archived', 'CONFLICT'],
    ['msg_too_long', 'VALIDATION_ERROR'],
    ['no_text', 'VALIDATION_ERROR'],
    ['invalid_blocks', 'VALIDATION_ERROR'],
    ['ratelimited', 'RATE_LIMITED'],
    ['internal_error', 'PROVIDER_ERROR'],
    ['something_new', 'PROVIDER_ERROR'],
  ])('%s → %s, and the message quotes Slack\'s code', (slackCode, code) => {
    const error = slackFailure('chat.update', new WebAPIPlatformError({ ok: false, error: slackCode }));
    expect(error.code).toBe(code);
    expect(error.message).toContain(code === 'RATE_LIMITED' ? 'chat.update' : slackCode);
  });

  it('a 429 carries Retry-After as retryAfterSeconds; an HTTP failure is PROVIDER_ERROR naming the status', () => {
    expect(slackFailure('conversations.history', new WebAPIRateLimitedError(42))).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 42 });
    const http = slackFailure('conversations.history', new WebAPIHTTPError(503, 'Service Unavailable', {}, ''));
    expect(http).toMatchObject({ code: 'PROVIDER_ERROR', message: 'Slack answered conversations.history with HTTP 503.' });
  });

  it("editing someone else's message fails as Slack says, with PERMISSION_DENIED quoting cant_update_message and no content", async () => {
    const message = await team.provider.sendMessage(team.actors.owner, {
      channelId: team.publicChannel.id,
      content: { text: 'secret words', format: 'text' },
      parentId: null,
      alsoSendToChannel: false,
      attachmentIds: [],
    });
    const error = await expectError(team.provider.updateMessage(team.actors.member, message.id, { text: 'mine now', format: 'text' }), 'PERMISSION_DENIED');
    expect(error.message).toBe('Slack answered chat.update with cant_update_message.');
  });

  it('missing_scope names the scope Slack wants; a revoked token is NOT_AUTHENTICATED', async () => {
    team.fake.inject('conversations.history', { error: 'missing_scope', extra: { needed: 'channels:history', provided: 'chat:write' } });
    const [scoped] = await team.provider.listChannelMessages(keys([team.publicChannel.id], forward(5)));
    expect(scoped).toMatchObject({ code: 'PERMISSION_DENIED', message: 'Slack answered conversations.history with missing_scope (needs scope channels:history).' });
    team.fake.workspace.tokens.get(team.tokens.owner)!.revoked = true;
    try {
      const [revoked] = await team.provider.listChannelMessages(keys([team.publicChannel.id], forward(5)));
      expect(revoked).toMatchObject({ code: 'NOT_AUTHENTICATED', message: 'Slack answered conversations.history with token_revoked.' });
    } finally {
      team.fake.workspace.tokens.get(team.tokens.owner)!.revoked = false;
    }
  });

  it('a read that meets a Slack 5xx is retried; a write is not (Slack may have posted it)', async () => {
    const provider = team.reopen({ readRetries: 1, retryDelayMs: 0 });
    team.fake.resetCalls();
    team.fake.inject('conversations.history', { status: 500 });
    const page = await only(provider.listChannelMessages(keys([team.publicChannel.id], forward(1))));
    expect(page.edges).toHaveLength(1);
    const history = team.fake.calls.filter((call) => call.method === 'conversations.history');
    expect(history.map((call) => call.outcome)).toEqual(['http:500', 'ok']);

    team.fake.resetCalls();
    team.fake.inject('chat.postMessage', { status: 500 });
    const failed = await expectError(
      provider.sendMessage(team.actors.owner, { channelId: team.publicChannel.id, content: { text: 'once', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] }),
      'PROVIDER_ERROR',
    );
    expect(failed.message).toBe('Slack answered chat.postMessage with HTTP 500.');
    expect(team.fake.count('chat.postMessage')).toBe(1);
  });

  it('a message over Slack\'s limit is a VALIDATION_ERROR from msg_too_long', async () => {
    const error = await expectError(
      team.provider.sendMessage(team.actors.owner, {
        channelId: team.publicChannel.id,
        content: { text: 'x'.repeat(40_001), format: 'text' },
        parentId: null,
        alsoSendToChannel: false,
        attachmentIds: [],
      }),
      'VALIDATION_ERROR',
    );
    expect(error.message).toBe('Slack answered chat.postMessage with msg_too_long.');
  });
});
