import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { startFakeGraph, type FakeApp, type FakeGraph } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { graphql } from '../../../testkit/gql/index.js';

/**
 * A grant Microsoft refuses is shown, not retried: the app's (consent withdrawn, secret gone) turns the
 * workspace DISCONNECTED and is stored with the connection, so no process asks the token endpoint again
 * until an admin reconnects; a person's (revoked) is dropped from their link, so their own calls answer
 * NOT_AUTHENTICATED at once. The fake identity platform counts the token-endpoint calls.
 */

const TeamsStatus = graphql(`
  query TeamsGrantStatus {
    workspaces { id provider name connectionStatus channels(first: 10) { nodes { id name } } }
  }
`);

const TeamsGrantSend = graphql(`
  mutation TeamsGrantSend($input: SendMessageInput!) {
    sendMessage(input: $input) { message { id } userErrors { code message } }
  }
`);

describe('a refused Microsoft grant', () => {
  let fake: FakeGraph;
  let app: TestApp;
  let graphApp: FakeApp;
  let alice: string;
  let tenantId: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Revoked Ltd' });
    const { tenant } = fake;
    tenantId = tenant.tenantId;
    graphApp = tenant.addApp();
    alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' }).id;
    const team = tenant.addTeam('Revoked', [alice], { ownerIds: [alice] });
    tenant.addChannel(team.id, 'general');
    app = await startTestApp('pglite', { connections: teamsServerSettings(fake, graphApp) });
    const services = app.started.services;
    const { store } = services.connections;
    await store.save(
      {
        provider: 'teams',
        workspaceId: tenantId,
        name: 'Revoked Ltd',
        webUrl: null,
        appId: graphApp.clientId,
        botUserId: null,
        credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: null },
        eventDelivery: 'POLL',
      },
      null,
    );
    const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    const refreshToken = tenant.issueRefreshToken(graphApp.clientId, alice, ['ChannelMessage.Send']).token;
    await store.link({ provider: 'teams', workspaceId: tenantId, accountId: account.id, externalUserId: alice, userToken: refreshToken, linkedVia: 'TOKEN' });
    services.connections.changed({ provider: 'teams', workspaceId: tenantId });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const tokenCalls = () => fake.calls.filter((call) => call.route === 'token').length;
  const teams = async () => {
    const { data, errors } = await app.gql('demo-alice', TeamsStatus);
    return { workspace: data?.workspaces.find((workspace) => workspace.provider === 'MICROSOFT_TEAMS'), errors };
  };

  it("a person's revoked grant: their send answers NOT_AUTHENTICATED, the token is dropped from the link, no second token call", async () => {
    const { workspace } = await teams();
    expect(workspace).toMatchObject({ name: 'Revoked Ltd', connectionStatus: 'CONNECTED' });
    const general = workspace!.channels.nodes.find((channel) => channel.name === 'general')!;
    fake.tenant.revokeGrants(alice);
    fake.resetCalls();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { data, errors } = await app.gql('demo-alice', TeamsGrantSend, { input: { channelId: general.id, text: `attempt ${attempt}` } });
      const codes = [...(data?.sendMessage?.userErrors ?? []).map((error) => error.code), ...(errors ?? []).map((error) => error.extensions?.code)];
      expect(codes).toContain('NOT_AUTHENTICATED');
    }
    expect(tokenCalls()).toBe(1);
    const account = await app.started.services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    expect((await app.started.services.connections.store.linkOf('teams', tenantId, account.id))!.userToken).toBeNull();
    // The workspace itself is fine: the app's grant still works.
    expect((await teams()).workspace).toMatchObject({ connectionStatus: 'CONNECTED' });
  });

  it("the app's refused grant: the workspace shows DISCONNECTED, stored, and nobody asks the token endpoint again", async () => {
    const services = app.started.services;
    const { store } = services.connections;
    // The admin withdrew the app's secret; the stored app token runs out.
    fake.tenant.apps.get(graphApp.clientId)!.clientSecret = 'withdrawn';
    const stored = (await store.load('teams', tenantId))!;
    await store.updateCredentials('teams', tenantId, { ...stored.credentials, expiresAt: new Date(0) });
    services.connections.changed({ provider: 'teams', workspaceId: tenantId });
    fake.resetCalls();
    for (let read = 0; read < 3; read += 1) {
      const { workspace, errors } = await teams();
      expect(workspace, JSON.stringify(errors)).toMatchObject({ name: 'Revoked Ltd', connectionStatus: 'DISCONNECTED' });
    }
    expect(tokenCalls()).toBe(1);
    expect((await store.load('teams', tenantId))!.credentials).toMatchObject({ accessToken: 'refused:NOT_AUTHENTICATED', expiresAt: null });
    // The poller and the renewer meet the same refusal without a call.
    await (services.registry.require('teams').runtime.poller!).pollOnce().catch(() => undefined);
    expect(tokenCalls()).toBe(1);
  });
});
