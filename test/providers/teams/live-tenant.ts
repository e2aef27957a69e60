import { randomBytes } from 'node:crypto';
import type { ConnectionSettings } from '../../../src/connections/settings.js';
import type { TeamsRuntime } from '../../../src/providers/teams/index.js';
import type { FakeApp, FakeGraph } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * A live server (real port, graphql-ws) with one tenant of the fake Graph connected as the OAuth install
 * stores it, and the demo accounts linked to the tenant's users by email (alice@acme.test → `users.alice`),
 * for the event tests of this folder. Nothing else happens in the server, so subscribers need no filter. `settings` may adjust the server's settings (the bot's OpenID URL).
 */

export interface LiveTenant {
  live: LiveServer;
  runtime: TeamsRuntime;
}

export async function startLiveTenant(
  fake: FakeGraph,
  app: FakeApp,
  users: Record<string, string>,
  options: { eventDelivery: 'PUSH' | 'POLL'; settings?: (settings: ConnectionSettings) => ConnectionSettings },
): Promise<LiveTenant> {
  const { tenant } = fake;
  const base = teamsServerSettings(fake, app);
  const live = await startLiveServer('pglite', { connections: options.settings ? options.settings(base) : base });
  const services = live.testApp.started.services;
  const { store } = services.connections;
  await store.save(
    {
      provider: 'teams',
      workspaceId: tenant.tenantId,
      name: tenant.displayName,
      webUrl: null,
      appId: app.clientId,
      botUserId: null,
      credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: randomBytes(32).toString('base64url') },
      eventDelivery: options.eventDelivery,
    },
    null,
  );
  for (const [handle, userId] of Object.entries(users)) {
    const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', `${handle}@acme.test`).executeTakeFirstOrThrow();
    const refreshToken = tenant.issueRefreshToken(app.clientId, userId, ['ChannelMessage.Read.All']).token;
    await store.link({ provider: 'teams', workspaceId: tenant.tenantId, accountId: account.id, externalUserId: userId, userToken: refreshToken, linkedVia: 'TOKEN' });
  }
  services.connections.changed({ provider: 'teams', workspaceId: tenant.tenantId });
  const runtime = services.registry.require('teams').runtime as TeamsRuntime;
  await runtime.openFresh(tenant.tenantId);
  return { live, runtime };
}
