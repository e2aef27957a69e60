import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeNotification } from '../../../src/providers/kit/graph/notifications.js';
import { APP } from '../../../src/providers/kit/graph/tokens.js';
import { changesOfNotification, pollChat } from '../../../src/providers/teams/changes.js';
import { messageNativeId } from '../../../src/providers/teams/ids.js';
import type { TeamsRuntime } from '../../../src/providers/teams/index.js';
import { ReactionMemory } from '../../../src/providers/teams/reaction-memory.js';
import { openTeamsTenant, type TeamsTenant } from '../../../testkit/fakes/graph/fixture.js';
import { startFakeGraph, type Container, type FakeChannel, type FakeGraph, type FakeTeam } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { graphql } from '../../../testkit/gql/index.js';
import { AddReaction, startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * Reactions as events: Graph reports a reaction as an `updated` chatMessage, which the provider reads and
 * compares with the reactions it last saw of the message (reaction-memory.ts). End to end over a real port
 * (the fake posts its notifications to /webhooks/microsoft, graphql-ws subscribers receive the events),
 * then the provider alone for what a restart forgets.
 */

const TeamsChannels = graphql(`
  query TeamsLiveChannels {
    workspaces { id provider name channels(first: 50) { nodes { id name } } }
  }
`);

describe('Teams reactions reach subscribers as REACTION_ADDED / REACTION_REMOVED', () => {
  let fake: FakeGraph;
  let live: LiveServer;
  let team: FakeTeam;
  let general: FakeChannel;
  let secret: FakeChannel;
  let alice: string;
  let bob: string;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme Teams' });
    const { tenant } = fake;
    const app = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    bob = tenant.addUser('Bob Martinez', { mailNickname: 'bob' }).id;
    team = tenant.addTeam('Acme', [alice, bob], { ownerIds: [alice] });
    general = tenant.addChannel(team.id, 'general');
    secret = tenant.addChannel(team.id, 'secret-plans', { membershipType: 'private', memberIds: [alice] });

    live = await startLiveServer('pglite', { connections: teamsServerSettings(fake, app) });
    const services = live.testApp.started.services;
    const { store } = services.connections;
    await store.save(
      {
        provider: 'teams',
        workspaceId: tenant.tenantId,
        name: 'Acme Teams',
        webUrl: 'https://teams.microsoft.com/',
        appId: app.clientId,
        botUserId: null,
        credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: randomBytes(32).toString('base64url') },
        eventDelivery: 'PUSH',
      },
      null,
    );
    for (const [email, userId] of [['alice@acme.test', alice], ['bob@acme.test', bob]] as const) {
      const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      const refreshToken = tenant.issueRefreshToken(app.clientId, userId, ['ChannelMessage.Read.All', 'ChannelMessage.Send']).token;
      await store.link({ provider: 'teams', workspaceId: tenant.tenantId, accountId: account.id, externalUserId: userId, userToken: refreshToken, linkedVia: 'TOKEN' });
    }
    services.connections.changed({ provider: 'teams', workspaceId: tenant.tenantId });
    const runtime = services.registry.require('teams').runtime as TeamsRuntime;
    await runtime.openFresh(tenant.tenantId);
    expect(await runtime.subscribe(tenant.tenantId, `http://127.0.0.1:${live.port}`)).toHaveLength(5);
    const directory = await live.http('demo-alice', TeamsChannels);
    workspaceId = directory.data!.workspaces.find((candidate) => candidate.provider === 'MICROSOFT_TEAMS')!.id;
  });
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  /** Lets the fake post its notifications and the server finish the work after its 202. */
  async function delivered(): Promise<void> {
    await fake.notifications.flush();
    await live.testApp.started.services.afterAck.idle();
  }

  const inGeneral = (): Container => ({ kind: 'channel', teamId: team.id, channelId: general.id });

  it('a reaction added in Teams arrives as REACTION_ADDED with its emoji and actor, its removal as REACTION_REMOVED', async () => {
    const stream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const message = fake.tenant.addMessage(inGeneral(), alice, { body: { contentType: 'html', content: '<p>Ship it?</p>' } });
    await delivered();
    expect(await stream.events.next('MESSAGE_CREATED')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'Ship it?' } });

    fake.tenant.react(inGeneral(), message.id, null, bob, '👍', true);
    await delivered();
    expect(await stream.events.next('REACTION_ADDED')).toMatchObject({
      type: 'REACTION_ADDED',
      emoji: ':thumbsup:',
      actor: { name: 'Bob Martinez' },
      channel: { name: 'general' },
      message: { text: 'Ship it?', reactions: [{ emoji: ':thumbsup:', count: 1 }] },
    });

    fake.tenant.react(inGeneral(), message.id, null, bob, '👍', false);
    await delivered();
    expect(await stream.events.next('REACTION_REMOVED')).toMatchObject({ type: 'REACTION_REMOVED', emoji: ':thumbsup:', actor: { name: 'Bob Martinez' }, message: { reactions: [] } });

    // An edit is still an update, and only that.
    fake.tenant.update(inGeneral(), message.id, null, alice, { body: { contentType: 'html', content: '<p>Ship it!</p>' } });
    await delivered();
    expect(await stream.events.next('MESSAGE_UPDATED')).toMatchObject({ type: 'MESSAGE_UPDATED', message: { text: 'Ship it!' } });
    expect(stream.events.history.map((event) => event.type)).toEqual(['MESSAGE_CREATED', 'REACTION_ADDED', 'REACTION_REMOVED', 'MESSAGE_UPDATED']);
  });

  it('a reaction in a channel bob is not in reaches alice only', async () => {
    const aliceStream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const bobStream = await live.subscribe('demo-bob', { filter: { workspaceIds: [workspaceId] } });
    const inSecret: Container = { kind: 'channel', teamId: team.id, channelId: secret.id };
    const message = fake.tenant.addMessage(inSecret, alice, { body: { contentType: 'html', content: '<p>Launch on the 14th</p>' } });
    await delivered();
    fake.tenant.react(inSecret, message.id, null, alice, '🎉', true);
    await delivered();
    expect(await aliceStream.events.next('MESSAGE_CREATED')).toMatchObject({ type: 'MESSAGE_CREATED' });
    expect(await aliceStream.events.next('REACTION_ADDED')).toMatchObject({ type: 'REACTION_ADDED', emoji: ':tada:', actor: { name: 'Alice Chen' }, channel: { name: 'secret-plans' } });

    // Bob's next event is one of #general: nothing of #secret-plans came before it.
    fake.tenant.addMessage(inGeneral(), alice, { body: { contentType: 'html', content: '<p>Lunch?</p>' } });
    await delivered();
    expect(await bobStream.events.next('the #general message')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'general' } });
    expect(bobStream.events.history).toHaveLength(1);
  });

  it('our own reaction through Switchboard, echoed back by Graph, is delivered once', async () => {
    const stream = await live.subscribe('demo-bob', { filter: { workspaceIds: [workspaceId] } });
    fake.tenant.addMessage(inGeneral(), alice, { body: { contentType: 'html', content: '<p>Echo?</p>' } });
    await delivered();
    const created = await stream.events.next('MESSAGE_CREATED');
    const reacted = await live.http('demo-alice', AddReaction, { input: { messageId: created.message!.id, emoji: '👍' } });
    expect(reacted.data?.addReaction.userErrors).toEqual([]);
    await delivered();
    expect(await stream.events.next('REACTION_ADDED')).toMatchObject({ type: 'REACTION_ADDED', emoji: ':thumbsup:', actor: { name: 'Alice Chen' } });
    // The notification of the same reaction was the echo: the next event bob gets is a new message.
    fake.tenant.addMessage(inGeneral(), alice, { body: { contentType: 'html', content: '<p>after</p>' } });
    await delivered();
    expect(await stream.events.next('the next message')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'after' } });
    expect(stream.events.history.map((event) => event.type)).toEqual(['MESSAGE_CREATED', 'REACTION_ADDED', 'MESSAGE_CREATED']);
  });
});

describe('Teams reaction memory', () => {
  let t: TeamsTenant;
  let channel: Container;
  let sequence = 0;

  beforeAll(async () => {
    t = await openTeamsTenant();
    channel = { kind: 'channel', teamId: t.team.id, channelId: t.publicChannel.id };
  });
  afterAll(async () => {
    await t?.close();
  });

  const notification = (changeType: ChangeNotification['changeType'], messageId: string): ChangeNotification => ({
    subscriptionId: 's-1',
    changeType,
    clientState: null,
    tenantId: t.fake.tenant.tenantId,
    resource: `teams('${t.team.id}')/channels('${t.publicChannel.id}')/messages('${messageId}')`,
    resourceId: messageId,
    id: `n-${(sequence += 1)}`,
  });

  it('after a restart (the previous reactions unknown) a reaction is MESSAGE_UPDATED, then known again', async () => {
    const message = t.fake.tenant.addMessage(channel, t.owner.id, { body: { contentType: 'html', content: '<p>hi</p>' } });
    const before = t.provider;
    expect((await changesOfNotification(before.connection, notification('created', message.id), new Date())).map((change) => change.envelope.type)).toEqual(['MESSAGE_CREATED']);

    const restarted = t.reopen(); // a new process: nothing remembered
    t.fake.tenant.react(channel, message.id, null, t.member.id, '❤️', true);
    const first = await changesOfNotification(restarted.connection, notification('updated', message.id), new Date());
    expect(first.map((change) => [change.envelope.type, change.envelope.emoji])).toEqual([['MESSAGE_UPDATED', null]]);

    // The process that saw it created tells the same update apart.
    const known = await changesOfNotification(before.connection, notification('updated', message.id), new Date());
    expect(known.map((change) => change.envelope)).toEqual([
      expect.objectContaining({ type: 'REACTION_ADDED', emoji: ':heart:', actorId: t.member.id, messageId: messageNativeId(channel, message.id) }),
    ]);

    // From now on the restarted one knows the set too.
    t.fake.tenant.react(channel, message.id, null, t.member.id, '❤️', false);
    const next = await changesOfNotification(restarted.connection, notification('updated', message.id), new Date());
    expect(next.map((change) => [change.envelope.type, change.envelope.emoji, change.envelope.actorId])).toEqual([['REACTION_REMOVED', ':heart:', t.member.id]]);
  });

  it('is bounded: the least recently seen message is forgotten first', () => {
    const memory = new ReactionMemory(2);
    const state = { stamp: '|', reactions: [] };
    memory.observe('a', state);
    memory.observe('b', state);
    memory.observe('a', state);
    memory.observe('c', state);
    expect(memory.size).toBe(2);
    expect(memory.observe('b', state)).toBeNull(); // forgotten; remembering it again forgets 'a'
    expect(memory.observe('c', { stamp: '|', reactions: [{ emoji: ':eyes:', actorId: 'u-1' }] })).toEqual({ added: [{ emoji: ':eyes:', actorId: 'u-1' }], removed: [], edited: false });
  });
});

describe('Teams reactions in delta rounds (POLL)', () => {
  let t: TeamsTenant;

  beforeAll(async () => {
    t = await openTeamsTenant();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a chat reaction found by a polling round is REACTION_ADDED once the message was seen in an earlier round', async () => {
    const chat = t.fake.tenant.addChat([t.owner.id, t.member.id]);
    const container: Container = { kind: 'chat', chatId: chat.id };
    const message = t.fake.tenant.addMessage(container, t.owner.id, { body: { contentType: 'html', content: '<p>lunch?</p>' } });
    const baseline = await pollChat(t.provider.connection, APP, chat.id, null);
    expect(baseline.changes).toEqual([]);
    // The fake's clock moves on, so the reaction is a later change than the baseline's newest.
    await new Promise((resolve) => setTimeout(resolve, 5));
    t.fake.tenant.react(container, message.id, null, t.member.id, '👍', true);
    const round = await pollChat(t.provider.connection, APP, chat.id, baseline.since);
    expect(round.changes.map(({ envelope }) => [envelope.type, envelope.emoji, envelope.actorId])).toEqual([['REACTION_ADDED', ':thumbsup:', t.member.id]]);
  });
});
