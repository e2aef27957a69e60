import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutlookRuntime } from '../../../src/providers/outlook/index.js';
import { OutlookPoller } from '../../../src/providers/outlook/poller.js';
import { startFakeGraph, type FakeApp, type FakeGraph, type FakeGraphUser, type FakeMailFolder } from '../../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../../testkit/fakes/graph/outlook-fixture.js';
import { startLiveServer, type LiveServer } from '../../../testkit/subscriptions.js';

/**
 * Child folders' mail reaches subscribers like top-level folders' mail, over a real port with the Outlook
 * definition as the server runs it: a pushed mailbox gets one subscription per folder at any depth (the fake
 * posts notifications for each), the poller's folder sweep subscribes a folder created later and drops the
 * subscription of a folder deleted, a `missed` child folder catches up from its own position, and a polled
 * mailbox's delta rounds cover child folders too.
 */

describe('Outlook child folders', () => {
  let fake: FakeGraph;
  let live: LiveServer;
  let alice: FakeGraphUser;
  let bob: FakeGraphUser;
  let runtime: OutlookRuntime;
  let projects: FakeMailFolder;
  let launch: FakeMailFolder;
  let now = Date.now();
  let poller: OutlookPoller;
  let app: FakeApp;
  const carol = { name: 'Carol Partner', address: 'carol@partner.example' };
  const url = () => `http://127.0.0.1:${live.port}`;

  async function connect(user: FakeGraphUser, email: string, eventDelivery: 'PUSH' | 'POLL'): Promise<void> {
    const services = live.testApp.started.services;
    const { store } = services.connections;
    const refreshToken = fake.tenant.issueRefreshToken(app.clientId, user.id, ['Mail.ReadWrite']).token;
    await store.save(
      {
        provider: 'outlook',
        workspaceId: user.id,
        name: `${user.displayName} <${user.mail}>`,
        webUrl: 'https://outlook.office.com/mail/',
        appId: fake.tenant.tenantId,
        botUserId: user.mail,
        credentials: { accessToken: 'unused', expiresAt: new Date(0), refreshToken, webhookSecret: 'unused' },
        eventDelivery,
      },
      null,
    );
    const account = await services.database.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    await store.link({ provider: 'outlook', workspaceId: user.id, accountId: account.id, externalUserId: user.id, userToken: refreshToken, linkedVia: 'OAUTH' });
    services.connections.changed({ provider: 'outlook', workspaceId: user.id });
  }

  /** The folders alice's subscriptions watch, by display name. */
  function subscribedFolders(): string[] {
    const box = fake.mail.mailbox(alice.id);
    return [...fake.notifications.subscriptions.values()]
      .filter((subscription) => subscription.resource.includes(encodeURIComponent(alice.id)))
      .map((subscription) => decodeURIComponent(/mailFolders\/([^/]+)\/messages$/.exec(subscription.resource)![1]))
      .map((folderId) => box.folders.get(folderId)?.displayName ?? `gone:${folderId}`)
      .sort();
  }

  async function delivered(): Promise<void> {
    await fake.notifications.flush();
    await live.testApp.started.services.afterAck.idle();
    await runtime.graph.idle();
  }

  beforeAll(async () => {
    fake = await startFakeGraph({ displayName: 'Acme' });
    app = fake.tenant.addApp();
    alice = fake.tenant.addUser('Alice Chen', { mailNickname: 'alice' });
    bob = fake.tenant.addUser('Bob Stone', { mailNickname: 'bob' });
    projects = fake.mail.addFolder(alice.id, 'Projects');
    launch = fake.mail.addFolder(alice.id, 'Launch', projects.id);
    fake.mail.addFolder(alice.id, 'Draft ideas', 'drafts');
    live = await startLiveServer('pglite', { connections: outlookServerSettings(fake, app) });
    await connect(alice, 'alice@acme.test', 'PUSH');
    runtime = live.testApp.started.services.registry.require('outlook').runtime as OutlookRuntime;
    // The server's own poller is off in tests; this one sweeps on a clock the test moves.
    poller = new OutlookPoller(runtime.server, runtime.workspaces, { sweep: (mailboxId) => runtime.subscribe(mailboxId, url()), clock: () => now });
    await runtime.subscribe(alice.id, url());
  });
  afterEach(async () => {
    await live?.disposeClients();
  });
  afterAll(async () => {
    await live?.close();
    await fake?.close();
  });

  it('subscribes every folder at any depth but Drafts and what is below it', () => {
    expect(subscribedFolders()).toEqual(['Archive', 'Deleted Items', 'Inbox', 'Junk Email', 'Launch', 'Projects', 'Sent Items']);
  });

  it("a child folder's mail reaches alice through its own subscription", async () => {
    const stream = await live.subscribe('demo-alice');
    const calls = fake.calls.length;
    fake.mail.deliver(alice.id, { from: carol, to: [{ address: alice.mail }], subject: 'Launch plan', body: 'T-minus 10', folder: launch.id });
    await delivered();
    expect(await stream.events.next('the Launch MESSAGE_CREATED')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { id: expect.any(String), name: 'Launch' }, message: { text: 'T-minus 10' } });
    expect(fake.calls.slice(calls).some((call) => call.route === 'mail.folder.messages.delta')).toBe(false);
  });

  it('the folder sweep subscribes a folder created later and drops the one of a folder deleted, once per sweep interval', async () => {
    const stream = await live.subscribe('demo-alice');
    const later = fake.mail.addFolder(alice.id, 'Later', launch.id);
    fake.mail.addFolder(alice.id, 'Scratch');
    fake.resetCalls();
    await poller.pollOnce();
    expect(subscribedFolders()).toEqual(['Archive', 'Deleted Items', 'Inbox', 'Junk Email', 'Later', 'Launch', 'Projects', 'Scratch', 'Sent Items']);
    // The new folders' delta baselines, then their subscriptions; nothing for the folders already watched.
    expect(fake.count('subscriptions.create')).toBe(2);
    expect(fake.count('mail.folder.messages.delta')).toBe(2);

    fake.mail.deliver(alice.id, { from: carol, subject: 'Later on', body: 'filed later', folder: later.id });
    await delivered();
    expect(await stream.events.next('the Later MESSAGE_CREATED')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'Later' }, message: { text: 'filed later' } });

    const scratch = [...fake.mail.mailbox(alice.id).folders.values()].find((folder) => folder.displayName === 'Scratch')!;
    fake.mail.removeFolder(alice.id, scratch.id);
    fake.resetCalls();
    // Within the sweep interval nothing is asked of Graph.
    await poller.pollOnce();
    expect(fake.calls).toHaveLength(0);
    now += 10 * 60_000;
    await poller.pollOnce();
    expect(subscribedFolders()).toEqual(['Archive', 'Deleted Items', 'Inbox', 'Junk Email', 'Later', 'Launch', 'Projects', 'Sent Items']);
    expect(fake.count('subscription.delete')).toBe(1);
    expect(fake.count('subscriptions.create')).toBe(0);
    const stored = await runtime.graph.store.ofConnection('outlook', alice.id);
    expect(stored).toHaveLength(8);
  });

  it("a missed notification of a child folder is caught up from that folder's position", async () => {
    const stream = await live.subscribe('demo-alice');
    fake.notifications.dropping = true;
    fake.mail.deliver(alice.id, { from: carol, subject: 'Lost', body: 'lost in Launch', folder: launch.id });
    fake.notifications.dropping = false;
    await delivered();
    expect(stream.events.history).toHaveLength(0);
    const subscription = [...fake.notifications.subscriptions.values()].find((candidate) => candidate.resource.endsWith(`/mailFolders/${encodeURIComponent(launch.id)}/messages`))!;
    await fake.notifications.sendLifecycle(subscription.id, 'missed');
    await delivered();
    // The round starts from the folder's last round (its baseline), so it repeats what was notified since
    // ('T-minus 10', never lost, as README.md says) before the missed mail.
    const first = await stream.events.next('a repeat or the missed mail');
    const missed = first.message?.text === 'lost in Launch' ? first : await stream.events.next('the missed mail');
    expect(missed).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'Launch' }, message: { text: 'lost in Launch' } });
    expect(stream.events.history.every((event) => event.channel?.name === 'Launch')).toBe(true);
  });

  it("a polled mailbox's delta rounds cover child folders, and a child folder created later from its next round", async () => {
    const clients = fake.mail.addFolder(bob.id, 'Clients');
    const acme = fake.mail.addFolder(bob.id, 'Acme', clients.id);
    await connect(bob, 'bob@acme.test', 'POLL');
    const stream = await live.subscribe('demo-bob');
    expect(await poller.pollOnce()).toMatchObject({ workspaces: 1, published: 0 }); // the baselines
    fake.mail.deliver(bob.id, { from: carol, subject: 'Order', body: 'order 42', folder: acme.id });
    expect(await poller.pollOnce()).toMatchObject({ workspaces: 1, published: 1 });
    expect(await stream.events.next('the Acme mail')).toMatchObject({ type: 'MESSAGE_CREATED', channel: { name: 'Acme' }, message: { text: 'order 42' } });
    // A folder created now is in the next round's list: its first round is its baseline, then its mail.
    const beta = fake.mail.addFolder(bob.id, 'Beta', acme.id);
    await poller.pollOnce();
    fake.mail.deliver(bob.id, { from: carol, subject: 'Beta', body: 'beta news', folder: beta.id });
    expect(await poller.pollOnce()).toMatchObject({ published: 1 });
    expect(await stream.events.next('the Beta mail')).toMatchObject({ channel: { name: 'Beta' }, message: { text: 'beta news' } });
  });
});
