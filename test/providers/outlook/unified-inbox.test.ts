import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionSettings } from '../../../src/connections/settings.js';
import { linkSlackUser, saveSlackConnection } from '../../../src/providers/slack/index.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { startFakeGraph, type FakeGraph } from '../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { UNLIMITED_BUDGET } from '../../../testkit/fakes/slack/fixture.js';
import { microsToTs, startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/index.js';
import { SIGNING_SECRET, slackSettings, withSlackBudget } from '../../../testkit/fakes/slack/settings.js';
import { graphql } from '../../../testkit/gql/index.js';
import { createBuiltinGlobex, createWorldAccounts } from '../../../testkit/providers/fixtures/accounts.js';
import { globexMessages } from '../../../testkit/providers/world.js';

/**
 * One account's unified inbox (`Query.messages`) over four providers at once: alice's Outlook mailbox and
 * her Teams tenant in one fake Graph, her Slack team in the fake Slack, and the built-in Globex workspace.
 * Their messages are written at interleaved instants (minutes ago below), so the merged page must alternate
 * between providers, newest first; paging with a small `first` must visit the same list, each message once.
 */

const Inbox = graphql(`
  query UnifiedInboxAcrossProviders($first: Int, $after: String) {
    messages(first: $first, after: $after) {
      nodes { id text createdAt workspace { provider } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Minutes ago of each provider's messages, interleaved with the built-in Globex's (2880, 2835 … 2655). */
const SLACK_AT = [2870, 2800, 2720];
const TEAMS_AT = [2860, 2780, 2690];
const OUTLOOK_AT = [2850, 2760, 2660];

describe('the unified inbox across Outlook, Teams, Slack and the built-in workspace', () => {
  let graph: FakeGraph;
  let slack: FakeSlack;
  let app: TestApp;
  let key: string;
  const expected: Array<{ text: string; at: number; provider: string }> = [];

  beforeAll(async () => {
    const now = Date.now();
    const ago = (minutes: number) => now - minutes * 60_000;
    graph = await startFakeGraph({ displayName: 'Acme' });
    slack = await startFakeSlack({ teamName: 'Acme Slack', domain: 'acme' });
    const { tenant } = graph;
    const microsoftApp = tenant.addApp();
    const alice = tenant.addUser('Alice Chen', { mailNickname: 'alice' });
    const team = tenant.addTeam('Acme', [alice.id], { ownerIds: [alice.id] });
    const general = tenant.addChannel(team.id, 'general');
    const slackAlice = slack.workspace.addUser({ name: 'alice', realName: 'Alice Chen', displayName: 'Alice Chen', email: 'alice@acme.test', isOwner: true, isAdmin: true });
    const { user: bot, token: botToken } = slack.workspace.addBot('switchboard');
    const slackChannel = slack.workspace.addChannel('general', [slackAlice.id], { private: false });

    // Oldest first: the fakes keep their messages in the order they were written.
    const writes: Array<{ at: number; provider: string; write: (text: string, at: number) => void }> = [
      ...SLACK_AT.map((minutes) => ({ at: ago(minutes), provider: 'SLACK', write: (text: string, at: number) => void slack.workspace.addMessage(slackChannel.id, { user: slackAlice.id, text, ts: microsToTs(at * 1000) }) })),
      ...TEAMS_AT.map((minutes) => ({
        at: ago(minutes),
        provider: 'MICROSOFT_TEAMS',
        write: (text: string, at: number) => {
          const iso = new Date(at).toISOString();
          tenant.addMessage({ kind: 'channel', teamId: team.id, channelId: general.id }, alice.id, { id: String(at), etag: String(at), createdDateTime: iso, lastModifiedDateTime: iso, body: { contentType: 'text', content: text } });
        },
      })),
      ...OUTLOOK_AT.map((minutes) => ({
        at: ago(minutes),
        provider: 'OUTLOOK',
        write: (text: string, at: number) => {
          const mail = graph.mail.deliver(alice.id, { from: { name: 'Carol Partner', address: 'carol@partner.example' }, to: [{ address: alice.mail }], subject: text, body: text, contentType: 'text' });
          // Delivered now; dated back as if it had arrived then (the fake orders folders by receivedDateTime).
          const iso = new Date(at).toISOString();
          Object.assign(mail, { createdDateTime: iso, receivedDateTime: iso, sentDateTime: iso, lastModifiedDateTime: iso });
        },
      })),
    ].sort((a, b) => a.at - b.at);
    for (const [index, entry] of writes.entries()) {
      const text = `${entry.provider.toLowerCase()} ${index}`;
      entry.write(text, entry.at);
      expected.push({ text, at: entry.at, provider: entry.provider });
    }
    for (const message of globexMessages()) expected.push({ text: message.text, at: ago(message.minutesAgo), provider: 'BUILTIN' });
    expected.sort((a, b) => b.at - a.at);

    const slackBase = withSlackBudget(slackSettings(slack.apiUrl), UNLIMITED_BUDGET);
    const connections: ConnectionSettings = {
      ...slackBase,
      providers: { ...slackBase.providers, teams: teamsServerSettings(graph, microsoftApp).providers.teams, outlook: outlookServerSettings(graph, microsoftApp).providers.outlook },
    };
    app = await startTestApp('postgres', { seed: false, connections });
    const { db } = app.started.services.database;
    const { store } = app.started.services.connections;
    const accounts = await createWorldAccounts(db, 'inbox');
    key = accounts.key.alice;
    const accountId = accounts.accountId.alice;
    await createBuiltinGlobex(db, accounts.accountId);

    await saveSlackConnection(store, { teamId: slack.workspace.teamId, name: 'Acme Slack', webUrl: null, appId: slack.workspace.appId, botUserId: bot.id, botToken, signingSecret: SIGNING_SECRET, eventDelivery: 'PUSH' }, null);
    await linkSlackUser(store, { teamId: slack.workspace.teamId, accountId, slackUserId: slackAlice.id, userToken: slack.workspace.issueToken(slackAlice.id, 'user'), linkedVia: 'TOKEN' });

    await store.save(
      {
        provider: 'teams',
        workspaceId: tenant.tenantId,
        name: 'Acme Teams',
        webUrl: 'https://teams.microsoft.com/',
        appId: microsoftApp.clientId,
        botUserId: null,
        credentials: { accessToken: 'expired', expiresAt: new Date(0), refreshToken: null, webhookSecret: randomBytes(32).toString('base64url') },
        eventDelivery: 'POLL',
      },
      null,
    );
    const teamsToken = tenant.issueRefreshToken(microsoftApp.clientId, alice.id, ['ChannelMessage.Read.All']).token;
    await store.link({ provider: 'teams', workspaceId: tenant.tenantId, accountId, externalUserId: alice.id, userToken: teamsToken, linkedVia: 'TOKEN' });

    const mailToken = tenant.issueRefreshToken(microsoftApp.clientId, alice.id, ['Mail.ReadWrite']).token;
    await store.save(
      {
        provider: 'outlook',
        workspaceId: alice.id,
        name: `Alice Chen <${alice.mail}>`,
        webUrl: 'https://outlook.office.com/mail/',
        appId: tenant.tenantId,
        botUserId: alice.mail,
        credentials: { accessToken: 'unused', expiresAt: new Date(0), refreshToken: mailToken, webhookSecret: 'unused' },
        eventDelivery: 'POLL',
      },
      null,
    );
    await store.link({ provider: 'outlook', workspaceId: alice.id, accountId, externalUserId: alice.id, userToken: mailToken, linkedVia: 'OAUTH' });
    for (const [provider, workspaceId] of [['slack', slack.workspace.teamId], ['teams', tenant.tenantId], ['outlook', alice.id]] as const) app.started.services.connections.changed({ provider, workspaceId });
  });
  afterAll(async () => {
    await app?.close();
    await graph?.close();
    await slack?.close();
  });

  async function page(first: number, after: string | null) {
    const result = await app.gql(key, Inbox, { first, after });
    expect(result.errors).toBeUndefined();
    return result.data!.messages;
  }

  it('mixes the four providers newest first in one page', async () => {
    const all = await page(50, null);
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(all.nodes.map((node) => [node.workspace.provider, node.text])).toEqual(expected.map((entry) => [entry.provider, entry.text]));
    const times = all.nodes.map((node) => Date.parse(node.createdAt as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it.each([1, 4, 7])('pages of %i resume from the cursor: the same list, no duplicates, no gaps', async (first) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < expected.length + 1; n++) {
      const next: Awaited<ReturnType<typeof page>> = await page(first, after);
      expect(next.nodes.length).toBeLessThanOrEqual(first);
      ids.push(...next.nodes.map((node) => node.id));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor ?? null;
    }
    const all = await page(50, null);
    expect(ids).toEqual(all.nodes.map((node) => node.id));
    expect(new Set(ids).size).toBe(expected.length);
  });
});
