import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../../src/providers/model.js';
import { requireFeature, type MessagingProvider } from '../../../src/providers/provider.js';
import { containerId, messageNativeId } from '../../../src/providers/teams/ids.js';
import { all, expectError, forward, keys, only, pageIds, walkForward } from '../../../testkit/contract/contract-support.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';
import { userIdentity, type Container } from '../../../testkit/fakes/graph/index.js';

describe('teams provider: what Teams messages become', () => {
  let t: TeamsTenant;
  let channel: Container;
  const load = async (container: Container, id: string, rootId: string | null = null) => {
    const native = messageNativeId(container.kind === 'chat' ? container : { kind: 'channel', teamId: container.teamId, channelId: container.channelId }, id, rootId);
    return (await only(t.provider.loadMessages([native]))) as MessageRecord;
  };

  beforeAll(async () => {
    t = await openTeamsTenant();
    channel = { kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id };
  });
  afterAll(() => t?.close());

  it('renders HTML bodies to text, markdown and allow-listed HTML, and mentions to users', async () => {
    const seeded = t.fake.tenant.addMessage(channel, t.owner.id, {
      body: {
        contentType: 'html',
        content:
          '<div><p>Hi <at id="0">Mina Member</at>, see <a href="https://example.com/x">the <b>plan</b></a> &amp; <a href="javascript:alert(1)">this</a>.</p>' +
          '<ul><li>one</li><li><i>two</i></li></ul><script>alert(1)</script><img src="https://example.com/a.png" alt="chart" onerror="x()"></div>',
      },
      mentions: [{ id: 0, mentionText: 'Mina Member', mentioned: userIdentity(t.member.id, 'Mina Member') }],
    });
    const record = await load(channel, seeded.id);
    expect(record.text).toBe('Hi @Mina Member, see the plan & this.\n\n• one\n• two\n\nchart');
    expect(record.markdown).toContain('see [the **plan**](https://example.com/x) & this.');
    expect(record.markdown).toContain('- one\n- *two*');
    expect(record.html).toContain('<span data-mention="' + t.member.id + '">@Mina Member</span>');
    expect(record.html).toContain('<a href="https://example.com/x" rel="noopener noreferrer nofollow">the <strong>plan</strong></a>');
    expect(record.html).not.toMatch(/script|javascript:|onerror/);
    expect(record.mentionIds).toEqual([t.member.id]);
  });

  it('sends @handles of members as <at> mentions, and plain text as text', async () => {
    t.fake.resetCalls();
    const sent = await t.provider.sendMessage(t.actors.owner, {
      channelId: t.ids.publicChannel,
      content: { text: 'ping @mina and @nobody: 1 < 2', format: 'text' },
      parentId: null,
      alsoSendToChannel: false,
      attachmentIds: [],
    });
    const stored = t.fake.tenant.messages.get(`channel|${t.team.id}|${t.publicChannel.id}`)!.find((message) => message.id === sent.id.split('/').pop())!;
    expect(stored.body).toEqual({ contentType: 'html', content: '<p>ping <at id="0">Mina Member</at> and @nobody: 1 &lt; 2</p>' });
    expect(stored.mentions).toEqual([{ id: 0, mentionText: 'Mina Member', mentioned: { user: { id: t.member.id, displayName: 'Mina Member', userIdentityType: 'aadUser' } } }]);
    expect(sent).toMatchObject({ text: 'ping @Mina Member and @nobody: 1 < 2', mentionIds: [t.member.id], authorId: t.owner.id });
    expect(t.fake.calls.find((call) => call.route === 'channel.message.post')).toMatchObject({ userId: t.owner.id, app: false });

    const plain = await t.provider.sendMessage(t.actors.owner, { channelId: t.ids.publicChannel, content: { text: 'just *text*', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] });
    expect(plain.text).toBe('just *text*');
  });

  it('reads system events, adaptive-card buttons, file references, legacy reactions and app authors', async () => {
    const { tenant } = t.fake;
    const system = tenant.addMessage(channel, null, {
      messageType: 'systemEventMessage',
      body: { contentType: 'html', content: '<systemEventMessage/>' },
      eventDetail: { '@odata.type': '#microsoft.graph.membersAddedEventMessageDetail', members: [{ id: t.outsider.id }], initiator: userIdentity(t.owner.id, null) },
    });
    const card = tenant.addMessage(channel, null, {
      from: { application: { id: 'b0b0b0b0-0000-4000-8000-000000000001', displayName: 'Deploy Bot', applicationIdentityType: 'bot' }, device: null, user: null },
      body: { contentType: 'html', content: '<attachment id="card-1"></attachment>' },
      attachments: [
        {
          id: 'card-1',
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          name: null,
          thumbnailUrl: null,
          content: JSON.stringify({ type: 'AdaptiveCard', actions: [{ type: 'Action.Submit', id: 'approve', title: 'Approve', data: { deploy: 42 } }, { type: 'Action.OpenUrl', title: 'Logs', url: 'https://example.com/logs' }] }),
        },
        { id: 'file-1', contentType: 'reference', contentUrl: 'https://contoso.sharepoint.com/sites/x/report.pdf', content: null, name: 'report.pdf', thumbnailUrl: null },
      ],
      reactions: [
        { reactionType: 'like', createdDateTime: '2024-01-01T00:00:00.000Z', user: userIdentity(t.member.id, null) },
        { reactionType: '👍', createdDateTime: '2024-01-01T00:00:01.000Z', user: userIdentity(t.outsider.id, null) },
        { reactionType: '🦄', createdDateTime: '2024-01-01T00:00:02.000Z', user: userIdentity(t.owner.id, null) },
      ],
    });
    const [joined, interactive] = await all(t.provider.loadMessages([system, card].map((message) => messageNativeId({ kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id }, message.id))));
    expect(joined).toMatchObject({ type: 'SYSTEM', authorId: null, systemEvent: { type: 'USER_JOINED', userId: t.outsider.id, actorId: t.owner.id } });
    expect(interactive!.authorId).toBe('app:b0b0b0b0-0000-4000-8000-000000000001');
    expect(await only(t.provider.loadUsers([interactive!.authorId!]))).toMatchObject({ name: 'Deploy Bot', isBot: true, role: 'BOT' });
    expect(interactive!.buttons).toEqual([
      { id: 'approve', text: 'Approve', value: '{"deploy":42}', icon: null },
      { id: 'card-1:1', text: 'Logs', value: 'https://example.com/logs', icon: null },
    ]);
    expect(interactive!.attachments).toEqual([
      { id: 'file-1', filename: 'report.pdf', contentType: 'application/pdf', sizeBytes: 0, url: 'https://contoso.sharepoint.com/sites/x/report.pdf', createdAt: expect.any(Date) },
    ]);
    expect(interactive!.reactions).toEqual([
      { emoji: ':thumbsup:', count: 2, userIds: [t.member.id, t.outsider.id] },
      { emoji: '🦄', count: 1, userIds: [t.owner.id] },
    ]);
  });

  it('replying to a reply joins the root thread; alsoSendToChannel is refused; chats have no threads', async () => {
    const send = (text: string, parentId: string | null, extra: { alsoSendToChannel?: boolean; channelId?: string } = {}) =>
      t.provider.sendMessage(t.actors.member, { channelId: extra.channelId ?? t.ids.publicChannel, content: { text, format: 'text' }, parentId, alsoSendToChannel: extra.alsoSendToChannel ?? false, attachmentIds: [] });
    const root = await send('root', null);
    const reply = await send('reply', root.id);
    const nested = await send('reply to the reply', reply.id);
    expect(nested).toMatchObject({ parentId: root.id, threadRootId: root.id });
    expect(pageIds(await only(t.provider.listChildren(keys([root.id], forward(10)))))).toEqual([reply.id, nested.id]);
    const refused = await expectError(send('loud', root.id, { alsoSendToChannel: true }), 'VALIDATION_ERROR');
    expect(refused.message).toContain('capabilities.replyBroadcast');

    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id]);
    const inChat = await send('hello chat', null, { channelId: containerId({ kind: 'chat', chatId: chat.id }) });
    await expectError(send('thread?', inChat.id, { channelId: containerId({ kind: 'chat', chatId: chat.id }) }), 'VALIDATION_ERROR');
  });

  it('lists teams as parent channels with their channels as subchannels, and chats as DIRECT and GROUP', async () => {
    const direct = t.fake.tenant.addChat([t.owner.id, t.outsider.id]);
    const group = t.fake.tenant.addChat([t.owner.id, t.member.id, t.outsider.id], { topic: 'Launch crew' });
    const listed = await t.provider.listChannels(t.actors.owner, { parentId: null, query: null, includeArchived: false }, forward(50));
    const byId = new Map(listed.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get(t.ids.team)).toMatchObject({ name: 'Contract Co', hasSubchannels: true, parentId: null });
    expect(byId.get(t.ids.publicChannel)).toMatchObject({ type: 'PUBLIC', parentId: t.ids.team, name: 'town-square' });
    expect(byId.get(t.ids.privateChannel)).toMatchObject({ type: 'PRIVATE', isPrivate: true, parentId: t.ids.team });
    expect(byId.get(containerId({ kind: 'chat', chatId: direct.id }))).toMatchObject({ type: 'DIRECT', name: 'Otto Outsider' });
    expect(byId.get(containerId({ kind: 'chat', chatId: group.id }))).toMatchObject({ type: 'GROUP', name: 'Launch crew' });

    const subchannels = await t.provider.listChannels(t.actors.outsider, { parentId: t.ids.team, query: null, includeArchived: false }, forward(50));
    expect(subchannels.edges.map((edge) => edge.node.id)).toContain(t.ids.publicChannel);
    expect(subchannels.edges.map((edge) => edge.node.id)).not.toContain(t.ids.privateChannel);
    const [access] = await all(t.provider.loadChannelAccess(t.actors.member, [containerId({ kind: 'chat', chatId: direct.id })]));
    expect(access, 'a chat of others looks nonexistent').toMatchObject({ canRead: false });
    const [teamAccess] = await all(t.provider.loadChannelAccess(t.actors.member, [t.ids.team]));
    expect(teamAccess, 'a team is read, not posted to').toMatchObject({ canRead: true, canPost: false });
  });

  it('a chat pages newest first with time cursors, lists its members, and refuses backward pages', async () => {
    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id, t.outsider.id], { topic: 'paging' });
    const chatId = containerId({ kind: 'chat', chatId: chat.id });
    const sent: MessageRecord[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      sent.push(await t.provider.sendMessage(n % 2 ? t.actors.owner : t.actors.member, { channelId: chatId, content: { text: `chat ${n} @otto`, format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] }));
    }
    expect(sent[0].mentionIds).toEqual([t.outsider.id]);
    const walked = await walkForward((page) => only(t.provider.listChannelMessages([{ parentId: chatId, page }])), 2);
    expect(walked.pages.map((page) => page.edges.length)).toEqual([2, 2, 1]);
    expect(walked.nodes.map((node) => node.id)).toEqual([...sent].reverse().map((record) => record.id));
    await expectError(only(t.provider.listChannelMessages([{ parentId: chatId, page: { direction: 'backward', limit: 2, cursor: null } }])), 'UNSUPPORTED');
    const members = await only(t.provider.listChannelMembers(keys([chatId], forward(10))));
    expect(members.edges.map((edge) => edge.node.name)).toEqual(['Mina Member', 'Olga Owner', 'Otto Outsider']);
  });

  it('an inbox narrowed by createdAfter promises no further page once every channel is read past that time', async () => {
    // More roots than one channel page (50): the channel has a next page, all of it older than the window.
    const seeded = Array.from({ length: 55 }, (_, n) => t.fake.tenant.addMessage(channel, t.member.id, { body: { contentType: 'text', content: `window ${n}` } }));
    const createdAfter = new Date(seeded[10].createdDateTime);
    const filter = { channelIds: [t.ids.publicChannel], authorIds: null, mentioningUserId: null, createdAfter, createdBefore: null };
    const page = await t.provider.listInbox(t.actors.owner, filter, { limit: 100, cursor: null });
    expect(page.edges.map((edge) => edge.node.text)).toEqual(seeded.slice(11).reverse().map((message) => message.body.content));
    expect(page.hasNextPage).toBe(false);
  });

  it('loadAudience answers many accounts from member lists, as loadChannelAccess would', async () => {
    const view = t.provider.forRequest(async () => null);
    t.fake.resetCalls();
    const accounts = [t.actors.owner.accountId, t.actors.member.accountId, t.actors.outsider.accountId, 'account-nobody'];
    const audience = await all(view.loadAudience!(accounts, [t.ids.privateChannel, t.ids.publicChannel]));
    expect(audience.map((entry) => [entry.userId, ...entry.access.map((access) => access.canRead)])).toEqual([
      [t.owner.id, true, true],
      [t.member.id, true, true],
      [t.outsider.id, false, true],
      [null, false, false],
    ]);
    // The channels in one batch, the private channel's and the team's member lists: no call per account.
    expect(t.fake.countByRoute()).toMatchObject({ $batch: 1, 'channel.get': 2, 'channel.members': 1, 'team.members': 1 });
    for (const actor of [t.actors.owner, t.actors.outsider]) {
      const direct = await all(t.provider.loadChannelAccess(actor, [t.ids.privateChannel, t.ids.publicChannel]));
      expect(direct.map((access) => access.canRead)).toEqual(audience.find((entry) => entry.userId === actor.userId)!.access.map((access) => access.canRead));
    }
  });

  it('pins chat messages (Graph has no channel pins), outside the pins part while capabilities.pins is NONE', async () => {
    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id, t.outsider.id]);
    const chatId = containerId({ kind: 'chat', chatId: chat.id });
    const pins = t.provider.chatPins();
    const message = await t.provider.sendMessage(t.actors.owner, { channelId: chatId, content: { text: 'pin me', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] });
    const pinned = await pins.pinMessage(t.actors.member, message.id);
    expect(pinned.message).toMatchObject({ id: message.id, pinnedById: t.member.id });
    expect(t.fake.tenant.chats.get(chat.id)!.pins.map((pin) => pin.messageId)).toEqual([message.id.split('/').pop()]);
    await expectError(pins.pinMessage(t.actors.owner, message.id), 'CONFLICT');
    expect(pageIds(await only(pins.listPins(keys([chatId], forward(10)))))).toEqual([message.id]);
    await pins.unpinMessage(t.actors.outsider, message.id);
    await expectError(pins.unpinMessage(t.actors.outsider, message.id), 'NOT_FOUND');

    expect((t.provider as MessagingProvider).pins).toBeUndefined();
    const inChannel = await t.provider.sendMessage(t.actors.owner, { channelId: t.ids.publicChannel, content: { text: 'no pins here', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] });
    const error = await expectError(pins.pinMessage(t.actors.owner, inChannel.id), 'UNSUPPORTED');
    expect(error.message).toContain('chat messages only');
  });

  it('an account without a grant of its own reads what its user may see through the app, and cannot write', async () => {
    const provider = t.reopen({ linkedUser: () => null });
    const unlinked = { accountId: 'account-by-email', userId: t.outsider.id };
    const access = await all(provider.loadChannelAccess(unlinked, [t.ids.privateChannel, t.ids.publicChannel]));
    expect(access.map((entry) => entry.canRead)).toEqual([false, true]);
    const refused = await expectError(
      provider.sendMessage(unlinked, { channelId: t.ids.publicChannel, content: { text: 'hi', format: 'text' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] }),
      'PERMISSION_DENIED',
    );
    expect(refused.message).toContain('own Microsoft grant');
  });

  it('says what it is: FLAT threads, tombstones ALWAYS, no reply broadcast; what it cannot do answers UNSUPPORTED', async () => {
    expect(t.provider.capabilities()).toMatchObject({ threadModel: 'FLAT', tombstones: 'ALWAYS', replyBroadcast: false, pins: 'NONE', readState: 'NONE', eventDelivery: 'PUSH' });
    expect((t.provider as MessagingProvider).readState).toBeUndefined();
    const error = await expectError((async () => requireFeature(t.provider, 'readState'))(), 'UNSUPPORTED');
    expect(error.message).toContain('capabilities.readState');
    expect(t.reopen({ eventDelivery: 'POLL' }).capabilities().eventDelivery).toBe('POLL');
    expect(await t.provider.workspace()).toMatchObject({ provider: 'teams', name: 'Contract Co' });
  });
});
