import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialCipher, parseEncryptionKey } from '../../src/connections/crypto.js';
import { credentialContext } from '../../src/connections/store.js';
import { loadConnectionSettings } from '../../src/config.js';
import { linkSlackUser, saveSlackConnection, signSlackRequest } from '../../src/providers/slack/index.js';
import { findAccountByApiKey } from '../../src/store/api-keys.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { openSlackTeam, type SlackTeam } from '../../testkit/fakes/slack/fixture.js';


/**
 * Issue 15, item 9: a Slack connection whose stored credential cannot be opened (its encryption key missing
 * or rotated away) made `workspaces`, and even built-in `sendMessage`, fail for everyone linked to that team.
 * One broken connection degrades its own workspace (listed as DISCONNECTED, empty) and nothing else.
 */

const BROKEN_TEAM = 'T0BROKEN';
const SIGNING = 'a'.repeat(32);

describe('a Slack credential that cannot be opened', () => {
  let team: SlackTeam;
  let app: TestApp;
  let brokenToken: string;

  beforeAll(async () => {
    team = await openSlackTeam();
    const connections = loadConnectionSettings({ SWITCHBOARD_ENCRYPTION_KEY: randomBytes(32).toString('base64'), SLACK_API_URL: team.fake.apiUrl });
    app = await startTestApp('pglite', { connections });
    const services = app.started.services;
    const alice = (await findAccountByApiKey(services.database.db, 'demo-alice'))!;
    const healthy = team.fake.workspace.teamId;
    brokenToken = `xoxb-${randomBytes(12).toString('hex')}`;
    for (const [teamId, name, botToken] of [[healthy, 'Contract Co', team.tokens.bot], [BROKEN_TEAM, 'Broken Co', brokenToken]] as const) {
      await saveSlackConnection(
        services.connections.store,
        { teamId, name, webUrl: null, appId: null, botUserId: team.bot.id, botToken, signingSecret: SIGNING, eventDelivery: 'PUSH' },
        null,
      );
      await linkSlackUser(services.connections.store, { teamId, accountId: alice.accountId, slackUserId: team.owner.id, userToken: team.tokens.owner, linkedVia: 'TOKEN' });
      services.connections.changed({ provider: 'slack', workspaceId: teamId });
    }
    // The broken team's bot token, sealed under a key this server does not have (rotated away), as a new
    // generation so that every cache reloads it.
    const otherKey = new CredentialCipher({ current: parseEncryptionKey('other', randomBytes(32).toString('base64')), previous: [] });
    await services.database.db
      .updateTable('provider_connections')
      .set((eb) => ({ access_token_sealed: otherKey.seal(brokenToken, credentialContext.connection('slack', BROKEN_TEAM, 'bot_token')), generation: eb('generation', '+', 1) }))
      .where('workspace_id', '=', BROKEN_TEAM)
      .execute();
    services.connections.changed({ provider: 'slack', workspaceId: BROKEN_TEAM });
  });
  afterAll(async () => {
    await app?.close();
    await team?.close();
  });

  it('lists the workspace as DISCONNECTED, empty, and every other workspace as usual', async () => {
    const result = await app.gql<{ workspaces: Array<{ name: string; provider: string; connectionStatus: string; channels: { nodes: Array<{ name: string }> }; users: { nodes: unknown[] }; unreads: { nodes: unknown[] }; threads: { nodes: unknown[] }; scheduledMessages: { nodes: unknown[] } }> }>(
      'demo-alice',
      `{ workspaces {
          name provider connectionStatus
          channels(first: 5) { nodes { name } }
          users(first: 5) { nodes { name } }
          unreads(first: 5) { nodes { unreadCount } }
          threads(first: 5) { nodes { unreadReplyCount } }
          scheduledMessages(first: 5) { nodes { id } }
      } }`,
    );
    expect(result.errors).toBeUndefined();
    const byName = Object.fromEntries(result.data!.workspaces.map((workspace) => [workspace.name, workspace]));
    expect(Object.keys(byName).sort()).toEqual(['Acme', 'Broken Co', 'Contract Co', 'Globex']);
    expect(byName['Broken Co']).toMatchObject({ provider: 'SLACK', connectionStatus: 'DISCONNECTED', channels: { nodes: [] }, users: { nodes: [] } });
    expect(byName['Contract Co'].connectionStatus).toBe('CONNECTED');
    expect(byName['Contract Co'].channels.nodes.map((channel) => channel.name)).toContain('general');
    expect(byName.Acme.connectionStatus).toBe('CONNECTED');
    expect(byName.Acme.channels.nodes.length).toBeGreaterThan(0);
  });

  it('built-in sendMessage works for those linked to the broken team', async () => {
    const channels = await app.gql<{ workspaces: Array<{ name: string; channels: { nodes: Array<{ id: string; name: string }> } }> }>(
      'demo-alice',
      '{ workspaces { name channels(first: 50) { nodes { id name } } } }',
    );
    const general = channels.data!.workspaces.find((workspace) => workspace.name === 'Acme')!.channels.nodes.find((channel) => channel.name === 'general')!;
    const sent = await app.gql<{ sendMessage: { message: { text: string } | null; userErrors: unknown[] } }>(
      'demo-alice',
      'mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { message { text } userErrors { code message } } }',
      { input: { channelId: general.id, text: 'still works' } },
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.sendMessage).toEqual({ message: { text: 'still works' }, userErrors: [] });
  });

  it('a write to the broken workspace says it is disconnected, quoting no credential', async () => {
    // Every write of the GraphQL API first reads what it writes to (a channel, a message), which a disconnected
    // workspace shows none of; so the refusal is asked of its provider directly, as the scheduler or a webhook would.
    const provider = await app.started.services.registry.openFresh({ provider: 'slack', workspaceId: BROKEN_TEAM });
    const actor = { provider: 'slack', workspaceId: BROKEN_TEAM, userId: team.owner.id, accountId: 'account' } as never;
    const sending = provider!.sendMessage(actor, { channelId: 'C0GENERAL', content: { text: 'hello' }, parentId: null, alsoSendToChannel: false, attachmentIds: [] } as never);
    const error = await sending.then(() => null, (caught: unknown) => caught as { code: string; message: string });
    expect(error).toMatchObject({
      code: 'PROVIDER_ERROR',
      message: 'The Slack workspace "Broken Co" is disconnected: its stored credentials cannot be opened (encryption key missing or rotated); an admin must connect it again.',
    });
    expect(JSON.stringify(error)).not.toContain(brokenToken);
    // Its optional parts are there (reads answer empty), never UNSUPPORTED: a scheduled send is refused the same way.
    const scheduling = provider!.scheduled!.scheduleMessage(actor, { channelId: 'C0GENERAL', content: { text: 'later' }, parentId: null, sendAt: new Date(Date.now() + 60_000) } as never);
    await expect(scheduling).rejects.toMatchObject({ code: 'PROVIDER_ERROR' });
  });

  it('webhooks of the healthy team are still verified and routed', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'still-here' });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await app.app.fetch('http://switchboard.test/webhooks/slack', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signSlackRequest(SIGNING, timestamp, body) },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'still-here' });
  });
});
