import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutlookProvider, OutlookRuntime, OutlookSettings } from '../../../src/providers/outlook/index.js';
import { parseSharedMailboxes } from '../../../src/providers/outlook/settings.js';
import { createApiKey } from '../../../src/store/api-keys.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { startFakeGraph, type FakeGraph, type FakeGraphUser, type FakeMailbox } from '../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { signInAt } from '../../../testkit/fakes/graph/sign-in.js';
import { graphql } from '../../../testkit/gql/index.js';

/**
 * Shared mailboxes (shared-mailboxes.ts): the administrator names them (OUTLOOK_SHARED_MAILBOXES); whoever
 * connects Outlook through /oauth/microsoft/* gets, besides their own mailbox, a workspace for each named
 * mailbox their delegated token opens in the fake Graph (Ana is a member of Support, Bob of Sales), linked to
 * their account with their own refresh token. Reads and sends go to `/users/{address}` as that member; a
 * member whose access was taken away gets PERMISSION_DENIED (Graph's 403 ErrorAccessDenied).
 */

const BeginOutlookConnect = graphql(`
  mutation BeginOutlookConnect($input: BeginInstallInput!) {
    beginInstall(input: $input) {
      installUrl
      userErrors { code message }
    }
  }
`);

const first = { direction: 'forward' as const, limit: 50, cursor: null };

describe('Outlook shared mailboxes', () => {
  let fake: FakeGraph;
  let app: TestApp;
  let ana: FakeGraphUser;
  let bob: FakeGraphUser;
  let support: FakeMailbox;
  let sales: FakeMailbox;
  const accounts: Record<string, string> = {};

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Contoso' });
    const graphApp = fake.tenant.addApp({ redirectUris: ['http://switchboard.test/oauth/microsoft/callback'] });
    ana = fake.tenant.addUser('Ana Lima', { mailNickname: 'ana' });
    bob = fake.tenant.addUser('Bob Stone', { mailNickname: 'bob' });
    support = fake.mail.addSharedMailbox('Support', [ana.id]);
    sales = fake.mail.addSharedMailbox('Sales', [bob.id]);
    const settings = outlookServerSettings(fake, graphApp);
    const outlook: OutlookSettings = { ...(settings.providers.outlook as OutlookSettings), sharedMailboxes: parseSharedMailboxes(`Support Desk <${support.address}>, ${sales.address}, nobody@contoso.example`) };
    app = await startTestApp('pglite', { connections: { ...settings, providers: { ...settings.providers, outlook } } });
    const { db } = app.started.services.database;
    for (const email of ['alice@acme.test', 'bob@acme.test']) {
      accounts[email] = (await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
      await createApiKey(db, accounts[email], `key-${email}`, 'test key', ['read', 'write', 'admin']);
    }
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const runtime = () => app.started.services.registry.require('outlook').runtime as OutlookRuntime;
  /** The install flow for `email`'s account, signed in at the fake as `user`; answers the callback's status. */
  async function connect(email: string, user: FakeGraphUser): Promise<number> {
    const begun = await app.gql(`key-${email}`, BeginOutlookConnect, { input: { provider: 'OUTLOOK', purpose: 'INSTALL' } });
    const toMicrosoft = await app.app.fetch(begun.data!.beginInstall.installUrl!, { redirect: 'manual' });
    const callback = await signInAt(fake, new URL(toMicrosoft.headers.get('location')!), user);
    return (await app.app.fetch(callback, { redirect: 'manual' })).status;
  }
  const links = () => app.started.services.database.db.selectFrom('provider_user_links').select(['workspace_id', 'account_id', 'external_user_id']).where('provider', '=', 'outlook').orderBy('workspace_id').execute();

  it('parses the administrator’s list: names, addresses, duplicates, and refuses what is not an address', () => {
    expect(parseSharedMailboxes(' Support Desk <Support@Contoso.example>, sales@contoso.example,support@contoso.example ')).toEqual([
      { address: 'support@contoso.example', displayName: 'Support Desk' },
      { address: 'sales@contoso.example', displayName: 'sales@contoso.example' },
    ]);
    expect(parseSharedMailboxes(undefined)).toEqual([]);
    expect(() => parseSharedMailboxes('Support <not an address>')).toThrow(/OUTLOOK_SHARED_MAILBOXES/);
  });

  it('connecting Outlook also connects the shared mailboxes the token opens, linked to the account as that person', async () => {
    fake.resetCalls();
    expect(await connect('alice@acme.test', ana)).toBe(200);
    // Each named mailbox was tried once with Ana's token: Support opened, Sales and the unknown one did not.
    expect(fake.calls.filter((call) => call.route === 'mail.folder.get').map((call) => [decodeURIComponent(call.path), call.status])).toEqual([
      [`/users/${support.address}/mailFolders/inbox`, 200],
      [`/users/${sales.address}/mailFolders/inbox`, 403],
      ['/users/nobody@contoso.example/mailFolders/inbox', 404],
    ]);
    const { store } = app.started.services.connections;
    expect(await store.load('outlook', support.address)).toMatchObject({ name: `Support Desk <${support.address}>`, botUserId: support.address, credentials: { refreshToken: null } });
    expect(await store.load('outlook', sales.address)).toBeNull();
    expect(await links()).toEqual(
      [
        { workspace_id: ana.id, account_id: accounts['alice@acme.test'], external_user_id: ana.id },
        { workspace_id: support.address, account_id: accounts['alice@acme.test'], external_user_id: ana.id },
      ].sort((a, b) => a.workspace_id.localeCompare(b.workspace_id)),
    );

    // Bob (another account) gets his own mailbox and Sales, not Support.
    expect(await connect('bob@acme.test', bob)).toBe(200);
    const bobs = (await links()).filter((link) => link.account_id === accounts['bob@acme.test']).map((link) => link.workspace_id);
    expect(bobs.sort()).toEqual([bob.id, sales.address].sort());
  });

  it('a member reads the shared mailbox’s folders and mail, and sends from it, with their own token', async () => {
    const provider = (await runtime().openFresh(support.address)) as OutlookProvider;
    const alice = { accountId: accounts['alice@acme.test'], userId: support.address };
    expect(await provider.userForAccount(alice.accountId)).toMatchObject({ id: support.address });
    expect(await provider.userForAccount(accounts['bob@acme.test'])).toBeNull();
    expect((await provider.workspace()).name).toBe(`Support Desk <${support.address}>`);
    const inbox = fake.mail.folder(support, 'inbox').id;
    fake.mail.deliver(support.ownerId, { from: { name: 'Carol', address: 'carol@partner.example' }, to: [{ address: support.address }], subject: 'Help', body: 'My order is late' });
    fake.resetCalls();
    const folders = await provider.listChannels(alice, { parentId: null, query: null, includeArchived: false }, first);
    expect(folders.edges.map((edge) => edge.node.name)).toEqual(expect.arrayContaining(['Inbox', 'Sent Items']));
    const page = (await provider.listChannelMessages([{ parentId: inbox, page: first }]))[0];
    if (page instanceof Error) throw page;
    expect(page.edges.map((edge) => edge.node.subject)).toEqual(['Help']);
    // Every call went to the shared mailbox as Ana.
    expect(new Set(fake.calls.filter((call) => call.route !== 'token').map((call) => call.userId))).toEqual(new Set([ana.id]));
    expect(fake.calls.filter((call) => call.route !== '$batch' && call.route !== 'token').every((call) => decodeURIComponent(call.path).startsWith(`/users/${support.address}/`))).toBe(true);

    const sent = await provider.sendMessage(alice, {
      channelId: inbox,
      parentId: null,
      content: { text: 'On its way', format: 'text' },
      alsoSendToChannel: false,
      attachmentIds: [],
      email: { subject: 'Your order', to: [{ name: 'Bob', address: bob.mail }], cc: [], bcc: [], derivedRecipients: false },
    });
    expect(sent.authorId).toBe(support.address);
    const arrived = [...fake.mail.mailbox(bob.id).messages.values()].find((message) => message.subject === 'Your order');
    expect(arrived?.from?.emailAddress.address).toBe(support.address);
  });

  it('outside requests the shared mailbox is read as its first linked member: its mail is polled', async () => {
    const { poller } = runtime();
    await poller.pollOnce(); // the baselines
    fake.mail.deliver(support.ownerId, { from: { address: 'dave@partner.example' }, to: [{ address: support.address }], subject: 'Refund', body: 'Refund please' });
    fake.resetCalls();
    expect(await poller.pollOnce()).toMatchObject({ workspaces: 4, published: 1 });
    const supportCalls = fake.calls.filter((call) => decodeURIComponent(call.path).startsWith(`/users/${support.address}/`));
    expect(supportCalls.length).toBeGreaterThan(0);
    expect(new Set(supportCalls.map((call) => call.userId))).toEqual(new Set([ana.id]));
  });

  it('a member whose access was taken away gets PERMISSION_DENIED, and sees no mail', async () => {
    const inbox = fake.mail.folder(support, 'inbox').id;
    const message = [...support.messages.values()].find((candidate) => candidate.subject === 'Help')!;
    support.delegates.delete(ana.id);
    try {
      const provider = (await runtime().openFresh(support.address)) as OutlookProvider;
      const alice = { accountId: accounts['alice@acme.test'], userId: support.address };
      await expect(provider.listChannels(alice, { parentId: null, query: null, includeArchived: false }, first)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      expect(await provider.loadMessages([message.id])).toEqual([null]);
      const page = (await provider.listChannelMessages([{ parentId: inbox, page: first }]))[0];
      expect(page).toMatchObject({ code: 'PERMISSION_DENIED' });
    } finally {
      support.delegates.add(ana.id);
    }
  });
});
