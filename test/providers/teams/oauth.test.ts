import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/store/api-keys.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { startFakeGraph, type FakeGraph, type FakeGraphUser } from '../../../testkit/fakes/graph/index.js';
import { teamsServerSettings } from '../../../testkit/fakes/graph/settings.js';
import { signInAt } from '../../../testkit/fakes/graph/sign-in.js';
import { graphql } from '../../../testkit/gql/index.js';

/**
 * Connecting a Microsoft tenant through the generic OAuth routes, named after the definition
 * (/oauth/microsoft/install → the fake identity platform's authorize page with state and an S256 PKCE challenge
 * → /oauth/microsoft/callback → code redeemed with the verifier → tenant stored with the app's token, the admin
 * linked with their refresh token), then reading Teams through the schema as that admin.
 */

const BeginTeamsInstall = graphql(`
  mutation BeginTeamsInstall($input: BeginInstallInput!) {
    beginInstall(input: $input) {
      installUrl
      userErrors { code message }
    }
  }
`);

const TeamsOAuthWorkspaces = graphql(`
  query TeamsOAuthWorkspaces {
    workspaces { name provider viewerUser { name } channels(first: 10) { nodes { name } } }
  }
`);

const REDIRECT = 'http://switchboard.test/oauth/microsoft/callback';
const ADMIN_KEY = 'teams-oauth-admin';

describe('Teams OAuth install (/oauth/microsoft/*)', () => {
  let fake: FakeGraph;
  let app: TestApp;
  let olga: FakeGraphUser;

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Initech 365' });
    const graphApp = fake.tenant.addApp({ redirectUris: [REDIRECT] });
    olga = fake.tenant.addUser('Olga Owner', { mailNickname: 'olga' });
    const team = fake.tenant.addTeam('Initech', [olga.id], { ownerIds: [olga.id] });
    fake.tenant.addChannel(team.id, 'general');
    app = await startTestApp('pglite', { connections: teamsServerSettings(fake, graphApp) });
    const { db } = app.started.services.database;
    const alice = await db.selectFrom('accounts').select('id').where('email', '=', 'alice@acme.test').executeTakeFirstOrThrow();
    await createApiKey(db, alice.id, ADMIN_KEY, 'test admin', ['read', 'write', 'admin']);
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const get = (url: string) => app.app.fetch(url, { method: 'GET', redirect: 'manual' });

  it('install → authorize (state, PKCE S256) → callback stores the tenant and links the admin, who then reads its channels', async () => {
    const begun = await app.gql(ADMIN_KEY, BeginTeamsInstall, { input: { provider: 'MICROSOFT_TEAMS', purpose: 'INSTALL' } });
    const installUrl = begun.data?.beginInstall.installUrl;
    expect(installUrl, JSON.stringify(begun)).toMatch(/^http:\/\/switchboard\.test\/oauth\/microsoft\/install\?state=/);
    const state = new URL(installUrl!).searchParams.get('state')!;
    // The state records which provider on Microsoft's routes started the flow (Outlook shares them).
    const recorded = await app.started.services.database.db.selectFrom('oauth_states').select('provider').where('purpose', '=', 'INSTALL').execute();
    expect(recorded.map((row) => row.provider)).toEqual(['teams']);

    const toMicrosoft = await get(installUrl!);
    expect(toMicrosoft.status).toBe(302);
    const authorize = new URL(toMicrosoft.headers.get('location')!);
    expect(authorize.toString().startsWith(fake.loginUrl)).toBe(true);
    expect(authorize.searchParams.get('state')).toBe(state);
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The browser signs in as Olga and comes back with a code.
    const location = await signInAt(fake, authorize, olga);
    expect(location, 'the fake identity platform redirects back with a code').toMatch(/^http:\/\/switchboard\.test\/oauth\/microsoft\/callback\?/);
    expect(new URL(location!).searchParams.get('code')).toBeTruthy();

    const done = await get(location!);
    expect(done.status, await done.clone().text()).toBe(200);

    const stored = await app.started.services.connections.store.load('teams', fake.tenant.tenantId);
    expect(stored).toMatchObject({ name: 'Initech 365', workspaceId: fake.tenant.tenantId });
    expect(stored!.credentials.expiresAt!.getTime()).toBeGreaterThan(Date.now());

    const read = await app.gql(ADMIN_KEY, TeamsOAuthWorkspaces);
    const teams = read.data!.workspaces.find((workspace) => workspace.provider === 'MICROSOFT_TEAMS');
    expect(teams).toMatchObject({ name: 'Initech 365', viewerUser: { name: 'Olga Owner' } });
    expect(teams!.channels.nodes.map((channel) => channel.name)).toContain('general');
  });

  it('the routes go by the family name only: /oauth/teams/* is not served', async () => {
    const begun = await app.gql(ADMIN_KEY, BeginTeamsInstall, { input: { provider: 'MICROSOFT_TEAMS', purpose: 'INSTALL' } });
    const state = new URL(begun.data!.beginInstall.installUrl!).searchParams.get('state')!;
    expect((await get(`http://switchboard.test/oauth/teams/install?state=${state}`)).status).toBe(404);
    expect((await get(`http://switchboard.test/oauth/microsoft/install?state=${state}`)).status).toBe(302);
    // An admin API key without a state: the family's only member with OAuth, or the one ?provider= names.
    const keyed = await app.app.fetch('http://switchboard.test/oauth/microsoft/install?provider=teams', { headers: { authorization: `Bearer ${ADMIN_KEY}` }, redirect: 'manual' });
    expect(keyed.status).toBe(302);
    const unknown = await app.app.fetch('http://switchboard.test/oauth/microsoft/install?provider=outlook-not-here', { headers: { authorization: `Bearer ${ADMIN_KEY}` }, redirect: 'manual' });
    expect(unknown.status).toBe(400);
  });

  it('a callback with a reused state is refused', async () => {
    const begun = await app.gql(ADMIN_KEY, BeginTeamsInstall, { input: { provider: 'MICROSOFT_TEAMS', purpose: 'INSTALL' } });
    const state = new URL(begun.data!.beginInstall.installUrl!).searchParams.get('state')!;
    const first = await get(`http://switchboard.test/oauth/microsoft/callback?state=${state}&error=access_denied`);
    expect(first.status).toBe(400);
    const again = await get(`http://switchboard.test/oauth/microsoft/callback?state=${state}&code=anything`);
    expect(again.status).toBe(400);
  });
});
