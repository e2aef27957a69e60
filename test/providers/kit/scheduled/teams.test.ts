import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../../../../src/providers/ids.js';
import { Scheduler } from '../../../../src/scheduler/scheduler.js';
import { startTestApp, type TestApp } from '../../../../testkit/app.js';
import { startFakeGraph, type FakeChannel, type FakeGraph, type FakeTeam } from '../../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../../testkit/fakes/graph/settings.js';
import { graphql } from '../../../../testkit/gql/index.js';

/**
 * Teams on the kit's emulated scheduled messages, as the server runs it (src/providers/index.ts: the Teams
 * definition wrapped by withEmulatedScheduledMessages): Graph has no scheduled send, so the message waits
 * sealed in Switchboard's table and the scheduler posts it through the Teams send path (the fake Graph),
 * once, with its delivery key; then the table keeps no words of it.
 */

const TeamsWorkspace = graphql(`
  query KitTeamsWorkspace {
    workspaces { id provider capabilities { scheduledMessages } channels(first: 50) { nodes { id name } } }
  }
`);

const Schedule = graphql(`
  mutation KitTeamsSchedule($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      scheduledMessage { id text status }
      userErrors { code message field }
    }
  }
`);

const Node = graphql(`
  query KitTeamsScheduled($id: ID!) {
    node(id: $id) { ... on ScheduledMessage { status lastError sentMessage { text author { name } } } }
  }
`);

describe('Teams scheduled messages, kept by Switchboard and sent through Graph', () => {
  let fake: FakeGraph;
  let app: TestApp;
  let team: FakeTeam;
  let general: FakeChannel;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme Teams' });
    const { tenant } = fake;
    const graphApp = tenant.addApp();
    const alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    const bob = tenant.addUser('Bob Martinez', { mailNickname: 'bob' }).id;
    team = tenant.addTeam('Acme', [alice, bob], { ownerIds: [alice] });
    general = tenant.addChannel(team.id, 'general');
    app = await startTestApp('pglite', { connections: teamsServerSettings(fake, graphApp) });
    const services = app.started.services;
    const { store } = services.connections;
    await store.save(
      {
        provider: 'teams',
        workspaceId: tenant.tenantId,
        name: 'Acme Teams',
        webUrl: 'https://teams.microsoft.com/',
        appId: graphApp.clientId,
        botUserId: null,
        credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: randomBytes(32).toString('base64url') },
        eventDelivery: 'PUSH',
      },
      null,
    );
    for (const [email, userId] of [['alice@acme.test', alice], ['bob@acme.test', bob]] as const) {
      const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      const refreshToken = tenant.issueRefreshToken(graphApp.clientId, userId, ['ChannelMessage.Send', 'ChannelMessage.Read.All']).token;
      await store.link({ provider: 'teams', workspaceId: tenant.tenantId, accountId: account.id, externalUserId: userId, userToken: refreshToken, linkedVia: 'TOKEN' });
    }
    services.connections.changed({ provider: 'teams', workspaceId: tenant.tenantId });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const postedInGeneral = (text: string) =>
    (fake.tenant.messages.get(`channel|${team.id}|${general.id}`) ?? []).filter((message) => message.body.content.includes(text)).length;

  it('says EMULATED, keeps the content sealed, and posts it once at its time through Graph', async () => {
    const { data } = await app.gql('demo-alice', TeamsWorkspace);
    const workspace = data!.workspaces.find((candidate) => candidate.provider === 'MICROSOFT_TEAMS')!;
    expect(workspace.capabilities.scheduledMessages).toBe('EMULATED');
    const channelId = workspace.channels.nodes.find((channel) => channel.name === 'general')!.id;

    const text = `Teams later ${randomUUID()}`;
    const scheduled = await app.gql('demo-alice', Schedule, { input: { channelId, text, scheduledFor: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(scheduled.data!.scheduleMessage.userErrors).toEqual([]);
    const id = scheduled.data!.scheduleMessage.scheduledMessage!.id;
    const db = app.started.services.database.db;
    const row = () => db.selectFrom('emulated_scheduled_messages').selectAll().where('id', '=', decodeGlobalId(id).nativeId).executeTakeFirstOrThrow();
    expect(await row()).toMatchObject({ provider: 'teams', status: 'PENDING' });
    expect(JSON.stringify(await row())).not.toContain(text);
    expect(postedInGeneral(text)).toBe(0);

    const due = new Date(Date.now() + 2 * 3_600_000);
    const reports = await Promise.all([new Scheduler(app.started.services).runDue(due), new Scheduler(app.started.services).runDue(due)]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(1);
    expect(postedInGeneral(text)).toBe(1);
    expect(await app.gql('demo-alice', Node, { id }).then((result) => result.data!.node)).toMatchObject({
      status: 'SENT',
      lastError: null,
      sentMessage: { text, author: { name: 'Alice Chen' } },
    });
    expect(await row()).toMatchObject({ status: 'SENT', content_sealed: null });
    expect(fake.calls.filter((call) => call.route === 'channel.message.post')).toHaveLength(1);
  });
});
