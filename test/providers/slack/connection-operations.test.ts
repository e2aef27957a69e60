import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSlackConnection } from '../../../src/providers/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { graphql } from '../../../testkit/gql/index.js';
import { slackSettings } from '../../../testkit/fakes/slack/settings.js';
import { startLiveServer, within, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * The provider-neutral connection operations, with Slack as the provider: connectWorkspace and linkAccount
 * take the provider as data (@oneOf inputs built from the provider definitions' forms), beginInstall names
 * the provider, and disconnectWorkspace removes a workspace and ends the subscriptions confined to it.
 */

const TEAM = 'T0NEUTRAL1';

const ConnectWorkspace = graphql(`
  mutation NeutralConnectWorkspace($input: ConnectWorkspaceInput!) {
    connectWorkspace(input: $input) {
      workspace { id name provider }
      user { name }
      userErrors { code message field }
    }
  }
`);

const LinkAccount = graphql(`
  mutation NeutralLinkAccount($input: LinkAccountInput!) {
    linkAccount(input: $input) {
      workspace { id name provider }
      user { name }
      userErrors { code message field }
    }
  }
`);

const UnlinkAccount = graphql(`
  mutation NeutralUnlinkAccount($input: UnlinkAccountInput!) {
    unlinkAccount(input: $input) { workspaceId userErrors { code message } }
  }
`);

const BeginInstall = graphql(`
  mutation NeutralBeginInstall($input: BeginInstallInput!) {
    beginInstall(input: $input) { installUrl expiresAt userErrors { code message } }
  }
`);

const DisconnectWorkspace = graphql(`
  mutation NeutralDisconnectWorkspace($input: DisconnectWorkspaceInput!) {
    disconnectWorkspace(input: $input) { workspaceId userErrors { code message field } }
  }
`);

const NeutralWorkspaces = graphql(`
  query NeutralWorkspaces {
    workspaces { id name provider viewerUser { name } }
  }
`);

describe('connection operations that take the provider as data (Slack, pglite)', () => {
  let slack: FakeSlack;
  let live: LiveServer;
  let botToken: string;
  let aliceToken: string;
  let bobToken: string;
  let slackWorkspaceId: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId: TEAM, teamName: 'Neutral Co' });
    const alice = slack.workspace.addUser({ name: 'alice', displayName: 'Alice Chen', email: 'alice@acme.test' });
    const bob = slack.workspace.addUser({ name: 'bob', displayName: 'Bob Martinez', email: 'bob@acme.test' });
    aliceToken = slack.workspace.issueToken(alice.id, 'user');
    bobToken = slack.workspace.issueToken(bob.id, 'user');
    botToken = slack.workspace.addBot('switchboard').token;
    slack.workspace.addChannel('general', [alice.id, bob.id]);
    live = await startLiveServer('pglite', {
      connections: slackSettings(slack.apiUrl, { SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'neutral-client-secret' }),
    });
  });
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
    await slack?.close();
  });

  it('connectWorkspace takes exactly one provider: none or an unknown one is refused before anything runs', async () => {
    const none = await live.http('demo-alice', ConnectWorkspace, { input: {} as never });
    expect(none.data).toBeUndefined();
    expect(none.errors?.[0].message).toContain('Exactly one key must be specified for OneOf type "ConnectWorkspaceInput".');
    const unknown = await live.http('demo-alice', ConnectWorkspace, { input: { teams: { botToken } } as never });
    expect(unknown.errors?.[0].message).toContain('"teams"');
    expect(slack.count('auth.test')).toBe(0);
  });

  it('connectWorkspace(input: { slack }) connects like the deprecated alias: admins only, the admin linked by their token', async () => {
    const denied = await live.http('demo-bob', ConnectWorkspace, { input: { slack: { botToken, eventDelivery: 'POLL' } } });
    expect(denied.data?.connectWorkspace.userErrors).toEqual([
      { code: 'PERMISSION_DENIED', message: 'Connecting a Slack workspace needs an API key with the "admin" scope.', field: null },
    ]);
    const connected = await live.http('demo-alice', ConnectWorkspace, { input: { slack: { botToken, userToken: aliceToken, eventDelivery: 'POLL' } } });
    expect(connected.data?.connectWorkspace).toMatchObject({
      workspace: { name: 'Neutral Co', provider: 'SLACK' },
      user: { name: 'Alice Chen' },
      userErrors: [],
    });
    slackWorkspaceId = connected.data!.connectWorkspace.workspace!.id;
    const stored = await loadSlackConnection(live.testApp.started.services.connections.store, TEAM);
    expect(stored).toMatchObject({ botToken, eventDelivery: 'POLL', generation: 1 });
  });

  it('linkAccount(input: { slack }) links bob with his own token; unlinkAccount takes the workspace away again', async () => {
    const linked = await live.http('demo-bob', LinkAccount, { input: { slack: { userToken: bobToken } } });
    expect(linked.data?.linkAccount).toEqual({
      workspace: { id: slackWorkspaceId, name: 'Neutral Co', provider: 'SLACK' },
      user: { name: 'Bob Martinez' },
      userErrors: [],
    });
    const unlinked = await live.http('demo-bob', UnlinkAccount, { input: { workspaceId: slackWorkspaceId } });
    expect(unlinked.data?.unlinkAccount).toEqual({ workspaceId: slackWorkspaceId, userErrors: [] });
    const view = await live.http('demo-bob', NeutralWorkspaces);
    expect(view.data?.workspaces.map((workspace) => workspace.provider)).toEqual(['BUILTIN']);
    const again = await live.http('demo-bob', UnlinkAccount, { input: { workspaceId: slackWorkspaceId } });
    expect(again.data?.unlinkAccount.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('beginInstall names the provider: a single-use /oauth/slack/install link for SLACK, UNSUPPORTED for the built-in workspace', async () => {
    const slackInstall = await live.http('demo-alice', BeginInstall, { input: { provider: 'SLACK', purpose: 'INSTALL' } });
    expect(slackInstall.data?.beginInstall.userErrors).toEqual([]);
    expect(slackInstall.data?.beginInstall.installUrl).toMatch(/^http:\/\/switchboard\.test\/oauth\/slack\/install\?state=[A-Za-z0-9_-]{32}$/);
    const builtin = await live.http('demo-alice', BeginInstall, { input: { provider: 'BUILTIN', purpose: 'INSTALL' } });
    expect(builtin.data?.beginInstall.userErrors).toEqual([
      { code: 'UNSUPPORTED', message: 'Switchboard workspaces are not connected through OAuth.' },
    ]);
  });

  it('disconnectWorkspace: admins only, never a built-in workspace; ends the subscriptions confined to it and removes its credentials and links', async () => {
    const services = live.testApp.started.services;
    const confined = await live.subscribe('demo-alice', { filter: { workspaceIds: [slackWorkspaceId] } });
    const everywhere = await live.subscribe('demo-alice');
    await live.waitForBusListeners(2);

    const denied = await live.http('demo-bob', DisconnectWorkspace, { input: { workspaceId: slackWorkspaceId } });
    expect(denied.data?.disconnectWorkspace.userErrors[0]).toMatchObject({ code: 'PERMISSION_DENIED' });
    const acme = (await live.http('demo-alice', NeutralWorkspaces)).data!.workspaces.find((workspace) => workspace.name === 'Acme')!;
    const builtin = await live.http('demo-alice', DisconnectWorkspace, { input: { workspaceId: acme.id } });
    expect(builtin.data?.disconnectWorkspace.userErrors[0]).toMatchObject({ code: 'UNSUPPORTED' });

    const done = await live.http('demo-alice', DisconnectWorkspace, { input: { workspaceId: slackWorkspaceId } });
    expect(done.data?.disconnectWorkspace).toEqual({ workspaceId: slackWorkspaceId, userErrors: [] });
    await within(confined.completed, 'the confined subscription to end');
    await live.waitForBusListeners(1, 'the subscription over every workspace to stay');
    expect(confined.events.history).toEqual([]);

    // Gone for good: credentials, links, the workspace in anyone's view; the other subscription still delivers.
    expect(await loadSlackConnection(services.connections.store, TEAM)).toBeNull();
    expect(await services.database.db.selectFrom('provider_user_links').selectAll().where('workspace_id', '=', TEAM).execute()).toEqual([]);
    expect((await live.http('demo-alice', NeutralWorkspaces)).data?.workspaces.map((workspace) => workspace.provider)).toEqual(['BUILTIN', 'BUILTIN']);
    await live.send('demo-bob', live.directory.channel.general, 'still here');
    expect(await everywhere.events.next('a built-in event after the disconnect')).toMatchObject({ type: 'MESSAGE_CREATED', message: { text: 'still here' } });
    const again = await live.http('demo-alice', DisconnectWorkspace, { input: { workspaceId: slackWorkspaceId } });
    expect(again.data?.disconnectWorkspace.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'workspaceId'] });
  });
});
