import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphRouteFamily } from '../../../src/providers/kit/graph/family.js';
import type { TeamsRuntime } from '../../../src/providers/teams/index.js';
import { startServices, type StartedServices } from '../../../src/services.js';
import { createTestDatabase, type TestDatabase } from '../../../testkit/databases.js';
import { startFakeGraph, type FakeChannel, type FakeGraph, type FakeTeam } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * Graph subscriptions stored in graph_subscriptions and renewed exactly once across server processes: two
 * servers (two connection pools, as two processes would have) share one PostgreSQL database; their renewers
 * race over the same due subscriptions and the fake Graph counts the PATCH /subscriptions/{id} calls. Then
 * the lifecycle notifications on /webhooks/microsoft/lifecycle: reauthorizationRequired → reauthorize,
 * subscriptionRemoved → recreated (new id stored, old one gone), missed → a delta resynchronisation whose
 * changes reach a graphql-ws subscriber. Time is passed in; nothing waits for a timer.
 */

const MINUTE = 60_000;

const Workspaces = graphql(`
  query TeamsSubscriptionsWorkspaces {
    workspaces { id provider }
  }
`);

describe('Graph subscriptions shared by two servers on one PostgreSQL', () => {
  let fake: FakeGraph;
  let database: TestDatabase;
  let live: LiveServer;
  let second: StartedServices;
  let first: GraphRouteFamily;
  let other: GraphRouteFamily;
  let team: FakeTeam;
  let general: FakeChannel;
  let alice: string;
  let tenantId: string;
  let publicUrl: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Renewals Inc' });
    const { tenant } = fake;
    tenantId = tenant.tenantId;
    const graphApp = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    team = tenant.addTeam('Renewals', [alice], { ownerIds: [alice] });
    general = tenant.addChannel(team.id, 'general');
    const connections = teamsServerSettings(fake, graphApp);
    database = await createTestDatabase('postgres');
    live = await startLiveServer('postgres', { database, connections });
    publicUrl = `http://127.0.0.1:${live.port}`;
    second = await startServices({ database: database.target, publicUrl: 'http://switchboard.test', seedDemo: false, connections }, { integrations: { pollers: false } });

    const services = live.testApp.started.services;
    const { store } = services.connections;
    await store.save(
      {
        provider: 'teams',
        workspaceId: tenantId,
        name: 'Renewals Inc',
        webUrl: null,
        appId: graphApp.clientId,
        botUserId: null,
        credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: null },
        eventDelivery: 'PUSH',
      },
      null,
    );
    const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    const refreshToken = tenant.issueRefreshToken(graphApp.clientId, alice, ['ChannelMessage.Read.All']).token;
    await store.link({ provider: 'teams', workspaceId: tenantId, accountId: account.id, externalUserId: alice, userToken: refreshToken, linkedVia: 'TOKEN' });
    services.connections.changed({ provider: 'teams', workspaceId: tenantId });
    first = services.registry.family('microsoft')!.runtime as GraphRouteFamily;
    other = second.services.registry.family('microsoft')!.runtime as GraphRouteFamily;
  }, 120_000);
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await second?.close();
    await live?.close();
    await database?.drop();
    await fake?.close();
  });

  const runtime = () => live.testApp.started.services.registry.require('teams').runtime as TeamsRuntime;
  const renewCalls = () => fake.calls.filter((call) => call.route === 'subscription.renew');

  it('stores the subscriptions a tenant gets, with the clientState sealed', async () => {
    const ids = await runtime().subscribe(tenantId, publicUrl);
    // Channel-level ones too, so that the race below has more than two rows to share.
    ids.push(
      ...(await first.subscribe('teams', tenantId, [1, 2, 3, 4].map(() => ({ resource: `/teams/${team.id}/channels/${general.id}/messages`, changeTypes: ['created' as const] })), publicUrl)),
    );
    expect(ids).toHaveLength(9);
    const rows = await live.testApp.started.services.database.db.selectFrom('graph_subscriptions').selectAll().execute();
    expect(rows.map((row) => row.subscription_id).sort()).toEqual([...ids].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ provider: 'teams', workspace_id: tenantId, notification_url: `${publicUrl}/webhooks/microsoft`, lease_until: null });
      // Sealed: the clientState Graph holds is not in the row.
      expect(row.client_state_sealed).toMatch(/^sb-enc:v1:/);
      expect(row.client_state_sealed).not.toContain(fake.notifications.subscriptions.get(row.subscription_id)!.clientState!);
    }
    expect((await first.store.find(ids[0]))!.clientState).toBe(fake.notifications.subscriptions.get(ids[0])!.clientState);
  });

  it('two renewers racing over the due subscriptions renew each exactly once', async () => {
    const due = await first.store.ofConnection('teams', tenantId);
    fake.resetCalls();
    const now = new Date(Date.now() + 50 * MINUTE);
    const reports = await Promise.all([first.renewer.runDue(now), other.renewer.runDue(now), first.renewer.runDue(now), other.renewer.runDue(now)]);
    expect(reports.reduce((sum, report) => sum + report.renewed, 0)).toBe(due.length);
    expect(reports.every((report) => report.failed === 0 && report.recreated === 0)).toBe(true);
    expect(renewCalls()).toHaveLength(due.length);
    expect(new Set(renewCalls().map((call) => call.path)).size).toBe(due.length);
    for (const subscription of await first.store.ofConnection('teams', tenantId)) {
      expect(subscription.expiresAt.getTime()).toBeGreaterThan(now.getTime() + 50 * MINUTE);
      expect(Date.parse(fake.notifications.subscriptions.get(subscription.subscriptionId)!.expirationDateTime)).toBe(subscription.expiresAt.getTime());
    }
    // Renewed: nothing is due at that time any more.
    expect(await other.renewer.runDue(now)).toEqual({ renewed: 0, recreated: 0, failed: 0 });
    expect(renewCalls()).toHaveLength(due.length);
  });

  it('a claim whose process died holds until its lease runs out, then another renews it', async () => {
    const [soonest] = await first.store.ofConnection('teams', tenantId);
    const now = new Date(soonest.expiresAt.getTime() - 5 * MINUTE);
    // A process claims everything due and dies before renewing.
    const claimed = await other.store.claimDue({ now, marginMs: 10 * MINUTE, leaseMs: 2 * MINUTE, limit: 100 });
    expect(claimed.length).toBeGreaterThan(0);
    fake.resetCalls();
    expect(await first.renewer.runDue(new Date(now.getTime() + MINUTE))).toEqual({ renewed: 0, recreated: 0, failed: 0 });
    expect(renewCalls()).toHaveLength(0);
    const report = await first.renewer.runDue(new Date(now.getTime() + 3 * MINUTE));
    expect(report.renewed).toBe(claimed.length);
    expect(renewCalls()).toHaveLength(claimed.length);
  });

  it('a subscription Graph no longer has is recreated by the renewer', async () => {
    const [gone] = await first.store.ofConnection('teams', tenantId);
    fake.notifications.subscriptions.delete(gone.subscriptionId);
    fake.resetCalls();
    const report = await other.renewer.runDue(new Date(gone.expiresAt.getTime() - 5 * MINUTE));
    expect(report.recreated).toBe(1);
    expect(fake.count('subscriptions.create')).toBe(1);
    expect(await first.store.find(gone.subscriptionId)).toBeNull();
    const now = await first.store.ofConnection('teams', tenantId);
    expect(now.filter((subscription) => subscription.resource === gone.resource).length).toBeGreaterThan(0);
  });

  async function settled(): Promise<void> {
    await fake.notifications.flush();
    await first.idle();
    await live.testApp.started.services.afterAck.idle();
  }

  const tenantWide = async () => (await first.store.ofConnection('teams', tenantId)).find((subscription) => subscription.resource === '/teams/getAllMessages')!;

  it('lifecycle: reauthorizationRequired reauthorizes, subscriptionRemoved recreates', async () => {
    fake.resetCalls();
    const subscription = await tenantWide();
    await fake.notifications.sendLifecycle(subscription.subscriptionId, 'reauthorizationRequired');
    await settled();
    expect(fake.calls.filter((call) => call.route === 'subscription.reauthorize').map((call) => call.path)).toEqual([`/subscriptions/${subscription.subscriptionId}/reauthorize`]);

    await fake.notifications.sendLifecycle(subscription.subscriptionId, 'subscriptionRemoved');
    await settled();
    expect(await first.store.find(subscription.subscriptionId)).toBeNull();
    const replacement = await tenantWide();
    expect(replacement.subscriptionId).not.toBe(subscription.subscriptionId);
    expect(fake.notifications.subscriptions.has(replacement.subscriptionId)).toBe(true);
  });

  it('a lifecycle notification with a wrong clientState or an unknown subscription does nothing', async () => {
    fake.resetCalls();
    const subscription = await tenantWide();
    for (const item of [
      { subscriptionId: subscription.subscriptionId, clientState: 'guess', lifecycleEvent: 'subscriptionRemoved', tenantId },
      { subscriptionId: 'unknown', clientState: 'guess', lifecycleEvent: 'reauthorizationRequired', tenantId },
    ]) {
      const answer = await fetch(`${publicUrl}/webhooks/microsoft/lifecycle`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value: [item] }) });
      expect(answer.status).toBe(202);
    }
    await settled();
    expect(fake.calls).toHaveLength(0);
    expect((await tenantWide()).subscriptionId).toBe(subscription.subscriptionId);
  });

  it('missed: a delta resynchronisation publishes what the lost notifications would have', async () => {
    const { data } = await live.http('demo-alice', Workspaces);
    const workspaceId = data!.workspaces.find((workspace) => workspace.provider === 'MICROSOFT_TEAMS')!.id;
    const stream = await live.subscribe('demo-alice', { filter: { workspaceIds: [workspaceId] } });
    fake.notifications.dropping = true;
    fake.tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: general.id }, alice, { body: { contentType: 'html', content: '<p>lost in transit</p>' } });
    fake.notifications.dropping = false;
    expect(fake.notifications.dropped).toBeGreaterThan(0);
    fake.resetCalls();
    await fake.notifications.sendLifecycle((await tenantWide()).subscriptionId, 'missed');
    await settled();
    expect(fake.count('channel.messages.delta')).toBeGreaterThan(0);
    expect(await stream.events.next('the missed message')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'lost in transit' } });
    // The position is stored (metadata): a second resynchronisation continues from it and publishes nothing again.
    const positions = await live.testApp.started.services.database.db.selectFrom('provider_poll_cursors').select('channel_id').where('provider', '=', 'teams').execute();
    expect(positions.map((row) => row.channel_id)).toContain(`channel:${team.id}/${general.id}`);
    await fake.notifications.sendLifecycle((await tenantWide()).subscriptionId, 'missed');
    await settled();
    expect(stream.events.history).toHaveLength(1);
  });
});
