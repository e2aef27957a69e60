import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import type { TeamsRuntime, TeamsSettings } from '../../src/providers/teams/index.js';
import { createApiKey } from '../../src/store/api-keys.js';
import { ThreadTreeByDescendants } from '../../testkit/documents.js';
import { startFakeGraph, type FakeGraph } from '../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../testkit/fakes/graph/settings.js';
import { startLiveServer, type LiveServer } from '../../testkit/subscriptions.js';
import type { TestApp } from '../../testkit/app.js';
import { seedTenant } from './teams.js';
import { pacedQueries, type GraphEconomyResult } from './economy.js';

/**
 * Provider-call economy on Microsoft Teams: a team's viewers refresh the same thread tree many times a
 * minute. The tenant is the calls bench's (./teams.ts: one team of 5 channels, 40 roots, 60 replies), plus a
 * private channel only alice is in, connected with change notifications (PUSH, subscriptions created
 * against a listening server, so the fake Graph delivers them to /webhooks/microsoft). Switchboard's rate
 * budget is the production one (limits.md 5b at 80%: 0.8 channel-message reads a second per channel, a
 * 10-second burst) and the fake Graph answers 429 past Graph's 20 channel-message reads a second per
 * tenant. Viewers: alice and bob with their own delegated grants (Graph decides what each sees), and
 * carol, dave and erin linked without one, who read through the app's grant (their access is their own
 * joinedTeams and chats). Queries go round-robin over the viewers, `spanMs` apart in total. `cached: false`
 * connects the tenant as polled (POLL: the read cache only shares identical reads in flight, and no poller
 * runs here), for the figure without reuse.
 */

export type TeamsEconomyResult = GraphEconomyResult;

export interface TeamsEconomyScenario {
  live: LiveServer;
  app: TestApp;
  fake: FakeGraph;
  tenant: ReturnType<typeof seedTenant> & { secretChannelId: string };
  workspaceId: string;
  /** The viewers' API keys: alice, bob (own grants), carol, dave, erin (through the app's grant). */
  keys: string[];
  /** Runs one thread-tree query as viewer `index` (mod the number of viewers). */
  tree(index: number): Promise<{ data?: unknown; errors?: ReadonlyArray<{ extensions?: { code?: string } }> }>;
  /** HTTP requests Graph received since `fake.resetCalls()`, the token endpoint left out. */
  requests(): number;
  /** Lets the fake post its change notifications and the server finish the work after its 202. */
  delivered(): Promise<void>;
  close(): Promise<void>;
}

const VIEWERS = ['alice', 'bob', 'carol', 'dave', 'erin'];
/** Viewers linked with a delegated grant of their own; the others read through the app's. */
const GRANTED = new Set(['alice', 'bob']);

/** The fake tenant, Switchboard connected to it with change notifications (or polled, `cached: false`), and five viewers. */
export async function openTeamsEconomyScenario(options: { cached?: boolean } = {}): Promise<TeamsEconomyScenario> {
  const cached = options.cached ?? true;
  const fake = await startFakeGraph({ displayName: 'Economy on Teams' });
  let live: LiveServer | undefined;
  try {
    const seeded = seedTenant(fake);
    const { tenant } = fake;
    const secret = tenant.addChannel(seeded.team.id, 'secret-plans', { membershipType: 'private', memberIds: [seeded.alice] });
    const secretContainer = { kind: 'channel' as const, teamId: seeded.team.id, channelId: secret.id };
    const root = tenant.addMessage(secretContainer, seeded.alice, { body: { contentType: 'text', content: 'Launch on the 14th' } });
    tenant.addMessage(secretContainer, seeded.alice, { body: { contentType: 'text', content: 'Keep it quiet' }, replyToId: root.id });
    // Graph's own limit on channel-message reads per tenant (the per-channel one is Switchboard's budget's).
    fake.limitRate('channel.messages.list', 20);

    const connections = teamsServerSettings(fake, seeded.app);
    // The production budget (limits.md), not the fake settings' unlimited one.
    const teams: TeamsSettings = { ...(connections.providers.teams as TeamsSettings), budget: {} };
    const settings = { ...connections, providers: { ...connections.providers, teams } };
    live = await startLiveServer('pglite', { connections: settings, integrations: { pollers: false } });
    const app = live.testApp;
    const services = app.started.services;
    const { store } = services.connections;
    const { db } = services.database;
    const tenantId = tenant.tenantId;
    await store.save(
      {
        provider: 'teams',
        workspaceId: tenantId,
        name: 'Economy on Teams',
        webUrl: null,
        appId: seeded.app.clientId,
        botUserId: null,
        credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: randomBytes(32).toString('base64url') },
        eventDelivery: cached ? 'PUSH' : 'POLL',
      },
      null,
    );
    const keys: string[] = [];
    for (const [index, handle] of VIEWERS.entries()) {
      const email = `${handle}@acme.test`;
      const account =
        (await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst()) ??
        (await db.insertInto('accounts').values({ name: handle, email }).returning('id').executeTakeFirstOrThrow());
      const userId = seeded.people[index];
      const userToken = GRANTED.has(handle) ? tenant.issueRefreshToken(seeded.app.clientId, userId, ['ChannelMessage.Read.All']).token : null;
      await store.link({ provider: 'teams', workspaceId: tenantId, accountId: account.id, externalUserId: userId, userToken, linkedVia: 'TOKEN' });
      const key = `bench-teams-economy-${handle}`;
      await createApiKey(db, account.id, key, 'bench', ['read']);
      keys.push(key);
    }
    services.connections.changed({ provider: 'teams', workspaceId: tenantId });
    const runtime = services.registry.require('teams').runtime as TeamsRuntime;
    await runtime.openFresh(tenantId);
    if (cached) await runtime.subscribe(tenantId, `http://127.0.0.1:${live.port}`);
    const listed = await app.gql<{ workspaces: Array<{ id: string; provider: string }> }>(keys[0], 'query EconomyTeamsWorkspaces { workspaces { id provider } }');
    const workspace = listed.data?.workspaces.find((candidate) => candidate.provider === 'MICROSOFT_TEAMS');
    if (!workspace) throw new Error(`the Teams workspace is not listed: ${JSON.stringify(listed.errors ?? listed.data)}`);
    const query = print(ThreadTreeByDescendants);
    const started = live;
    return {
      live: started,
      app,
      fake,
      tenant: { ...seeded, secretChannelId: secret.id },
      workspaceId: workspace.id,
      keys,
      tree: (index) => app.gql(keys[index % keys.length], query, { workspaceId: workspace.id }) as never,
      requests: () => fake.calls.filter((call) => call.batchId === null && call.route !== 'token').length,
      delivered: async () => {
        await fake.notifications.flush();
        await services.afterAck.idle();
      },
      close: async () => {
        await started.close();
        await fake.close();
      },
    };
  } catch (error) {
    await live?.close();
    await fake.close();
    throw error;
  }
}

/** `queries` thread trees by the scenario's viewers, evenly over `spanMs`, after connecting (requests counted from the first query). */
export async function measureTeamsEconomy(queries = 60, spanMs = 60_000, options: { cached?: boolean } = {}): Promise<TeamsEconomyResult> {
  const cached = options.cached ?? true;
  const scenario = await openTeamsEconomyScenario({ cached });
  const { fake } = scenario;
  try {
    fake.resetCalls();
    const answered = await pacedQueries(queries, spanMs, (i) => scenario.tree(i));
    const byMethod = fake.countByRoute();
    delete byMethod.token;
    delete byMethod.$batch;
    return {
      queries,
      viewers: scenario.keys.length,
      spreadMs: spanMs,
      cached,
      requests: scenario.requests(),
      calls: Object.values(byMethod).reduce((sum, count) => sum + count, 0),
      byMethod,
      ...answered,
    };
  } finally {
    await scenario.close();
  }
}
