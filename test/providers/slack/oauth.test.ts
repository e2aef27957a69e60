import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSlackConnection, slackUserLink } from '../../../src/providers/slack/index.js';
import { createApiKey } from '../../../src/store/api-keys.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { graphql } from '../../../testkit/gql/index.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { STORES, type StoreKind } from '../../../testkit/databases.js';
import { SIGNING_SECRET, slackSettings } from '../../../testkit/fakes/slack/settings.js';

/**
 * The OAuth v2 install served by Switchboard, end to end against the fake Slack: beginSlackInstall (or
 * an admin key on /oauth/slack/install) → redirect to Slack's authorize page with a state → Slack's
 * redirect to /oauth/slack/callback → oauth.v2.access → connection stored sealed.
 */

const Begin = graphql(`
  mutation BeginSlackInstall($input: BeginSlackInstallInput!) {
    beginSlackInstall(input: $input) {
      installUrl
      expiresAt
      userErrors { code message }
    }
  }
`);

const OAuthWorkspaces = graphql(`
  query OAuthWorkspaces {
    workspaces { name provider viewerUser { name } }
  }
`);

const CLIENT_ID = '2141029472.691202649728';
const CLIENT_SECRET = 'client-secret-never-shown';
const AUTHORIZE = 'https://slack.test/oauth/v2/authorize';
const REDIRECT = 'http://switchboard.test/oauth/slack/callback';

describe.each(STORES)('Slack OAuth install on %s', (kind: StoreKind) => {
  let slack: FakeSlack;
  let app: TestApp;
  const ADMIN_KEY = `oauth-admin-${kind}`;
  let aliceSlackId: string;
  let bobSlackId: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId: 'T0OAUTHTEAM', teamName: 'Initech' });
    slack.workspace.addOAuthApp(CLIENT_ID, CLIENT_SECRET);
    aliceSlackId = slack.workspace.addUser({ name: 'alice', displayName: 'Alice Chen', email: 'alice@acme.test' }).id;
    bobSlackId = slack.workspace.addUser({ name: 'bob', displayName: 'Bob Martinez', email: 'bob@acme.test' }).id;
    app = await startTestApp(kind, {
      connections: slackSettings(slack.apiUrl, {
        SLACK_CLIENT_ID: CLIENT_ID,
        SLACK_CLIENT_SECRET: CLIENT_SECRET,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_AUTHORIZE_URL: AUTHORIZE,
      }),
    });
    const { db } = app.started.services.database;
    const alice = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, alice.id, ADMIN_KEY, 'test admin', ['read', 'write', 'admin']);
  });
  afterAll(async () => {
    await app?.close();
    await slack?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.app.fetch(`http://switchboard.test${path}`, { method: 'GET', headers, redirect: 'manual' });

  /** beginSlackInstall as `key`; returns the state of the install link. */
  async function begin(key: string, purpose: 'INSTALL' | 'LINK_USER' = 'INSTALL'): Promise<{ installUrl: string; state: string }> {
    const result = await app.gql(key, Begin, { input: { purpose } });
    const installUrl = result.data?.beginSlackInstall.installUrl;
    if (!installUrl) throw new Error(JSON.stringify(result));
    return { installUrl, state: new URL(installUrl).searchParams.get('state')! };
  }

  it('hands admins an install link whose redirect to Slack carries the state, the scopes and the redirect URI', async () => {
    const { installUrl, state } = await begin(ADMIN_KEY);
    expect(installUrl).toMatch(/^http:\/\/switchboard\.test\/oauth\/slack\/install\?state=[A-Za-z0-9_-]{32}$/);
    const response = await get(new URL(installUrl).pathname + new URL(installUrl).search);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(AUTHORIZE);
    expect(location.searchParams.get('state')).toBe(state);
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(location.searchParams.get('scope')?.split(',')).toContain('chat:write');
    expect(location.searchParams.get('user_scope')?.split(',')).toContain('search:read');
    expect(response.headers.get('location')).not.toContain(CLIENT_SECRET);
  });

  it('starts the flow from an admin API key too, and refuses everyone else', async () => {
    const viaKey = await get('/oauth/slack/install', { authorization: `Bearer ${ADMIN_KEY}` });
    expect(viaKey.status).toBe(302);
    expect(new URL(viaKey.headers.get('location')!).searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await get('/oauth/slack/install')).status).toBe(401);
    expect((await get('/oauth/slack/install', { authorization: 'Bearer demo-bob' })).status).toBe(403);
    expect((await get('/oauth/slack/install?state=made-up')).status).toBe(400);
    const denied = await app.gql('demo-bob', Begin, { input: { purpose: 'INSTALL' } });
    expect(denied.data?.beginSlackInstall.userErrors).toEqual([
      { code: 'PERMISSION_DENIED', message: 'Installing Slack in a workspace needs an API key with the "admin" scope.' },
    ]);
  });

  it('answers 400 to a callback with a missing, unknown, expired or cancelled state, and exchanges no code', async () => {
    slack.resetCalls();
    const code = slack.workspace.addOAuthCode({ code: `code-bad-${kind}`, clientId: CLIENT_ID, userId: aliceSlackId, redirectUri: REDIRECT }).code;
    expect((await get(`/oauth/slack/callback?code=${code}`)).status).toBe(400);
    expect((await get(`/oauth/slack/callback?code=${code}&state=forged-state-value`)).status).toBe(400);

    const expired = await begin(ADMIN_KEY);
    await sql`update oauth_states set expires_at = now() - interval '1 second'`.execute(app.started.services.database.db);
    const expiredResponse = await get(`/oauth/slack/callback?code=${code}&state=${expired.state}`);
    expect(expiredResponse.status).toBe(400);
    expect(await expiredResponse.text()).toContain('unknown, expired or was already used');

    const cancelled = await begin(ADMIN_KEY);
    const cancelledResponse = await get(`/oauth/slack/callback?error=access_denied&state=${cancelled.state}`);
    expect(cancelledResponse.status).toBe(400);
    expect(await cancelledResponse.text()).toContain('access_denied');
    expect(slack.count('oauth.v2.access')).toBe(0);
    expect(slack.workspace.oauthCodes.get(code)?.used).toBe(false);
  });

  it('installs with a good code: the connection is stored sealed, the admin linked, and the state cannot be reused', async () => {
    const { state } = await begin(ADMIN_KEY);
    const code = slack.workspace.addOAuthCode({
      code: `code-good-${kind}`,
      clientId: CLIENT_ID,
      userId: aliceSlackId,
      redirectUri: REDIRECT,
      userScopes: ['channels:read', 'chat:write', 'search:read', 'users:read'],
    }).code;
    const response = await get(`/oauth/slack/callback?code=${code}&state=${state}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('The Slack workspace Initech is connected to Switchboard.');

    const tokens = [...slack.workspace.tokens.values()];
    const botToken = tokens.find((token) => token.kind === 'bot')!.token;
    const userToken = tokens.find((token) => token.kind === 'user' && token.userId === aliceSlackId)!.token;
    for (const secret of [botToken, userToken, CLIENT_SECRET, SIGNING_SECRET]) expect(page).not.toContain(secret);

    const { db } = app.started.services.database;
    const raw = JSON.stringify([
      await db.selectFrom('provider_connections').selectAll().execute(),
      await db.selectFrom('provider_user_links').selectAll().execute(),
    ]);
    for (const secret of [botToken, userToken, SIGNING_SECRET]) expect(raw).not.toContain(secret);
    const stored = await loadSlackConnection(app.started.services.connections.store, 'T0OAUTHTEAM');
    expect(stored).toMatchObject({ name: 'Initech', botToken, signingSecret: SIGNING_SECRET, appId: 'A0FAKEAPP1', eventDelivery: 'PUSH' });

    const view = await app.gql('demo-alice', OAuthWorkspaces);
    expect(view.data?.workspaces.filter((workspace) => workspace.provider === 'SLACK')).toEqual([
      { name: 'Initech', provider: 'SLACK', viewerUser: { name: 'Alice Chen' } },
    ]);

    // The same state again (a replayed callback): refused before any exchange.
    slack.resetCalls();
    const second = slack.workspace.addOAuthCode({ code: `code-again-${kind}`, clientId: CLIENT_ID, userId: aliceSlackId, redirectUri: REDIRECT }).code;
    expect((await get(`/oauth/slack/callback?code=${second}&state=${state}`)).status).toBe(400);
    expect(slack.count('oauth.v2.access')).toBe(0);
  });

  it('refuses a code Slack does not accept with 400, and uses up the state anyway', async () => {
    const { state } = await begin(ADMIN_KEY);
    const response = await get(`/oauth/slack/callback?code=not-a-code&state=${state}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('oauth.v2.access: invalid_code');
    expect((await get(`/oauth/slack/callback?code=not-a-code&state=${state}`)).status).toBe(400);
  });

  it('lets a member link their own Slack user through OAuth (LINK_USER), with the user token Slack grants', async () => {
    const { state } = await begin('demo-bob', 'LINK_USER');
    const code = slack.workspace.addOAuthCode({
      code: `code-link-${kind}`,
      clientId: CLIENT_ID,
      userId: bobSlackId,
      redirectUri: REDIRECT,
      botScopes: [],
      userScopes: ['channels:read', 'chat:write', 'users:read'],
    }).code;
    const response = await get(`/oauth/slack/callback?code=${code}&state=${state}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Your Slack account in Initech is linked');
    const bob = await app.started.services.database.db.selectFrom('accounts').select('id').where('email', '=', 'bob@acme.test').executeTakeFirstOrThrow();
    const link = await slackUserLink(app.started.services.connections.store, 'T0OAUTHTEAM', bob.id);
    expect(link).toMatchObject({ slackUserId: bobSlackId, linkedVia: 'OAUTH' });
    expect(link?.userToken).toMatch(/^xoxp-/);
    const view = await app.gql('demo-bob', OAuthWorkspaces);
    expect(view.data?.workspaces.map((workspace) => workspace.name)).toEqual(['Acme', 'Initech']);
  });
});

describe('Slack OAuth install without an app configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite', { connections: slackSettings('http://127.0.0.1:9/api/') });
    const { db } = app.started.services.database;
    const alice = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, alice.id, 'oauth-admin-unconfigured', 'test admin', ['read', 'write', 'admin']);
  });
  afterAll(() => app?.close());

  it('answers UNSUPPORTED naming the variables to set', async () => {
    const result = await app.gql('oauth-admin-unconfigured', Begin, { input: { purpose: 'INSTALL' } });
    expect(result.data?.beginSlackInstall.userErrors).toEqual([
      {
        code: 'UNSUPPORTED',
        message: 'Installing through Slack OAuth is not configured on this server: set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.',
      },
    ]);
  });
});
