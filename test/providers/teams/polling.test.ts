import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TeamsPoller } from '../../../src/providers/teams/poller.js';
import type { TeamsRuntime } from '../../../src/providers/teams/index.js';
import { startFakeGraph, type FakeChannel, type FakeChat, type FakeGraph, type FakeTeam } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';
import type { GraphChatMessage } from '../../../testkit/fakes/graph/wire.js';

/**
 * Delta polling for a tenant without a public URL (eventDelivery POLL), end to end to graphql-ws subscribers:
 * the first round is a baseline; later rounds publish new roots, replies of followed roots (replies/delta)
 * and chat messages; positions are stored per connection and resource (provider_poll_cursors, metadata), so
 * a new poller — a restarted process — continues from them instead of starting new baselines. A person
 * outside a private channel receives nothing of it.
 */

const Workspaces = graphql(`
  query TeamsPollingWorkspaces {
    workspaces { id provider }
  }
`);

describe('Teams delta polling (eventDelivery POLL)', () => {
  let fake: FakeGraph;
  let live: LiveServer;
  let team: FakeTeam;
  let general: FakeChannel;
  let secret: FakeChannel;
  let chat: FakeChat;
  let root: GraphChatMessage;
  let alice: string;
  let bob: string;
  let tenantId: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Polled Co' });
    const { tenant } = fake;
    tenantId = tenant.tenantId;
    const graphApp = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    bob = tenant.addUser('Bob Martinez', { mailNickname: 'bob' }).id;
    team = tenant.addTeam('Polled', [alice, bob], { ownerIds: [alice] });
    general = tenant.addChannel(team.id, 'general');
    secret = tenant.addChannel(team.id, 'secret-plans', { membershipType: 'private', memberIds: [alice] });
    chat = tenant.addChat([alice, bob]);
    root = tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: general.id }, alice, { body: { contentType: 'text', content: 'before the baseline' } });
    live = await startLiveServer('pglite', { connections: teamsServerSettings(fake, graphApp) });
    const services = live.testApp.started.services;
    const { store } = services.connections;
    await store.save(
      {
        provider: 'teams',
        workspaceId: tenantId,
        name: 'Polled Co',
        webUrl: null,
        appId: graphApp.clientId,
        botUserId: null,
        credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: null },
        eventDelivery: 'POLL',
      },
      null,
    );
    for (const [email, userId] of [['alice@acme.test', alice], ['bob@acme.test', bob]] as const) {
      const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      const refreshToken = tenant.issueRefreshToken(graphApp.clientId, userId, ['ChannelMessage.Read.All']).token;
      await store.link({ provider: 'teams', workspaceId: tenantId, accountId: account.id, externalUserId: userId, userToken: refreshToken, linkedVia: 'TOKEN' });
    }
    services.connections.changed({ provider: 'teams', workspaceId: tenantId });
  }, 60_000);
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  const runtime = () => live.testApp.started.services.registry.require('teams').runtime as TeamsRuntime;

  it('the first round is a baseline: nothing published, positions stored', async () => {
    const result = await runtime().poller.pollOnce();
    expect(result).toMatchObject({ workspaces: 1, published: 0 });
    const positions = await live.testApp.started.services.database.db.selectFrom('provider_poll_cursors').select(['channel_id', 'last_seen']).where('provider', '=', 'teams').execute();
    const keys = positions.map((row) => row.channel_id);
    expect(keys).toEqual(expect.arrayContaining([`channel:${team.id}/${general.id}`, `channel:${team.id}/${secret.id}`, `replies:${team.id}/${general.id}/${root.id}`, `chat:${chat.id}`]));
    // Metadata only: Graph's delta links, instants, ids — never a message's text.
    expect(positions.map((row) => row.last_seen).join('\n')).not.toContain('before the baseline');
  });

  it('a new poller (a restarted process) continues from the stored positions: roots, replies and chat messages reach subscribers once', async () => {
    const { data } = await live.http('demo-alice', Workspaces);
    const workspaceId = data!.workspaces.find((workspace) => workspace.provider === 'MICROSOFT_TEAMS')!.id;
    const aliceStream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const bobStream = await live.subscribe('demo-bob', { filter: { workspaceIds: [workspaceId] } });

    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: secret.id }, alice, { body: { contentType: 'text', content: 'private news' } });
    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: general.id }, alice, { body: { contentType: 'text', content: 'a reply after the baseline' }, replyToId: root.id });
    await new Promise((resolve) => setTimeout(resolve, 5));
    fake.tenant.addMessage({ kind: 'chat', chatId: chat.id }, bob, { body: { contentType: 'text', content: 'hi alice' } });

    const restarted = new TeamsPoller(runtime().server, runtime().workspaces);
    fake.resetCalls();
    const result = await restarted.pollOnce();
    expect(result.published).toBe(3);
    // Continued, not a new baseline: the channels' and the followed root's delta reads start from stored deltaLinks;
    // the new root in #secret-plans has its replies read from the start (a filtered first round).
    const rootCalls = fake.calls.filter((call) => call.route === 'channel.messages.delta');
    expect(rootCalls.length).toBeGreaterThanOrEqual(2);
    expect(rootCalls.every((call) => call.query.includes('deltatoken'))).toBe(true);
    const replyCalls = fake.calls.filter((call) => call.route === 'channel.replies.delta');
    expect(replyCalls.filter((call) => call.path.includes(root.id)).every((call) => call.query.includes('deltatoken'))).toBe(true);
    expect(replyCalls.filter((call) => !call.query.includes('deltatoken')).every((call) => decodeURIComponent(call.query).includes('lastModifiedDateTime gt'))).toBe(true);
    await live.testApp.started.services.afterAck.idle();

    const texts: string[] = [];
    for (let i = 0; i < 3; i += 1) texts.push((await aliceStream.events.next(`alice event ${i + 1}`)).message!.text);
    expect(texts.sort()).toEqual(['a reply after the baseline', 'hi alice', 'private news']);
    const bobTexts: string[] = [];
    for (let i = 0; i < 2; i += 1) bobTexts.push((await bobStream.events.next(`bob event ${i + 1}`)).message!.text);
    expect(bobTexts.sort()).toEqual(['a reply after the baseline', 'hi alice']);

    // Nothing new: nothing published again.
    expect((await runtime().poller.pollOnce()).published).toBe(0);
    expect(bobStream.events.history).toHaveLength(2);
  });
});
