import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TeamsRuntime } from '../../../src/providers/teams/index.js';
import { startFakeGraph, type FakeChannel, type FakeGraph, type FakeTeam } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * End to end over a real port, with the Teams definition as the server runs it (src/providers/index.ts):
 * a tenant connected in the store (its app token renewed by the connection store through the definition's
 * `refresh`), the change-notification subscriptions created against the fake Graph (which performs the
 * validationToken handshake on /webhooks/microsoft, the route family Teams shares with Outlook), a message
 * posted in the fake, Graph's notification to /webhooks/microsoft, the ingest path, and graphql-ws subscribers: alice (in the private channel) gets the
 * message resolved through the Teams provider; bob, outside it, gets nothing of it.
 */

const TeamsChannels = graphql(`
  query TeamsLiveChannels {
    workspaces { id provider name channels(first: 50) { nodes { id name } } }
  }
`);

describe('Teams change notifications to graphql-ws subscribers', () => {
  let fake: FakeGraph;
  let live: LiveServer;
  let team: FakeTeam;
  let secret: FakeChannel;
  let general: FakeChannel;
  let alice: string;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme Teams' });
    const { tenant } = fake;
    const app = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    const bob = tenant.addUser('Bob Martinez', { mailNickname: 'bob' }).id;
    team = tenant.addTeam('Acme', [alice, bob], { ownerIds: [alice] });
    general = tenant.addChannel(team.id, 'general');
    secret = tenant.addChannel(team.id, 'secret-plans', { membershipType: 'private', memberIds: [alice] });

    const connections = teamsServerSettings(fake, app);
    live = await startLiveServer('pglite', { connections });

    const services = live.testApp.started.services;
    const { store } = services.connections;
    // As the OAuth install stores it; the app token is already expired, so the first load renews it.
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
      const refreshToken = tenant.issueRefreshToken(app.clientId, userId, ['ChannelMessage.Read.All']).token;
      await store.link({ provider: 'teams', workspaceId: tenant.tenantId, accountId: account.id, externalUserId: userId, userToken: refreshToken, linkedVia: 'TOKEN' });
    }
    services.connections.changed({ provider: 'teams', workspaceId: tenant.tenantId });

    const runtime = services.registry.require('teams').runtime as TeamsRuntime;
    // Opening the tenant renewed the expired app token through the definition's credentials.refresh.
    await runtime.openFresh(tenant.tenantId);
    const renewed = await store.load('teams', tenant.tenantId);
    expect(renewed!.credentials.accessToken).not.toBe('expired');
    expect(renewed!.credentials.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    const subscriptions = await runtime.subscribe(tenant.tenantId, `http://127.0.0.1:${live.port}`);
    expect(subscriptions).toHaveLength(5);

    const directory = await live.http('demo-alice', TeamsChannels);
    const workspace = directory.data!.workspaces.find((candidate) => candidate.provider === 'MICROSOFT_TEAMS')!;
    expect(workspace).toMatchObject({ name: 'Acme Teams' });
    expect(workspace.channels.nodes.map((channel) => channel.name)).toEqual(expect.arrayContaining(['general', 'secret-plans']));
    workspaceId = workspace.id;
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

  it('a message posted in the fake reaches alice through a change notification; bob, outside the private channel, gets nothing', async () => {
    const aliceStream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const bobStream = await live.subscribe('demo-bob', { filter: { workspaceIds: [workspaceId] } });

    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: secret.id }, alice, { body: { contentType: 'html', content: '<p>The launch date is the 14th</p>' } });
    await delivered();
    const event = await aliceStream.events.next('the #secret-plans MESSAGE_CREATED');
    expect(event).toMatchObject({
      type: 'MESSAGE_CREATED',
      workspace: { id: workspaceId, name: 'Acme Teams' },
      channel: { name: 'secret-plans' },
      message: { text: 'The launch date is the 14th', author: { name: 'Alice Chen' }, deletedAt: null },
    });

    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: general.id }, alice, { body: { contentType: 'html', content: '<p>Lunch at noon?</p>' } });
    await delivered();
    expect(await bobStream.events.next('the #general MESSAGE_CREATED')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'general' }, message: { text: 'Lunch at noon?' } });
    expect(bobStream.events.history).toHaveLength(1);
    expect(await aliceStream.events.next('the #general event for alice')).toMatchObject({ message: { text: 'Lunch at noon?' } });
  });

  it('answers the validation handshake and refuses a notification with the wrong clientState', async () => {
    const url = `http://127.0.0.1:${live.port}/webhooks/microsoft`;
    const validation = await fetch(`${url}?validationToken=${encodeURIComponent('token with+plus')}`, { method: 'POST' });
    expect(validation.status).toBe(200);
    expect(validation.headers.get('content-type')).toContain('text/plain');
    expect(await validation.text()).toBe('token with+plus');

    const stream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    const forged = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        value: [{ subscriptionId: 'x', changeType: 'created', clientState: 'guess', tenantId: fake.tenant.tenantId, resource: `teams('${team.id}')/channels('${general.id}')/messages('1700000000001')` }],
      }),
    });
    expect(forged.status).toBe(202);
    await live.testApp.started.services.afterAck.idle();
    // Nothing was published: the next event alice sees is the one of a real message.
    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: general.id }, alice, { body: { contentType: 'html', content: '<p>real</p>' } });
    await delivered();
    expect(await stream.events.next('the real message')).toMatchObject({ message: { text: 'real' } });
    expect(stream.events.history).toHaveLength(1);
  });
});
