import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSlackConnection, slackUserLink } from '../../../src/providers/slack/index.js';
import { createApiKey } from '../../../src/store/api-keys.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { STORES, type StoreKind } from '../../../testkit/databases.js';
import { SIGNING_SECRET, slackSettings } from '../../../testkit/fakes/slack/settings.js';

/**
 * Connecting a Slack workspace with tokens (connectSlackWorkspace) and linking accounts (linkSlackUser),
 * against the fake Slack. Every test also checks that no token ever shows up in a response or a log line.
 */

const Connect = graphql(`
  mutation ConnectSlack($input: ConnectSlackWorkspaceInput!) {
    connectSlackWorkspace(input: $input) {
      workspace { id name provider capabilities { eventDelivery } }
      user { id name }
      userErrors { code message field }
    }
  }
`);

const Link = graphql(`
  mutation LinkSlack($input: LinkSlackUserInput!) {
    linkSlackUser(input: $input) {
      workspace { id name provider }
      user { name }
      userErrors { code message field }
    }
  }
`);

const Unlink = graphql(`
  mutation UnlinkSlack($input: UnlinkSlackUserInput!) {
    unlinkSlackUser(input: $input) {
      workspaceId
      userErrors { code message }
    }
  }
`);

const Workspaces = graphql(`
  query ConnectWorkspaces {
    workspaces { id name provider viewerUser { name } }
  }
`);

/** Captures every line written to stdout and stderr while `work` runs. */
async function capturingLogs<T>(work: () => Promise<T>): Promise<{ result: T; lines: string }> {
  const lines: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const capture = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    return { result: await work(), lines: lines.join('') };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe.each(STORES)('connecting Slack with tokens on %s', (kind: StoreKind) => {
  let slack: FakeSlack;
  let app: TestApp;
  const ADMIN_KEY = `admin-key-${kind}`;
  let alice: { id: string; userToken: string };
  let bob: { id: string; userToken: string };
  let botToken: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId: 'T0ACMESLK', teamName: 'Acme on Slack' });
    app = await startTestApp(kind, { connections: slackSettings(slack.apiUrl) });
    const { db } = app.started.services.database;
    const aliceAccount = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, aliceAccount.id, ADMIN_KEY, 'test admin', ['read', 'write', 'admin']);

    const aliceUser = slack.workspace.addUser({ name: 'alice', realName: 'Alice Chen', displayName: 'Alice Chen', email: 'alice@acme.test', isAdmin: true });
    const bobUser = slack.workspace.addUser({ name: 'bob', realName: 'Bob Martinez', displayName: 'Bob Martinez', email: 'bob@acme.test' });
    alice = { id: aliceUser.id, userToken: slack.workspace.issueToken(aliceUser.id, 'user') };
    bob = { id: bobUser.id, userToken: slack.workspace.issueToken(bobUser.id, 'user') };
    botToken = slack.workspace.addBot('switchboard').token;
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
  });
  beforeEach(() => slack.resetCalls());

  /** The tokens and secret must appear nowhere a client or an operator could read them. */
  const secrets = () => [botToken, alice.userToken, bob.userToken, SIGNING_SECRET];

  it('needs the admin scope: a write key gets PERMISSION_DENIED and Slack is never called', async () => {
    const { result, lines } = await capturingLogs(() => app.gql('demo-bob', Connect, { input: { botToken, signingSecret: SIGNING_SECRET } }));
    expect(result.data?.connectSlackWorkspace).toEqual({
      workspace: null,
      user: null,
      userErrors: [{ code: 'PERMISSION_DENIED', message: 'Connecting a Slack workspace needs an API key with the "admin" scope.', field: null }],
    });
    expect(slack.count()).toBe(0);
    for (const secret of secrets()) expect(JSON.stringify(result) + lines).not.toContain(secret);
  });

  it('refuses a token Slack does not accept with a clear error from auth.test, quoting no token', async () => {
    const badToken = 'xoxb-0000000000-not-a-real-token';
    const { result, lines } = await capturingLogs(() => app.gql(ADMIN_KEY, Connect, { input: { botToken: badToken, signingSecret: SIGNING_SECRET } }));
    expect(result.data?.connectSlackWorkspace.userErrors).toEqual([
      { code: 'VALIDATION_ERROR', message: 'Slack refused botToken (auth.test: invalid_auth).', field: ['input', 'botToken'] },
    ]);
    expect(slack.calls.map((call) => [call.method, call.outcome])).toEqual([['auth.test', 'error:invalid_auth']]);
    expect(JSON.stringify(result) + lines).not.toContain(badToken);

    const userAsBot = await app.gql(ADMIN_KEY, Connect, { input: { botToken: alice.userToken, signingSecret: SIGNING_SECRET } });
    expect(userAsBot.data?.connectSlackWorkspace.userErrors[0]).toMatchObject({
      code: 'VALIDATION_ERROR',
      message: 'botToken must be a Slack bot token starting with "xoxb-".',
    });
    expect(JSON.stringify(userAsBot)).not.toContain(alice.userToken);

    const revoked = slack.workspace.addBot('old-bot').token;
    slack.workspace.tokens.get(revoked)!.revoked = true;
    const revokedResult = await app.gql(ADMIN_KEY, Connect, { input: { botToken: revoked, signingSecret: SIGNING_SECRET } });
    expect(revokedResult.data?.connectSlackWorkspace.userErrors[0].message).toBe('Slack refused botToken (auth.test: token_revoked).');
    expect(await loadSlackConnection(app.started.services.connections.store, 'T0ACMESLK')).toBeNull();
  });

  it('needs a signing secret for webhook delivery (or POLL)', async () => {
    const result = await app.gql(ADMIN_KEY, Connect, { input: { botToken } });
    expect(result.data?.connectSlackWorkspace.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'signingSecret'] });
    expect(slack.count()).toBe(0);
  });

  it('connects with the bot and the admin\'s user token, stores both sealed, and shows the workspace to the admin only', async () => {
    const { result, lines } = await capturingLogs(() =>
      app.gql(ADMIN_KEY, Connect, { input: { botToken, userToken: alice.userToken, signingSecret: SIGNING_SECRET } }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.connectSlackWorkspace).toMatchObject({
      workspace: { name: 'Acme on Slack', provider: 'SLACK', capabilities: { eventDelivery: 'PUSH' } },
      user: { name: 'Alice Chen' },
      userErrors: [],
    });
    for (const secret of secrets()) expect(JSON.stringify(result) + lines).not.toContain(secret);

    // At rest: the raw rows hold sealed values only.
    const { db } = app.started.services.database;
    const rows = JSON.stringify([
      await db.selectFrom('provider_connections').selectAll().execute(),
      await db.selectFrom('provider_user_links').selectAll().execute(),
    ]);
    for (const secret of secrets()) expect(rows).not.toContain(secret);
    expect(rows).toContain('sb-enc:v1:');

    // alice (any of her keys) sees Acme, Globex and the Slack workspace; bob only Acme.
    const aliceView = await app.gql('demo-alice', Workspaces);
    expect(aliceView.data?.workspaces.map((workspace) => [workspace.provider, workspace.name, workspace.viewerUser?.name])).toEqual([
      ['BUILTIN', 'Acme', 'Alice Chen'],
      ['BUILTIN', 'Globex', 'Alice Chen'],
      ['SLACK', 'Acme on Slack', 'Alice Chen'],
    ]);
    const bobView = await app.gql('demo-bob', Workspaces);
    expect(bobView.data?.workspaces.map((workspace) => workspace.provider)).toEqual(['BUILTIN']);
  });

  it('lets bob link his own Slack user with his user token, and unlink again', async () => {
    const { result, lines } = await capturingLogs(() => app.gql('demo-bob', Link, { input: { userToken: bob.userToken } }));
    expect(result.data?.linkSlackUser).toMatchObject({ workspace: { name: 'Acme on Slack', provider: 'SLACK' }, user: { name: 'Bob Martinez' }, userErrors: [] });
    for (const secret of secrets()) expect(JSON.stringify(result) + lines).not.toContain(secret);
    const slackId = result.data!.linkSlackUser.workspace!.id;
    expect((await app.gql('demo-bob', Workspaces)).data?.workspaces.map((workspace) => workspace.name)).toEqual(['Acme', 'Acme on Slack']);

    // carol cannot take bob's Slack user.
    const stolen = await app.gql('demo-carol', Link, { input: { userToken: bob.userToken } });
    expect(stolen.data?.linkSlackUser.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    expect(JSON.stringify(stolen)).not.toContain(bob.userToken);

    const unlinked = await app.gql('demo-bob', Unlink, { input: { workspaceId: slackId } });
    expect(unlinked.data?.unlinkSlackUser).toEqual({ workspaceId: slackId, userErrors: [] });
    expect((await app.gql('demo-bob', Workspaces)).data?.workspaces.map((workspace) => workspace.name)).toEqual(['Acme']);
  });

  it('refuses to link a user token of a workspace nobody connected', async () => {
    const other = await startFakeSlack({ teamId: 'T0ELSEWHERE' });
    try {
      // Same API URL is what the server knows; a token the fake does not know is refused by auth.test.
      const stranger = other.workspace.issueToken(other.workspace.addUser({ name: 'zed' }).id, 'user');
      const result = await app.gql('demo-dave', Link, { input: { userToken: stranger } });
      expect(result.data?.linkSlackUser.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', message: 'Slack refused userToken (auth.test: invalid_auth).' });
    } finally {
      await other.close();
    }
  });

  it('re-connecting replaces the credentials and the cached provider picks up the new bot token', async () => {
    const before = await loadSlackConnection(app.started.services.connections.store, 'T0ACMESLK');
    const newBot = slack.workspace.addBot('switchboard-2').token;
    const result = await app.gql(ADMIN_KEY, Connect, { input: { botToken: newBot, userToken: alice.userToken, signingSecret: SIGNING_SECRET } });
    expect(result.data?.connectSlackWorkspace.userErrors).toEqual([]);
    const after = await loadSlackConnection(app.started.services.connections.store, 'T0ACMESLK');
    expect(after?.generation).toBe((before?.generation ?? 0) + 1);
    expect(after?.botToken).toBe(newBot);
    // The old bot token no longer works; reads through the provider use the new one.
    slack.workspace.tokens.get(botToken)!.revoked = true;
    slack.resetCalls();
    const view = await app.gql('demo-alice', Workspaces);
    expect(view.data?.workspaces.find((workspace) => workspace.provider === 'SLACK')?.name).toBe('Acme on Slack');
    expect(slack.calls.every((call) => call.token !== botToken)).toBe(true);
  });

  it('opens a Slack provider outside any request too (event delivery on a cold instance), NOT_FOUND for a team not connected', async () => {
    const { registry, connections } = app.started.services;
    connections.changed({ provider: 'slack', workspaceId: 'T0ACMESLK' }); // as after a re-connect: nothing of the team is cached in this process
    const provider = registry.open({ provider: 'slack', workspaceId: 'T0ACMESLK' });
    expect(provider.provider).toBe('slack');
    expect((await provider.workspace()).name).toBe('Acme on Slack');
    expect('loadAudience' in provider).toBe('loadAudience' in registry.open({ provider: 'slack', workspaceId: 'T0ACMESLK' }));
    await expect(registry.open({ provider: 'slack', workspaceId: 'T0NOTHERE' }).workspace()).rejects.toThrow(
      'Workspace "T0NOTHERE" was not found or is not visible to you.',
    );
  });

  it('links the admin by email when no user token is given (the bot then acts for them)', async () => {
    const result = await app.gql(ADMIN_KEY, Connect, { input: { botToken: slack.workspace.addBot('switchboard-3').token, signingSecret: SIGNING_SECRET, eventDelivery: 'POLL' } });
    expect(result.data?.connectSlackWorkspace).toMatchObject({
      workspace: { name: 'Acme on Slack', capabilities: { eventDelivery: 'POLL' } },
      user: { name: 'Alice Chen' },
      userErrors: [],
    });
    const link = await slackUserLink(app.started.services.connections.store, 'T0ACMESLK', (await app.started.services.database.db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow()).id);
    expect(link).toMatchObject({ slackUserId: alice.id, userToken: null, linkedVia: 'CONNECT' });
    expect(slack.count('users.lookupByEmail')).toBe(1);
  });
});

describe('connecting Slack without an encryption key', () => {
  let slack: FakeSlack;
  let app: TestApp;

  beforeAll(async () => {
    slack = await startFakeSlack();
    const settings = slackSettings(slack.apiUrl);
    app = await startTestApp('pglite', { connections: { ...settings, encryption: null } });
    const { db } = app.started.services.database;
    const account = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, account.id, 'admin-no-key', 'test admin', ['read', 'write', 'admin']);
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
  });
  afterEach(() => slack.resetCalls());

  it('refuses to store credentials, says why, and stores nothing (no plaintext fallback)', async () => {
    const botToken = slack.workspace.addBot('switchboard').token;
    const result = await app.gql('admin-no-key', Connect, { input: { botToken, signingSecret: SIGNING_SECRET } });
    expect(result.data?.connectSlackWorkspace.userErrors).toEqual([
      {
        code: 'VALIDATION_ERROR',
        message:
          'This server has no SWITCHBOARD_ENCRYPTION_KEY, so it refuses to store provider credentials. Set it to 32 random bytes (openssl rand -base64 32) and restart.',
        field: null,
      },
    ]);
    expect(slack.count()).toBe(0);
    expect(await app.started.services.database.db.selectFrom('provider_connections').selectAll().execute()).toEqual([]);
  });
});
