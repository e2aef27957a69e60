import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/store/api-keys.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { startFakeGraph, type FakeGraph, type FakeGraphUser } from '../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { signInAt } from '../../../testkit/fakes/graph/sign-in.js';
import { graphql } from '../../../testkit/gql/index.js';

/**
 * Connecting an Outlook mailbox through the routes Outlook shares with Teams (/oauth/microsoft/install → the
 * fake identity platform's authorize page with state, an S256 PKCE challenge and the Mail scopes →
 * /oauth/microsoft/callback → the code redeemed with the verifier → the signed-in person's mailbox stored, its
 * refresh token sealed, and their account linked), then reading the mailbox's folders through the schema.
 * Refused callbacks answer 4xx/5xx with a page that says why, and store nothing.
 */

const BeginOutlookConnect = graphql(`
  mutation BeginOutlookConnect($input: BeginInstallInput!) {
    beginInstall(input: $input) {
      installUrl
      userErrors { code message }
    }
  }
`);

const OutlookOAuthMailboxes = graphql(`
  query OutlookOAuthMailboxes {
    workspaces { name provider channels(first: 20) { nodes { name type } } }
  }
`);

const REDIRECT = 'http://switchboard.test/oauth/microsoft/callback';
const KEY = 'outlook-oauth-key';

describe('Outlook OAuth connect (/oauth/microsoft/*)', () => {
  let fake: FakeGraph;
  let app: TestApp;
  let ana: FakeGraphUser;
  let bob: FakeGraphUser;
  let aliceAccountId: string;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Contoso' });
    const graphApp = fake.tenant.addApp({ redirectUris: [REDIRECT] });
    ana = fake.tenant.addUser('Ana Lima', { mailNickname: 'ana' });
    bob = fake.tenant.addUser('Bob Stone', { mailNickname: 'bob' });
    fake.mail.mailbox(ana.id);
    fake.mail.mailbox(bob.id);
    app = await startTestApp('pglite', { connections: outlookServerSettings(fake, graphApp) });
    const { db } = app.started.services.database;
    aliceAccountId = (await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow()).id;
    await createApiKey(db, aliceAccountId, KEY, 'test key', ['read', 'write', 'admin']);
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const get = (url: string) => app.app.fetch(url, { method: 'GET', redirect: 'manual' });
  const begin = async () => {
    const begun = await app.gql(KEY, BeginOutlookConnect, { input: { provider: 'OUTLOOK', purpose: 'INSTALL' } });
    const installUrl = begun.data?.beginInstall.installUrl;
    expect(installUrl, JSON.stringify(begun)).toMatch(/^http:\/\/switchboard\.test\/oauth\/microsoft\/install\?state=/);
    return { installUrl: installUrl!, state: new URL(installUrl!).searchParams.get('state')! };
  };
  /** The install step's redirect to the identity platform's authorize page. */
  const authorizeOf = async (installUrl: string) => {
    const toMicrosoft = await get(installUrl);
    expect(toMicrosoft.status).toBe(302);
    return new URL(toMicrosoft.headers.get('location')!);
  };
  /** What Outlook keeps: its connections and its account links, every column. */
  const stored = async () => {
    const { db } = app.started.services.database;
    return {
      connections: await db.selectFrom('provider_connections').selectAll().where('provider', '=', 'outlook').execute(),
      links: await db.selectFrom('provider_user_links').selectAll().where('provider', '=', 'outlook').execute(),
    };
  };
  /**
   * Expects a refused callback: its status, a page that says why, and nothing stored by it. The page names
   * Outlook when the state says Outlook started the flow (`title`).
   */
  const expectRefused = async (url: string, status: number, reason: RegExp, title = 'Outlook was not connected') => {
    const before = await stored();
    const answer = await get(url);
    expect(answer.status).toBe(status);
    const page = await answer.text();
    expect(page).toContain(title);
    expect(page).toMatch(reason);
    expect(await stored()).toEqual(before);
  };

  it('install → authorize (state, PKCE S256, Mail scopes) → callback stores the mailbox with its refresh token sealed and links the account, which then lists its folders', async () => {
    const { installUrl, state } = await begin();
    // The state records that Outlook started the flow on the routes it shares with Teams.
    const recorded = await app.started.services.database.db.selectFrom('oauth_states').select('provider').where('used_at', 'is', null).execute();
    expect(recorded).toEqual([{ provider: 'outlook' }]);

    const authorize = await authorizeOf(installUrl);
    expect(authorize.toString().startsWith(fake.loginUrl)).toBe(true);
    expect(authorize.pathname).toMatch(/\/oauth2\/v2\.0\/authorize$/);
    expect(authorize.searchParams.get('state')).toBe(state);
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const scopes = authorize.searchParams.get('scope')!.split(' ');
    expect(scopes).toEqual(expect.arrayContaining(['offline_access', 'User.Read', 'Mail.ReadWrite', 'Mail.Send']));
    expect(scopes.filter((scope) => /^(Team|Channel|Chat)/.test(scope)), 'a mailbox asks for no Teams scopes').toEqual([]);

    const callback = await signInAt(fake, authorize, ana);
    expect(callback).toMatch(/^http:\/\/switchboard\.test\/oauth\/microsoft\/callback\?/);
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();
    fake.resetCalls();
    const done = await get(callback);
    const page = await done.text();
    expect(done.status, page).toBe(200);
    expect(page).toContain('Outlook connected');
    // The code was redeemed once, with the verifier the fake checked against the challenge.
    expect(fake.calls.filter((call) => call.route === 'token').map((call) => call.outcome)).toEqual(['ok:authorization_code']);

    const mailbox = await app.started.services.connections.store.load('outlook', ana.id);
    expect(mailbox).toMatchObject({ workspaceId: ana.id, name: `Ana Lima <${ana.mail.toLowerCase()}>`, appId: fake.tenant.tenantId, botUserId: ana.mail.toLowerCase(), eventDelivery: 'POLL' });
    const refreshToken = mailbox!.credentials.refreshToken!;
    expect(fake.tenant.refreshTokens.get(refreshToken), 'the refresh token the fake issued for Ana').toMatchObject({ userId: ana.id });
    expect(mailbox!.credentials.expiresAt!.getTime()).toBeGreaterThan(Date.now());

    const rows = await stored();
    expect(rows.connections).toHaveLength(1);
    expect(rows.connections[0].refresh_token_sealed).toBeTruthy();
    expect(JSON.stringify(rows), 'no token in plain text in provider_connections or provider_user_links').not.toContain(refreshToken);
    expect(JSON.stringify(rows)).not.toContain(mailbox!.credentials.accessToken);
    expect(rows.links).toMatchObject([{ workspace_id: ana.id, account_id: aliceAccountId, external_user_id: ana.id, linked_via: 'OAUTH' }]);
    expect(rows.links[0].user_token_sealed).toBeTruthy();

    const read = await app.gql(KEY, OutlookOAuthMailboxes);
    const outlook = read.data?.workspaces.find((workspace) => workspace.provider === 'OUTLOOK');
    expect(outlook, JSON.stringify(read)).toMatchObject({ name: `Ana Lima <${ana.mail.toLowerCase()}>` });
    expect(outlook!.channels.nodes.map((folder) => folder.name)).toEqual(expect.arrayContaining(['Inbox', 'Sent Items', 'Archive']));
    expect(new Set(outlook!.channels.nodes.map((folder) => folder.type))).toEqual(new Set(['MAILBOX']));
  });

  it('a callback without a state, or with a state this server did not make, is refused and stores nothing', async () => {
    // Without a usable state nothing says which provider on the shared routes it was for.
    // No state names no flow: the page names every member of the Microsoft routes.
    await expectRefused(`${REDIRECT}?code=anything`, 400, /no state parameter/, 'Microsoft Teams or Outlook was not connected');
    await expectRefused(`${REDIRECT}?state=not-a-state-of-ours&code=anything`, 400, /unknown, expired or was already used/, 'Microsoft Teams or Outlook was not connected');
  });

  it('a reused state is refused: the second callback stores nothing', async () => {
    const { installUrl } = await begin();
    const callback = await signInAt(fake, await authorizeOf(installUrl), bob);
    expect((await get(callback)).status).toBe(200);
    const rows = await stored();
    expect(rows.links.map((link) => link.external_user_id).sort()).toEqual([ana.id, bob.id].sort());
    await expectRefused(callback, 400, /unknown, expired or was already used/, 'was not connected');
  });

  it('a refused consent comes back as the identity platform’s error, and stores nothing', async () => {
    const carol = fake.tenant.addUser('Carol Doe', { mailNickname: 'carol' });
    fake.mail.mailbox(carol.id);
    fake.identity.refuseConsent.add(carol.id);
    const { installUrl } = await begin();
    const callback = await signInAt(fake, await authorizeOf(installUrl), carol);
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    await expectRefused(callback, 400, /Outlook authorization did not complete \(access_denied\)/);
  });

  it('a code redeemed under another flow’s state fails the fake’s PKCE check, and stores nothing', async () => {
    const carol = fake.tenant.addUser('Carol Roe', { mailNickname: 'carol.roe' });
    fake.mail.mailbox(carol.id);
    const first = await begin();
    const second = await begin();
    const callback = new URL(await signInAt(fake, await authorizeOf(first.installUrl), carol));
    // The code was issued for the first state's challenge; the second state's verifier does not match it.
    callback.searchParams.set('state', second.state);
    fake.resetCalls();
    await expectRefused(callback.toString(), 400, /refused the authorization_code grant: invalid_grant \(AADSTS501481\)/);
    expect(fake.calls.filter((call) => call.route === 'token').map((call) => call.outcome)).toEqual(['error:invalid_grant']);
  });
});
